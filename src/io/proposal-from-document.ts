import { readDocument } from '../documents/index.js';
import type { DocumentText } from '../documents/index.js';
import { blankFrontMatter } from './front-matter.js';
import { Id } from '../model/index.js';
import type { Proposal, Provision } from '../model/index.js';
import { segmentText } from '../text/index.js';
import { readProposal } from './read-proposal.js';
import { closingOf, headingsBetween, unnumberedMarkdown } from './section-headings.js';
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
  const headings = headingsBetween(segmentation);
  const provisions: Provision[] = segmentation.provisions.map(({ num, label, text, parent }, i) => ({
    num,
    label,
    text,
    ...(parent === undefined ? {} : { parent }),
    ...(headings[i] === undefined ? {} : { heading: headings[i] }),
    codes: [],
  }));
  const preamble = unnumberedMarkdown(opening, '#');
  const closing = closingOf(segmentation);
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
    ...(closing === undefined ? {} : { closing }),
  };
  const written = writeAndReadBack(proposal);
  if (!written.ok) return written;
  if (written.closing !== closing)
    return {
      ok: false,
      errors: [
        'the text after the last provision would not read back the same from Markdown; import the document as text and fix it there',
      ],
    };
  const differs = differsAt(provisions, written.provisions, numberedWords);
  if (differs < 0) return { ok: true, proposal, markdown: written.markdown, warnings: segmentation.warnings };
  // A document may open a second list under one point (`1.` / `    1.` / `1.`), which an indented Markdown
  // file can only write as a list under the point before (where an empty last label then ends that point's
  // sentence). When no word is lost, only the numbering differs: the file is what is stored, so its reading is
  // the proposal, with a warning for each point that reads differently.
  if (flowOf(provisions) === flowOf(written.provisions)) {
    const adopted = { ...proposal, provisions: written.provisions.map(withoutOffsets) };
    const rewritten = writeAndReadBack(adopted);
    if (!rewritten.ok) return rewritten;
    if (differsAt(adopted.provisions, rewritten.provisions, structure) < 0) {
      const kept = new Set(adopted.provisions.map(numberedWords));
      const changed = provisions
        .filter((p) => !kept.has(numberedWords(p)))
        .map(
          (p) =>
            `point ${p.num} ('${p.label}') reads differently from the Markdown file (numbered otherwise or joined to the point before): check its numbering`,
        );
      return {
        ok: true,
        proposal: adopted,
        markdown: rewritten.markdown,
        warnings: [...segmentation.warnings, ...changed],
      };
    }
  }
  const num = provisions[differs]?.num ?? '?';
  return {
    ok: false,
    errors: [
      `provision ${num} would not read back the same from Markdown; import the document as text and fix its numbering there`,
    ],
  };
}

/** A proposal's Markdown and the provisions reading it gives, or the errors reading it gives. */
function writeAndReadBack(
  proposal: Proposal,
):
  | { ok: true; markdown: string; provisions: Provision[]; closing: string | undefined }
  | { ok: false; errors: string[] } {
  const markdown = writeProposal(proposal);
  const reread = readProposal(`proposals/${proposal.id}.md`, markdown);
  const errors = reread.errors.map((e) => `${e.file}:${e.line}: ${e.message}`);
  if (errors.length > 0 || !reread.proposal) return { ok: false, errors };
  return { ok: true, markdown, provisions: reread.proposal.provisions, closing: reread.proposal.closing };
}

const numberedWords = (p: Provision): string =>
  `${p.num}\u0000${p.label}\u0000${p.text}\u0000${p.heading ?? ''}`;
/** Every word of the provisions in order, headings and labels included, whitespace collapsed. */
const flowOf = (provisions: readonly Provision[]): string =>
  provisions
    .map((p) => `${p.heading ?? ''} ${p.label} ${p.text}`)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const structure = (p: Provision): string => `${numberedWords(p)}\u0000${p.parent ?? ''}`;

/** The first index where two provision lists read differently by `key` (or where one ends first); -1 when none. */
function differsAt(a: readonly Provision[], b: readonly Provision[], key: (p: Provision) => string): number {
  const at = a.findIndex((p, i) => b[i] === undefined || key(p) !== key(b[i]));
  return at >= 0 ? at : a.length === b.length ? -1 : a.length;
}

const withoutOffsets = ({ start: _start, end: _end, ...provision }: Provision): Provision => provision;

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
