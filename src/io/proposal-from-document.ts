import { readDocument } from '../documents/index.js';
import type { DocumentText } from '../documents/index.js';
import { blankFrontMatter } from './front-matter.js';
import { Id } from '../model/index.js';
import type { Proposal, Provision } from '../model/index.js';
import { segmentText } from '../text/index.js';
import { readProposal } from './read-proposal.js';
import { writeProposal } from './write-proposal.js';

/** What a person may say about an imported proposal; whatever is left out is taken from the document. */
export interface ImportOptions {
  id?: string;
  title?: string;
  track?: string;
  date?: string;
  authors?: string[];
  revises?: string;
  /** The file's name, the title of last resort. */
  fileName?: string;
}

/** An imported proposal with its Markdown file and segmentation warnings, or every reason it cannot be. */
export type ImportedProposal =
  { ok: true; proposal: Proposal; markdown: string; warnings: string[] } | { ok: false; errors: string[] };

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const monthPattern = months.join('|');
const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const dayMonthYear = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\s+(\\d{4})\\b`, 'i');
const monthDayYear = new RegExp(`\\b(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/**
 * The first date a text states, as `YYYY-MM-DD`: ISO `2025-12-02`, `2 December 2025`, `December 2, 2025`
 * (English month names, any case). `undefined` when it states none or the day does not exist.
 * @example findStatedDate('Geneva, 23 November 2025') // '2025-11-23'
 */
export function findStatedDate(text: string): string | undefined {
  const candidates: { at: number; year: string; month: number; day: number }[] = [];
  const iso = isoDate.exec(text);
  if (iso) candidates.push({ at: iso.index, year: iso[1] ?? '', month: Number(iso[2]), day: Number(iso[3]) });
  const dmy = dayMonthYear.exec(text);
  if (dmy)
    candidates.push({
      at: dmy.index,
      year: dmy[3] ?? '',
      month: months.indexOf((dmy[2] ?? '').toLowerCase()) + 1,
      day: Number(dmy[1]),
    });
  const mdy = monthDayYear.exec(text);
  if (mdy)
    candidates.push({
      at: mdy.index,
      year: mdy[3] ?? '',
      month: months.indexOf((mdy[1] ?? '').toLowerCase()) + 1,
      day: Number(mdy[2]),
    });
  candidates.sort((a, b) => a.at - b.at);
  for (const { year, month, day } of candidates) {
    const date = new Date(Date.UTC(Number(year), month - 1, day));
    if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day)
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * A proposal id from a title: lower-case letters and digits joined by `-`, at most 60 characters.
 * @example slugId('The 20-Point Framework (Dec. 2025)') // 'the-20-point-framework-dec-2025'
 */
export function slugId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'imported' : slug;
}

/**
 * Turns a document's text into a proposal and its `proposals/<id>.md`: provisions as `segmentText` finds
 * them (uncoded), the text before the first provision as preamble, and front matter from `options`, else
 * from the document — the title it states (its title property, else its first heading or line, else the
 * file's name), the first date its opening text states — and an id made from the title. The Markdown is
 * read back before it is returned: when it would not give the same provisions, or a field is invalid, the
 * answer is the list of what is wrong, and nothing should be written.
 * @example proposalFromDocument({ format: 'text', source: '1. One.' }, { id: 'x', title: 'X' }) // { ok: true, proposal: { id: 'x', provisions: [{ num: '1', … }] }, … }
 */
export function proposalFromDocument(document: DocumentText, options: ImportOptions): ImportedProposal {
  const segmentation = segmentText(document.source);
  if (segmentation.provisions.length === 0)
    return { ok: false, errors: ['the document has no text to make provisions of'] };
  const first = segmentation.provisions[0]?.start ?? 0;
  const opening = segmentation.unnumbered.filter((span) => span.start < first);
  const statedTitle =
    document.title ?? opening.find((span) => span.kind === 'heading')?.text ?? opening[0]?.text;
  const title =
    (options.title ?? statedTitle ?? options.fileName ?? '').trim().slice(0, 200) || 'Imported proposal';
  const id = options.id ?? slugId(title);
  const date = options.date ?? findStatedDate(opening.map((span) => span.text).join('\n'));
  const errors: string[] = [];
  const checkId = (value: string | undefined, what: string) => {
    if (value !== undefined && !Id.safeParse(value).success)
      errors.push(`${what} '${value}' is not an id: use lower-case letters, digits, "." and "-"`);
  };
  checkId(id, '--id');
  checkId(options.track, '--track');
  checkId(options.revises, '--revises');
  for (const author of options.authors ?? []) checkId(author, '--authors');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    errors.push(`--date '${date}' is not a date: use YYYY-MM-DD`);
  if (errors.length > 0) return { ok: false, errors };
  const provisions: Provision[] = segmentation.provisions.map(({ num, label, text, parent }) => ({
    num,
    label,
    text,
    codes: [],
    ...(parent === undefined ? {} : { parent }),
  }));
  const preamble = opening
    .map((span) => (span.kind === 'heading' ? `# ${span.text}` : span.text))
    .join('\n\n');
  const proposal: Proposal = {
    id,
    title,
    authors: options.authors ?? [],
    ...(options.track === undefined ? {} : { track: options.track }),
    ...(date === undefined ? {} : { date }),
    ...(options.revises === undefined ? {} : { revises: options.revises }),
    visibility: 'public',
    sharedWith: [],
    preamble,
    provisions,
  };
  const markdown = writeProposal(proposal);
  const reread = readProposal(`proposals/${id}.md`, markdown);
  const errorsRead = reread.errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
  if (errorsRead.length > 0) return { ok: false, errors: errorsRead };
  const before = provisions.map((p) => `${p.num}\u0000${p.text}`);
  const after = reread.proposal?.provisions.map((p) => `${p.num}\u0000${p.text}`) ?? [];
  const differs = before.findIndex((entry, i) => entry !== after[i]);
  if (differs >= 0 || before.length !== after.length) {
    const num = provisions[differs >= 0 ? differs : Math.min(before.length, after.length)]?.num ?? '?';
    return {
      ok: false,
      errors: [
        `provision ${num} would not read back the same from Markdown; import the document as text and fix its numbering there`,
      ],
    };
  }
  return { ok: true, proposal, markdown, warnings: segmentation.warnings };
}

/**
 * Reads a document's bytes (Word, PDF, HTML or text, told by content: `readDocument`) and makes the
 * proposal `proposalFromDocument` makes of it; a text's own front matter block is not read as text. The
 * one line `readDocument` answers for an unreadable document is the only error then.
 * @example await proposalFromBytes(new TextEncoder().encode('1. One.'), { id: 'x', title: 'X' }) // { ok: true, … }
 */
export async function proposalFromBytes(
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<ImportedProposal> {
  const read = await readDocument(bytes, options.fileName ?? '');
  if (!read.ok) return { ok: false, errors: [read.message] };
  const document =
    read.value.format === 'text'
      ? { ...read.value, source: blankFrontMatter(read.value.source) }
      : read.value;
  return proposalFromDocument(document, options);
}
