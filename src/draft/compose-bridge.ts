import { codeInWords, optionsOfCode } from '../model/index.js';
import type { Case, Code, Package, Proposal, Provision } from '../model/index.js';
import type { BridgeDraft, DraftFlag, DraftProblem, ProvenanceEntry } from './bridge-draft.js';
import {
  candidatesOf,
  closestReplacement,
  codeOf,
  codingOf,
  expresses,
  isUsable,
  placeholderPrefix,
  SimilarityTable,
} from './choose-provision.js';
import type { Candidate } from './choose-provision.js';
import { placeAfter, placeAtEnd, topLevelOf } from './draft-numbering.js';
import type { NewPlace } from './draft-numbering.js';
import { findDraftProblems } from './draft-problems.js';
import { verdictsOf } from './draft-verdicts.js';

/** What to draft: the base proposal, the package to reach, and the draft's front matter. */
export interface ComposeOptions {
  /** Id of the base proposal whose structure and numbering the draft follows. */
  base: string;
  /** Issue → option; a partial package leaves the other issues as the base has them. */
  package: Package;
  /** Id of the draft; `bridge-<base>` when absent. */
  id?: string;
  title?: string;
  /** ISO date `YYYY-MM-DD`, passed in because the core reads no clock. */
  date?: string;
  /** Party ids, e.g. the mediator; none by default. */
  authors?: string[];
}

export type ComposeResult = { ok: true; value: BridgeDraft } | { ok: false; problems: DraftProblem[] };

interface DraftItem {
  provision: Provision;
  entry: ProvenanceEntry;
}

/** The composition in progress: the draft's items in order and the option each issue is coded with so far. */
interface Drafting {
  theCase: Case;
  base: Proposal;
  target: Map<string, string>;
  candidates: Candidate[];
  similarities: SimilarityTable;
  items: DraftItem[];
  drafted: Map<string, string>;
  flags: DraftFlag[];
}

/**
 * Composes a bridging draft from the provisions already on the table (issue #7). For each base provision in
 * order: kept word for word when its codes agree with the target; otherwise replaced, under the base's number,
 * by the verbatim provision of another proposal that codes the target's option (`closestReplacement` says
 * which and how ties break); otherwise a marked `[To be drafted: <issue title> — <option label>]` placeholder
 * coded with the target's options. Then every target issue the draft does not code yet gets a provision of
 * another proposal that codes it as the target does, or a placeholder: after the base point that codes the
 * issue when there is one, else after the base point aligned with the provision before it in its source
 * (at the end when none is). The target is the package plus the
 * base's own codes on the issues the package does not name, so no issue is ever coded two ways.
 * The draft `revises` the base, is private, and keeps the base's numbering; its verdicts are `parley check`'s.
 * @example composeBridge(ukraine, { base: 'e3-counter', package: { 'military.cap': 'cap-600k' } }) // ok; draft point 6 is us-28#6
 */
