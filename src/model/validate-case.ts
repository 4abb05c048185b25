import { maxOptionsPerIssue } from './case.js';
import type { Case } from './case.js';
import type { CaseErrorCode } from './case-error.js';
import type { Position } from './position.js';
import { checkOption, checkUnique, knownIssue, reportUnknown } from './case-references.js';
import type { Index, Report } from './case-references.js';
import { checkProposal, checkRevisions } from './validate-proposal.js';
import { isRuleSatisfiable } from './rule.js';
import type { Rule } from './rule.js';

/**
 * Which document of a case a problem belongs to, independent of files: the manifest (`case.yaml`), a proposal
 * or a position. `index` is the document's place in `case.proposals` / `case.positions`, so two documents
 * with the same id can still be told apart.
 */
export type ProblemLocation =
  | { document: 'case' }
  | { document: 'proposal'; id: string; index: number }
  | { document: 'position'; party: string; index: number }
  | { document: 'earlier-position'; party: string; index: number }
  | { document: 'estimate'; party: string; index: number }
  | { document: 'released-packages' };

/**
 * A cross-reference mistake in a parsed case. `path` leads from the document's root to the offending value,
 * e.g. `['redlines', 0, 'rule', 'in', 1]` in a position or `['provisions', 5, 'codes', 0, 'option']` in a proposal.
 */
export interface CaseProblem {
  at: ProblemLocation;
  path: (string | number)[];
  code: CaseErrorCode;
  message: string;
  expected?: string[];
}

function checkManifest(c: Case, index: Index, report: Report): void {
  checkUnique(
    report,
    index.parties,
    (i) => ['parties', i, 'id'],
    (id) => `party '${id}'`,
  );
  checkUnique(
    report,
    index.tracks,
    (i) => ['tracks', i, 'id'],
    (id) => `track '${id}'`,
  );
  checkUnique(
    report,
    c.issues.map((issue) => issue.id),
    (i) => ['issues', i, 'id'],
    (id) => `issue '${id}'`,
  );
  c.issues.forEach((issue, i) =>
    checkUnique(
      report,
      issue.options.map((o) => o.id),
      (j) => ['issues', i, 'options', j, 'id'],
      (id) => `option '${id}' of issue ${issue.id}`,
    ),
  );
  c.issues.forEach((issue, i) => {
    if (issue.whenSilent !== undefined)
      checkOption(report, ['issues', i, 'whenSilent'], issue, issue.whenSilent);
    if (issue.options.length > maxOptionsPerIssue)
      report(
        ['issues', i, 'options', maxOptionsPerIssue],
        'too_many_options',
        `issue ${issue.id} has ${issue.options.length} options, more than the ${maxOptionsPerIssue} the solver handles: merge options or split the issue`,
      );
  });
  c.tracks.forEach((track, i) =>
    track.parties.forEach((party, j) => {
      if (!index.parties.includes(party))
        reportUnknown(
          report,
          ['tracks', i, 'parties', j],
          'unknown_party',
          `track '${track.id}' names '${party}', which is not a party of this case`,
          party,
          index.parties,
        );
    }),
  );
}

/** Checks an issue reference and, when the issue exists, returns it. */
function checkRule(rule: Rule, path: (string | number)[], index: Index, report: Report): void {
  if ('all' in rule) rule.all.forEach((r, i) => checkRule(r, [...path, 'all', i], index, report));
  else if ('any' in rule) rule.any.forEach((r, i) => checkRule(r, [...path, 'any', i], index, report));
  else if ('not' in rule) checkRule(rule.not, [...path, 'not'], index, report);
  else if ('if' in rule) {
    checkRule(rule.if, [...path, 'if'], index, report);
    checkRule(rule.then, [...path, 'then'], index, report);
  } else {
    const issue = knownIssue(index, report, [...path, 'issue'], rule.issue);
    if (!issue) return;
    if ('in' in rule) rule.in.forEach((o, i) => checkOption(report, [...path, 'in', i], issue, o));
    else if ('notIn' in rule)
      rule.notIn.forEach((o, i) => checkOption(report, [...path, 'notIn', i], issue, o));
    else if (issue.options.every((o) => o.value === undefined)) {
      const bound = 'min' in rule ? 'min' : 'max';
      // Every option would fail the comparison, so the red line could never hold: almost surely a mistake.
      report(
        [...path, bound],
        'issue_without_values',
        `'${bound}' on issue ${issue.id}, whose options have no value: use 'in' or 'notIn', or give the options a value`,
      );
    }
  }
}

