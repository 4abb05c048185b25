import { redlineText } from '../compare/index.js';
import type { BridgeDraft, ProvenanceEntry } from '../draft/index.js';
import { codeInWords } from '../model/index.js';
import type { Issue, Proposal, Provision } from '../model/index.js';
import { depthsOf, trackedDocx } from './export-docx-runs.js';
import type { TrackedParagraph } from './export-docx-runs.js';

/**
 * A bridging draft as a Word document with tracked changes against its base: kept points are plain text,
 * a replaced point or a placeholder is a word-level redline of the base text (`w:del` / `w:ins`, author
 * "Parley"), an inserted point is one insertion. Each changed point carries a comment naming its source and
 * the positions it settles; every point that breaks or leaves open a red line carries a comment saying whose
 * and which. `date` (ISO 8601) dates every change, so the same input gives the same document text.
 * @example await draftToDocx(bridge, e3Counter, ukraine.issues, { date: '2025-11-25T00:00:00Z' }) // Uint8Array of a .docx
 */
export async function draftToDocx(
  bridge: BridgeDraft,
  base: Proposal,
  issues: readonly Issue[],
  options: { date: string },
): Promise<Uint8Array> {
  const { draft, provenance, flags, verdicts } = bridge;
  const depths = depthsOf(draft.provisions);
  const paragraphs = draft.provisions.map((provision, i): TrackedParagraph => {
    const entry = provenance[i]!;
    const before =
      entry.replaces === null ? undefined : base.provisions.find((p) => p.num === entry.replaces);
    const isNew = entry.kind === 'inserted' || (entry.kind === 'placeholder' && entry.replaces === null);
    const redline: TrackedParagraph['redline'] = isNew
      ? [{ op: 'insert', text: provision.text }]
      : before && before.text !== provision.text
        ? redlineText(before.text, provision.text)
        : [{ op: 'equal', text: provision.text }];
    const redlineNotes = flags
      .filter(
        (f) =>
          (f.code === 'redline_violated' || f.code === 'redline_open') &&
          f.provisions.includes(provision.num),
      )
      .map((f) => f.message);
    const comment = [
      ...(entry.kind === 'kept' ? [] : sourceNotes(entry, provision, base, issues)),
      ...redlineNotes,
    ];
    return {
      label: provision.label,
      labelOp: isNew ? 'insert' : 'equal',
      redline,
      depth: depths.get(provision.num) ?? 0,
      comment,
    };
  });
  const summary = verdicts.map((v) => {
    const broken = v.redlines.filter((r) => r.verdict !== 'satisfied').map((r) => `${r.id} ${r.verdict}`);
    return `${v.party}: ${broken.length === 0 ? 'every red line satisfied' : broken.join(', ')}`;
  });
  return trackedDocx(paragraphs, {
    title: draft.title,
    date: options.date,
    introduction: [
      `Tracked changes against ${base.id} (${base.title}). Every change carries a comment naming its source.`,
      ...summary,
    ],
  });
}

/** `Source: us-28#6, replacing e3-counter#6.` and `Settles military.cap: 600,000.` (or the placeholder's reason). */
function sourceNotes(
  entry: ProvenanceEntry,
  provision: Provision,
  base: Proposal,
  issues: readonly Issue[],
): string[] {
  const settles = provision.codes.map((code) =>
    'options' in code
      ? `Leaves open, in brackets, ${codeInWords(issues, code)}.`
      : `Settles ${codeInWords(issues, code)}.`,
  );
  const origin =
    entry.kind === 'placeholder'
      ? `Placeholder: ${entry.note}. To be drafted.`
      : `Source: ${entry.source!.proposal}#${entry.source!.num}` +
        (entry.replaces !== null ? `, replacing ${base.id}#${entry.replaces}.` : ', inserted.');
  return [origin, ...settles];
}
