import type { BridgeDraft, ProvenanceEntry } from '../draft/index.js';
import { writeProposal } from './write-proposal.js';

/**
 * The provenance note of one draft provision, as an HTML comment the proposal reader ignores (it is not a
 * `parley:` code comment): `<!-- source: us-28#6, replaces e3-counter#6 -->`, `<!-- source: e3-counter#1, kept -->`,
 * `<!-- source: us-28#3, inserted -->`, `<!-- source: placeholder, no other proposal codes … -->`.
 */
export function provenanceComment(entry: ProvenanceEntry): string {
  const ref = entry.source ? `${entry.source.proposal}#${entry.source.num}` : 'placeholder';
  const what =
    entry.kind === 'replaced'
      ? `replaces ${entry.replaces}`
      : entry.kind === 'placeholder'
        ? entry.note
        : entry.kind;
  // A comment ends at the first `-->`, so a note must never contain one.
  return `<!-- source: ${ref}, ${what} -->`.replace(/-->(?!$)/g, '- ->');
}

/**
 * Writes a bridging draft as a proposal file (`proposals/<id>.md`): the proposal as `writeProposal` writes
 * it, each provision's line followed by its provenance comment. Reading the file back with `readProposal`
 * gives the draft's provisions (numbers, labels, texts, parents and codes) unchanged.
 * @example writeDraftMarkdown(bridge) // '…\n6. Ukraine's armed forces are capped at 600,000 personnel. <!-- parley: military.cap=cap-600k --> <!-- source: us-28#6, replaces 6 -->\n…'
 */
export function writeDraftMarkdown(bridge: BridgeDraft): string {
  const lines = writeProposal(bridge.draft).split('\n');
  // writeProposal puts each provision on one line, after the front matter and preamble, with only blank
  // lines between them: so the last non-blank lines are the provisions, in order.
  let remaining = bridge.provenance.length;
  for (let i = lines.length - 1; i >= 0 && remaining > 0; i--) {
    if (lines[i]!.trim() === '') continue;
    remaining--;
    lines[i] = `${lines[i]} ${provenanceComment(bridge.provenance[remaining]!)}`;
  }
  if (remaining > 0)
    throw new Error('writeProposal wrote fewer provision lines than the draft has provisions');
  return lines.join('\n');
}