/** Coherence rules: unique ids, known issues and options, and each satisfiable by some choice of options. */
function checkCoherence(c: Case, index: Index, report: Report): void {
  checkUnique(
    report,
    c.coherence.map((rule) => rule.id),
    (i) => ['coherence', i, 'id'],
    (id) => `coherence rule '${id}'`,
  );
  c.coherence.forEach((coherence, i) => {
    let isKnown = true;
    checkRule(coherence.rule, ['coherence', i, 'rule'], index, (...problem) => {
      isKnown = false;
      report(...problem);
    });
    // A rule no choice satisfies would make every package incoherent: the case could have no agreement.
    if (isKnown && isRuleSatisfiable(coherence.rule, [...index.issues.values()]) === false)
      report(
        ['coherence', i, 'rule'],
        'unsatisfiable_coherence',
        `coherence rule '${coherence.id}' holds for no choice of options, so no package could obey it`,
      );
  });
}

function checkPosition(position: Position, index: Index, report: Report): void {
  if (!index.parties.includes(position.party))
    reportUnknown(
      report,
      ['party'],
      'unknown_party',
      `'${position.party}' is not a party of this case`,
      position.party,
      index.parties,
    );
  for (const issue of Object.keys(position.weights)) knownIssue(index, report, ['weights', issue], issue);
  for (const [issueId, scores] of Object.entries(position.utilities)) {
    const issue = knownIssue(index, report, ['utilities', issueId], issueId);
    if (issue)
      for (const option of Object.keys(scores))
        checkOption(report, ['utilities', issueId, option], issue, option);
  }
  checkUnique(
    report,
    position.redlines.map((r) => r.id),
    (i) => ['redlines', i, 'id'],
    (id) => `red line '${id}'`,
  );
  position.redlines.forEach((redline, i) => {
    checkRule(redline.rule, ['redlines', i, 'rule'], index, report);
    if (redline.since !== undefined && redline.until !== undefined && redline.until < redline.since)
      report(
        ['redlines', i, 'until'],
        'invalid_value',
        `red line '${redline.id}' holds until ${redline.until}, before it holds since ${redline.since}: swap the dates or drop one`,
      );
  });
}

/**
 * Checks the earlier versions of the positions: each is a position of its own, dated by `asOf`, older than
 * its party's current position, and no two versions of one party share a date.
 */
function checkEarlierPositions(c: Case, index: Index, reportFor: (i: number) => Report): void {
  const seen = new Set<string>();
  (c.earlierPositions ?? []).forEach((earlier, i) => {
    const report = reportFor(i);
    checkPosition(earlier, index, report);
    if (earlier.asOf === undefined) {
      report(
        ['party'],
        'missing_field',
        `an earlier position of '${earlier.party}' needs asOf: the date it held from`,
      );
      return;
    }
    const key = `${earlier.party}@${earlier.asOf}`;
    if (seen.has(key))
      report(['asOf'], 'duplicate_id', `'${earlier.party}' has two positions as of ${earlier.asOf}`);
    seen.add(key);
    const current = c.positions.find((p) => p.party === earlier.party);
    if (!current)
      report(
        ['party'],
        'unknown_party',
        `'${earlier.party}' has an earlier position but no current one: add positions/${earlier.party}.yaml`,
      );
    else if (current.asOf === undefined)
      report(
        ['asOf'],
        'missing_field',
        `the current position of '${earlier.party}' needs asOf, the date it holds from, since it has earlier versions`,
      );
    else if (current.asOf <= earlier.asOf)
      report(
        ['asOf'],
        'invalid_value',
        `this position of '${earlier.party}' as of ${earlier.asOf} is not earlier than the current one (as of ${current.asOf})`,
      );
  });
}

