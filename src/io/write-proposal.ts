import { formatCode } from '../model/index.js';
import type { Proposal, Provision } from '../model/index.js';
import { toYaml } from './to-yaml.js';

/** Front matter fields in the order DESIGN.md lists them; defaults (`public`, empty lists) are left out. */
function frontMatterOf(proposal: Proposal): Record<string, unknown> {
  const { id, title, authors, track, date, status, revises, visibility, sharedWith, source } = proposal;
  const fields: Record<string, unknown> = { id, title };
  if (authors.length > 0) fields.authors = authors;
  if (track !== undefined) fields.track = track;
  if (date !== undefined) fields.date = date;
  if (status !== undefined) fields.status = status;
  if (revises !== undefined) fields.revises = revises;
  if (visibility !== 'public') fields.visibility = visibility;
  if (sharedWith.length > 0) fields.sharedWith = sharedWith;
  if (source !== undefined) fields.source = source;
  return fields;
}

/** Depth of each provision from its parent chain: 0 for a top-level point. */
function depthsOf(provisions: readonly Provision[]): Map<string, number> {
  const depths = new Map<string, number>();
  for (const { num, parent } of provisions)
    depths.set(num, parent === undefined ? 0 : (depths.get(parent) ?? 0) + 1);
  return depths;
}

const isHeading = (label: string): boolean => /^#{1,6}\s/.test(label);

/** `<!-- parley: military.cap=cap-600k, nato.membership=excluded -->`, or nothing for an uncoded provision. */
export const codeComment = (provision: Provision): string =>
  provision.codes.length === 0 ? '' : `<!-- parley: ${provision.codes.map(formatCode).join(', ')} -->`;

/**
 * Writes a proposal as `proposals/<id>.md`: front matter between `---` lines, the preamble, then one line per
 * provision — its label, its text and its code comment — with sub-points indented four spaces per level
 * under their parent (a heading label such as `## Article 1` on a line of its own above its text), a blank
 * line before each top-level point, a provision's `heading` above it and the `closing` last. Reading the file back with
 * `readProposal` gives the same provisions (nums, labels, texts, parents, codes), as long as each text is
 * already as `segmentText` returns it (NFC, whitespace collapsed) and labels are the document's own.
 * @example writeProposal(p) // '---\nid: us-28\ntitle: US plan\n---\n6. Capped at 600,000. <!-- parley: military.cap=cap-600k -->\n'
 */
export function writeProposal(proposal: Proposal): string {
  const depths = depthsOf(proposal.provisions);
  const lines = ['---', toYaml(frontMatterOf(proposal)).trimEnd(), '---'];
  if (proposal.preamble !== '') lines.push(proposal.preamble, '');
  proposal.provisions.forEach((provision, i) => {
    const depth = depths.get(provision.num) ?? 0;
    if (provision.heading !== undefined) lines.push('', provision.heading, '');
    else if (i > 0 && depth === 0) lines.push('');
    const indent = ' '.repeat(4 * depth);
    const words = [provision.text, codeComment(provision)].filter((part) => part !== '');
    // A heading label ("## Article 1", a Word heading above its text) keeps a line of its own: on one line
    // with the text it would read back as a heading and the provision would be lost.
    if (isHeading(provision.label) && words.length > 0)
      lines.push(indent + provision.label, indent + words.join(' '));
    else lines.push(indent + [provision.label, ...words].filter((part) => part !== '').join(' '));
  });
  if (proposal.closing !== undefined) lines.push('', proposal.closing);
  return lines.join('\n') + '\n';
}