export function composeBridge(theCase: Case, options: ComposeOptions): ComposeResult {
  const problems = findDraftProblems(theCase, options.base, options.package);
  if (problems.length > 0) return { ok: false, problems };
  const base = theCase.proposals.find((p) => p.id === options.base)!;
  const id = options.id ?? `bridge-${base.id}`;
  // An earlier draft is no one's wording: its texts are taken from the proposals, which are sources themselves.
  const sources = theCase.proposals.filter(
    (p) => p.id !== base.id && p.id !== id && p.status !== 'bridging draft',
  );
  const target = new Map(Object.entries(options.package));
  for (const provision of base.provisions)
    for (const code of provision.codes) if (!target.has(code.issue)) target.set(code.issue, codingOf(code));
  const state: Drafting = {
    theCase,
    base,
    target,
    candidates: candidatesOf(sources),
    similarities: new SimilarityTable(base),
    items: [],
    drafted: new Map(),
    flags: [],
  };
  for (const provision of base.provisions) draftBaseProvision(state, provision);
  for (const issue of theCase.issues)
    if (target.has(issue.id) && !state.drafted.has(issue.id) && needsProvision(state, issue.id))
      coverIssue(state, issue.id);

  const draft: Proposal = {
    id,
    title: options.title ?? `Bridging draft on ${base.title}`,
    authors: options.authors ?? [],
    ...(base.track !== undefined ? { track: base.track } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    status: 'bridging draft',
    revises: base.id,
    visibility: 'private',
    sharedWith: [],
    source: `composed by Parley from ${[base.id, ...sources.map((p) => p.id)].join(', ')}`,
    preamble: base.preamble,
    provisions: state.items.map((item) => item.provision),
  };
  const { verdicts, flags } = verdictsOf(theCase, draft);
  return {
    ok: true,
    value: {
      draft,
      base: base.id,
      package: { ...options.package },
      provenance: state.items.map((item) => item.entry),
      placeholders: state.items.filter((i) => i.entry.kind === 'placeholder').map((i) => i.provision.num),
      flags: [...state.flags, ...flags],
      verdicts,
    },
  };
}

/**
 * Whether the draft must say something on a target issue it does not code yet: not when its silence already
 * reads as the package's option (`whenSilent`). So a clause the base dropped on purpose (no amnesty clause
 * where silence means no amnesty) does not come back (issue #15).
 */
function needsProvision(state: Drafting, issueId: string): boolean {
  const issue = state.theCase.issues.find((i) => i.id === issueId)!;
  return issue.whenSilent === undefined || issue.whenSilent !== state.target.get(issueId);
}

/** `point 6 of US 28-point plan`: a provision of a case proposal named for a reader. */
const pointOf = (proposal: Proposal, num: string): string => `point ${num} of ${proposal.title}`;

/** Codes in the issues' own words, joined by semicolons. */
const inWords = (state: Drafting, codes: readonly Code[]): string =>
  codes.map((code) => codeInWords(state.theCase.issues, code)).join('; ');

function push(state: Drafting, item: DraftItem, index = state.items.length): void {
  state.items.splice(index, 0, item);
  for (const code of item.provision.codes) state.drafted.set(code.issue, codingOf(code));
}

function draftBaseProvision(state: Drafting, provision: Provision): void {
  const { base, target } = state;
  const kept = { num: provision.num, label: provision.label, text: provision.text };
  const where = provision.parent !== undefined ? { parent: provision.parent } : {};
  const disagreeing = provision.codes.filter((c) => target.get(c.issue) !== codingOf(c));
  if (disagreeing.length === 0) {
    push(state, {
      provision: { ...kept, ...where, codes: provision.codes },
      entry: {
        num: provision.num,
        kind: 'kept',
        source: { proposal: base.id, num: provision.num },
        replaces: null,
        issues: provision.codes.map((c) => c.issue),
        note:
          provision.codes.length === 0 ? 'kept: settles no issue' : 'kept: its codes agree with the package',
      },
    });
    return;
  }
  const wanted = disagreeing.map((c) => c.issue);
  const choice = closestReplacement(
    provision,
    state.candidates,
    wanted,
    target,
    state.drafted,
    state.similarities,
  );
  if (choice) {
    const { proposal, provision: source } = choice.candidate;
    push(state, {
      provision: { ...kept, ...where, text: source.text, codes: source.codes },
      entry: {
        num: provision.num,
        kind: 'replaced',
        source: { proposal: proposal.id, num: source.num },
        replaces: provision.num,
        issues: source.codes.map((c) => c.issue),
        similarity: choice.similarity,
        note: `${capitalise(pointOf(base, provision.num))} (${inWords(state, disagreeing)}) gives way to ${pointOf(proposal, source.num)}, which settles ${inWords(state, source.codes)}.`,
      },
    });
    return;
  }
  const codes = provision.codes.map((c) => codeOf(c.issue, target.get(c.issue)!));
  const reason = whyNoProvision(state, wanted);
  push(state, placeholderItem(state, codes, { ...kept, ...where }, provision.num, reason.message));
  state.flags.push({
    code: reason.code,
    message: `provision ${provision.num}: ${reason.message}; a placeholder states the position to be drafted`,
    provisions: [provision.num],
    issue: wanted[0]!,
  });
}

/**
 * Why no provision can be taken for `wanted`: none codes the target's option (`placeholder`), or every one
 * that does also codes another issue against the target or the draft (`no_single_provision`).
 */
function whyNoProvision(
  state: Drafting,
  wanted: readonly string[],
): { code: DraftFlag['code']; message: string } {
  const positions = inWords(
    state,
    wanted.map((issue) => codeOf(issue, state.target.get(issue)!)),
  );
  const conflicting = state.candidates.filter((c) => expresses(c, wanted, state.target));
  if (conflicting.length === 0)
    return { code: 'placeholder', message: `no other proposal words ${positions}` };
  const names = conflicting.slice(0, 3).map((c) => pointOf(c.proposal, c.provision.num));
  return {
    code: 'no_single_provision',
    message: `every provision that words ${positions} (${names.join('; ')}${conflicting.length > 3 ? '; …' : ''}) also settles another issue against the package, so taking it would settle an issue two ways`,
  };
}

/** Gives the draft a provision for a target issue it does not code yet: one from a source, or a placeholder. */
function coverIssue(state: Drafting, issue: string): void {
  const { target } = state;
  const missing = (c: Candidate): number =>
    c.provision.codes.filter(
      (code) => target.get(code.issue) === codingOf(code) && !state.drafted.has(code.issue),
    ).length;
  const usable = state.candidates
    .filter((c) => isUsable(c, [issue], target, state.drafted))
    .sort(
      (x, y) =>
        missing(y) - missing(x) || x.proposalIndex - y.proposalIndex || x.provisionIndex - y.provisionIndex,
    );
  const chosen = usable[0];
  // An issue the base codes (its provision was replaced by one that does not) is settled where the base
  // settles it; an issue the base never addresses goes where its source puts it.
  const inBase = state.base.provisions.find((p) => p.codes.some((c) => c.issue === issue));
  const drafts = state.items.map((i) => i.provision);
  const atBase = inBase && (placeAfter(drafts, topLevelOf(drafts, inBase.num)) ?? placeAtEnd(drafts));
  if (chosen) {
    const place = atBase ?? placeFor(state, chosen.proposal, chosen.provisionIndex);
    const { proposal, provision: source } = chosen;
    push(
      state,
      {
        provision: { ...shapeOf(place), text: source.text, codes: source.codes },
        entry: {
          num: place.num,
          kind: 'inserted',
          source: { proposal: proposal.id, num: source.num },
          replaces: null,
          issues: source.codes.map((c) => c.issue),
          note: `Inserted from ${pointOf(proposal, source.num)}, which settles ${inWords(state, source.codes)}: ${state.base.title} does not settle ${titleOf(state, issue)} as the package does.`,
        },
      },
      place.index,
    );
    return;
  }
  // Put the placeholder where the issue is discussed: in the base, else in the first source that codes it.
  const inSource = state.theCase.proposals
    .filter((p) => p.id !== state.base.id)
    .map((proposal) => ({
      proposal,
      index: proposal.provisions.findIndex((p) => p.codes.some((c) => c.issue === issue)),
    }))
    .find((s) => s.index >= 0);
  const place = atBase
    ? atBase
    : inSource
      ? placeFor(state, inSource.proposal, inSource.index + 1)
      : placeAtEnd(drafts);
  const codes = [codeOf(issue, target.get(issue)!)];
  const reason = whyNoProvision(state, [issue]);
  push(state, placeholderItem(state, codes, shapeOf(place), null, reason.message), place.index);
  state.flags.push({
    code: reason.code,
    message: `provision ${place.num}: ${reason.message}; a placeholder states the position to be drafted`,
    provisions: [place.num],
    issue,
  });
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const titleOf = (state: Drafting, issueId: string): string =>
  state.theCase.issues.find((i) => i.id === issueId)?.title ?? issueId;

function shapeOf(place: NewPlace): { num: string; label: string; parent?: string } {
  return {
    num: place.num,
    label: place.label,
    ...(place.parent !== undefined ? { parent: place.parent } : {}),
  };
}

/**
 * Where a provision taken from `source` goes: after the top-level draft point that holds the nearest
 * provision before it in its source, found as the same source provision already used in the draft or as the
 * base provision the alignment pairs with it; at the end when nothing before it has a place.
 */
function placeFor(state: Drafting, source: Proposal, index: number): NewPlace {
  const drafts = state.items.map((i) => i.provision);
  for (let k = index - 1; k >= 0; k--) {
    const before = source.provisions[k]!;
    const used = state.items.find(
      (i) => i.entry.source?.proposal === source.id && i.entry.source.num === before.num,
    );
    const partner = used?.provision.num ?? state.similarities.basePartnersOf(source, before.num).at(-1);
    if (partner !== undefined) return placeAfter(drafts, topLevelOf(drafts, partner)) ?? placeAtEnd(drafts);
  }
  return placeAtEnd(drafts);
}

function placeholderItem(
  state: Drafting,
  codes: Code[],
  shape: { num: string; label: string; parent?: string },
  replaces: string | null,
  reason: string,
): DraftItem {
  const parts = codes.map((code) => {
    const found = state.theCase.issues.find((i) => i.id === code.issue)!;
    const labels = optionsOfCode(code).map((option) => found.options.find((o) => o.id === option)!.label);
    return `${found.title} — ${labels.length > 1 ? `[${labels.join(' / ')}]` : labels[0]}`;
  });
  const text = `${placeholderPrefix} ${parts.join('; ')}]`.replace(/\s+/g, ' ');
  return {
    provision: { ...shape, text, codes },
    entry: {
      num: shape.num,
      kind: 'placeholder',
      source: null,
      replaces,
      issues: codes.map((c) => c.issue),
      note: reason,
    },
  };
}