/** Every released package names known options of known issues, one of every issue of the case. */
function checkReleasedPackages(c: Case, index: Index, report: Report): void {
  (c.releasedPackages ?? []).forEach((pkg, k) => {
    for (const [issueId, optionId] of Object.entries(pkg)) {
      const issue = knownIssue(index, report, ['packages', k, issueId], issueId);
      if (issue) checkOption(report, ['packages', k, issueId], issue, optionId);
    }
    const missing = c.issues.filter((issue) => pkg[issue.id] === undefined).map((issue) => issue.id);
    if (missing.length > 0)
      report(
        ['packages', k],
        'missing_field',
        `released package ${k + 1} leaves out ${missing.join(', ')}: give one option for every issue`,
      );
  });
}

/**
 * Checks the cross-references of a parsed case (the schema already holds): every party, track, issue, option
 * and proposal named anywhere exists; ids are unique where they must be; `revises` has no cycle; a provision
 * codes an issue at most once and a proposal never codes one issue two ways; `sharedWith` only with
 * visibility `shared`; `min`/`max` only on issues whose options have values. Returns every problem, in
 * document order (case, positions, proposals, released packages); an empty list means the case is consistent.
 * @example validateCase(c) // [{ at: { document: 'position', party: 'ua', index: 0 }, path: ['weights', 'militry.cap'], code: 'unknown_issue', … }]
 */
export function validateCase(c: Case): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const reporter =
    (at: ProblemLocation): Report =>
    (path, code, message, expected) =>
      problems.push(expected ? { at, path, code, message, expected } : { at, path, code, message });
  const index: Index = {
    parties: c.parties.map((p) => p.id),
    tracks: c.tracks.map((t) => t.id),
    proposals: c.proposals.map((p) => p.id),
    // Reversed so that, when an id is defined twice, the first definition is the one references resolve to.
    issues: new Map([...c.issues].reverse().map((issue) => [issue.id, issue])),
  };
  checkManifest(c, index, reporter({ document: 'case' }));
  checkCoherence(c, index, reporter({ document: 'case' }));

  const positionAt = (i: number): Report =>
    reporter({ document: 'position', party: c.positions[i]?.party ?? '', index: i });
  const parties = new Set<string>();
  c.positions.forEach((position, i) => {
    if (parties.has(position.party))
      positionAt(i)(['party'], 'duplicate_id', `party '${position.party}' has more than one position`);
    parties.add(position.party);
    checkPosition(position, index, positionAt(i));
  });

  checkEarlierPositions(c, index, (i) =>
    reporter({ document: 'earlier-position', party: c.earlierPositions?.[i]?.party ?? '', index: i }),
  );

  const estimated = new Set<string>();
  (c.estimates ?? []).forEach((estimate, i) => {
    const report = reporter({ document: 'estimate', party: estimate.party, index: i });
    if (estimated.has(estimate.party))
      report(['party'], 'duplicate_id', `party '${estimate.party}' has more than one estimate`);
    estimated.add(estimate.party);
    checkPosition(estimate, index, report);
  });

  const proposalAt = (i: number): Report =>
    reporter({ document: 'proposal', id: c.proposals[i]?.id ?? '', index: i });
  const ids = new Set<string>();
  c.proposals.forEach((proposal, i) => {
    if (ids.has(proposal.id))
      proposalAt(i)(['id'], 'duplicate_id', `proposal '${proposal.id}' is defined twice`);
    ids.add(proposal.id);
    checkProposal(proposal, index, proposalAt(i));
  });
  checkRevisions(c, proposalAt);
  checkReleasedPackages(c, index, reporter({ document: 'released-packages' }));
  return problems;
}
