import { joinNum, readLabel } from './segment-label.js';
import type { LabelReading } from './segment-label.js';
import { levelKey, placeLabel } from './segment-levels.js';
import type { Level, Placement } from './segment-levels.js';
import { blankComments, isSpace, splitLines } from './segment-lines.js';
import type { Line } from './segment-lines.js';
import { normalizeWithOffsets } from './segment-nfc.js';
import type { Segment, Segmentation, UnnumberedSpan } from './segment-types.js';

/** The entry that owns the lines being read, until the next label or heading (or blank line, for a block). */
interface Owner {
  entry: Segment | UnnumberedSpan;
  /** Where the entry's text starts, after its label. */
  textStart: number;
  /** End of the entry's last non-blank character so far. */
  end: number;
  isBlock: boolean;
}

const heading = /^#{1,6}(?=\s|$)/;
const fence = /^(```|~~~)/;

/**
 * Splits a proposal (raw text or Markdown) into its provisions as the document numbers them.
 *
 * Labels (see `readLabel`): `1.`, `1)`, `(1)` of any length, compound `1.2`, `10a.`, `10(a)`, `10.a`,
 * `Article 5`/`Article 5.1`/`Art. 5`/`Point 3`/`§ 3`/`Статья 5`/`Пункт 3`, sub-points `a.`, `a)`, `(b)`,
 * roman `i.`/`(ii)`, Cyrillic `а)`, bullets, bold labels (`**1.**`), Markdown headings that start with a
 * number or keyword (`## Article 5`, label `## Article 5`), sections `Annex B` and footnotes `[^1]:`. A
 * label counts only where its list makes sense (see `placeLabel`): `2022 draft`, `600,000 troops`,
 * `2.1 million` or a letter out of sequence is running text, and a compound label only under the point it
 * names (`10a.` under `10`). Indentation tells a sub-list from a continued list. A line whose label is kept
 * as text gets a warning (bullets excepted), `line N: …`, N counted from 1 in the input.
 *
 * `num` scheme: a top-level point is its number or letter (`1`, `10`, `5` for `Article 5`, `a`); a
 * sub-point appends its own part to its parent's num, directly when one ends in a digit and the other
 * starts with a letter or the other way round (`10a`, `a1`), and with `-` otherwise (`10a-i`, `5-1`, and
 * `1-2` for the decimal `1.2`, `10a` for `10(a)`). A bullet is its parent's num, `-` and its place among its
 * siblings (`10-1`, `10-2`); a top-level bullet is `b1`, `b2`, …. A section is a top-level point named
 * after it (`annex-b`, `appendix-2`) and its points are its sub-points (`annex-b1`, `appendix-2-1`). A
 * footnote `[^n]:` is a top-level provision `fn<n>` that leaves the open lists as they are. If a num
 * repeats (a document that numbers two sections from 1), the later ones get `_2`, `_3`, … in document
 * order (`1`, then `1_2`).
 *
 * Text: lines that follow a provision without a label (continuation lines and paragraphs, across blank
 * lines) belong to it, up to the next label or heading. A chapeau's text ends where its first sub-point
 * begins. Text before the first point is `preamble` (one entry per paragraph), Markdown headings are
 * `heading` (they do not end the numbering), and paragraphs between a heading and the next point are
 * `paragraph`. A document without any label has its paragraphs as provisions `p1`, `p2`, … (label empty,
 * depth 0), its headings (and paragraphs that are only a comment) stay unnumbered. HTML comments are left
 * out of `text`; a comment on its own line is inside the span of the entry it follows, so every
 * non-whitespace character of the input is in exactly one span. Lines of a fenced code block are text,
 * never labels. Other Markdown (`**bold**`, links) stays in `text` as written.
 *
 * Offsets: the input is normalised to NFC; `start`/`end` are mapped back to UTF-16 offsets in the original
 * input, `text` is NFC. Line breaks may be `\n`, `\r\n` or `\r`. Runs in time linear in the input.
 * @example segmentText('Plan\n\n10. Terms:\n    a. one;\n').provisions.map((p) => p.num) // ['10', '10a']
 */
export function segmentText(input: string): Segmentation {
  const keptAsText = new Set<number>();
  for (;;) {
    const segmentation = segmentPass(input, keptAsText);
    const echoes = labelsEchoingTheirFirstSubPoint(segmentation.provisions);
    if (echoes.length === 0) return segmentation;
    for (const echo of echoes) keptAsText.add(lineIndexOf(input, echo.start));
  }
}

/**
 * Empty points whose first sub-point carries the same label (`a.` alone, then `a. the ceasefire …` under
 * it): a sentence wrapped so that its last word `a.` sits alone on a line, read as a point that then took
 * the real sub-point under it. Each such line is read again as text.
 */
function labelsEchoingTheirFirstSubPoint(provisions: readonly Segment[]): Segment[] {
  return provisions.filter((point, i) => {
    const before = provisions[i - 1];
    const first = provisions[i + 1];
    return (
      point.text === '' &&
      point.parent !== undefined &&
      point.parent === before?.num &&
      first?.parent === point.num &&
      first.label.trim() === point.label.trim()
    );
  });
}

const lineIndexOf = (input: string, offset: number): number =>
  input.slice(0, offset).split(/\r\n|\r|\n/).length - 1;

/** One reading of the document, with the lines `keptAsText` (0-based) read as text whatever they start with. */
function segmentPass(input: string, keptAsText: ReadonlySet<number>): Segmentation {
  const { text, toOriginal } = normalizeWithOffsets(input);
  const visible = blankComments(text);
  const provisions: Segment[] = [];
  const unnumbered: UnnumberedSpan[] = [];
  const levels: Level[] = [];
  const nums = new Map<string, number>();
  const warnings: string[] = [];
  let owner: Owner | undefined;
  let isAfterHeading = false;
  let isInFence = false;

  const close = () => {
    if (!owner) return;
    owner.entry.text = collapse(visible.slice(owner.textStart, owner.end));
    owner.entry.start = toOriginal(owner.entry.start);
    owner.entry.end = toOriginal(owner.end);
    owner = undefined;
  };
  // Text that belongs to the entry being read, or, when there is none, to a new preamble or paragraph.
  const extendOrOpen = (start: number, end: number) => {
    if (owner) {
      owner.end = end;
      return;
    }
    const kind = provisions.length === 0 ? 'preamble' : 'paragraph';
    const block: UnnumberedSpan = { kind, text: '', start, end: 0 };
    unnumbered.push(block);
    owner = { entry: block, textStart: start, end, isBlock: true };
  };

  for (const [lineIndex, line] of splitLines(text).entries()) {
    const inkStart = skipSpace(text, line.start, line.end);
    if (inkStart === line.end) {
      if (owner?.isBlock) close();
      continue;
    }
    const inkEnd = trimEnd(text, inkStart, line.end);
    const contentStart = skipSpace(visible, line.start, line.end);
    if (contentStart === line.end) {
      extendOrOpen(inkStart, inkEnd); // a comment on its own line stays with what it annotates
      continue;
    }
    const content = visible.slice(contentStart, line.end);
    // Inside a fenced code block (``` or ~~~) nothing is a label or a heading.
    const isFence = fence.test(content);
    const isCode = isFence || isInFence;
    if (isFence) isInFence = !isInFence;
    const isEcho = !isCode && keptAsText.has(lineIndex);
    const read = isCode || isEcho ? undefined : readLabel(content);
    if (isEcho)
      warnings.push(
        `line ${lineIndex + 1}: '${content.trim()}' looks like a label but is kept as text: the sub-point after it has the same label, so it ends the sentence before it`,
      );
    // A label with a comment inside it (`## <!-- x -->1.`) is not written as a label: the line is text.
    const label =
      read && text.slice(contentStart, contentStart + read.length) === content.slice(0, read.length)
        ? read
        : undefined;
    const footnote = label?.readings.find((r) => r.family === 'footnote');
    if (label && footnote) {
      if (inkStart < contentStart) extendOrOpen(inkStart, trimEnd(text, inkStart, contentStart));
      close();
      const labelEnd = contentStart + label.length;
      const segment: Segment = {
        num: uniqueNum(nums, `fn${footnote.name}`),
        label: visible.slice(contentStart, labelEnd),
        text: '',
        start: contentStart,
        end: 0,
        depth: 0,
      };
      provisions.push(segment);
      owner = { entry: segment, textStart: labelEnd, end: inkEnd, isBlock: false };
      continue;
    }
    const placement =
      label && placeLabel(levels, label.readings, indentOf(visible, line, contentStart), isAfterHeading);
    const parent =
      placement && (placement.isNew ? levels[placement.index - 1]?.latest : levels[placement.index]?.parent);
    // A compound label (`2.1`, `2a.`) counts only under the point it names (`2`): `2.1 million` is text.
    const isPlaced =
      label !== undefined &&
      placement !== undefined &&
      (placement.reading.prefix === undefined || placement.reading.prefix === parent);
    if (label && !isPlaced && label.readings.some((r) => r.family !== 'bullet'))
      warnings.push(
        describeKeptLabel(
          lineIndex + 1,
          visible.slice(contentStart, contentStart + label.length),
          label.readings,
        ),
      );
    if (label && placement && isPlaced) {
      // The end of a comment that opened on an earlier line goes with what precedes the label.
      if (inkStart < contentStart) extendOrOpen(inkStart, trimEnd(text, inkStart, contentStart));
      close();
      const level = enterList(levels, placement, parent, indentOf(visible, line, contentStart));
      const num = uniqueNum(nums, composeNum(parent, placement.reading, level.last));
      level.latest = num;
      const labelEnd = contentStart + label.length;
      const segment: Segment = {
        num,
        label: visible.slice(contentStart, labelEnd),
        text: '',
        start: contentStart,
        end: 0,
        depth: placement.index,
      };
      if (parent !== undefined) segment.parent = parent;
      provisions.push(segment);
      owner = { entry: segment, textStart: labelEnd, end: inkEnd, isBlock: false };
      isAfterHeading = false;
      continue;
    }
    const headingMatch = isCode ? null : heading.exec(content);
    if (headingMatch) {
      close();
      const own = visible.slice(contentStart + headingMatch[0].length, inkEnd).replace(/\s#+\s*$/, '');
      unnumbered.push({
        kind: 'heading',
        text: collapse(own),
        start: toOriginal(inkStart),
        end: toOriginal(inkEnd),
      });
      isAfterHeading = true;
      continue;
    }
    extendOrOpen(inkStart, inkEnd);
  }
  close();
  foldWrappedLabels(input, provisions, unnumbered, warnings);
  return provisions.length > 0
    ? { provisions, unnumbered, warnings }
    : numberParagraphs(unnumbered, warnings);
}

/**
 * A sub-point label alone on the last line of a point, opening a list that nothing continues, is the end of
 * a wrapped sentence (`… on the one hand and` / `a.`), not an empty point `a`: it goes back into the point's
 * text, with a warning. A point whose sub-point has words, or that anything later sits under or beside (a
 * footnote may come between), keeps it.
 */
function foldWrappedLabels(
  input: string,
  provisions: Segment[],
  unnumbered: readonly UnnumberedSpan[],
  warnings: string[],
): void {
  for (let i = provisions.length - 1; i > 0; i -= 1) {
    const stray = provisions[i]!;
    const parent = provisions[i - 1]!;
    // Anything later under it or beside it (a footnote may come between) shows that its list goes on.
    const isContinued = provisions
      .slice(i + 1)
      .some((later) => later.parent === stray.num || later.parent === stray.parent);
    // A heading between them ends the point's sentence: the label after it cannot be that sentence's end.
    const isAfterHeading = unnumbered.some((span) => span.start > parent.start && span.start < stray.start);
    const opensAndEnds =
      stray.parent !== undefined && stray.parent === parent.num && !isContinued && !isAfterHeading;
    if (stray.text !== '' || !opensAndEnds) continue;
    parent.text = collapse(`${parent.text} ${stray.label}`); // a label may hold runs of spaces (`##   1.`)
    parent.end = stray.end;
    provisions.splice(i, 1);
    const line = input.slice(0, stray.start).split(/\r\n|\r|\n/).length;
    warnings.push(
      `line ${line}: '${stray.label}' looks like a label but is kept as text: nothing follows it, so it ends the sentence before it`,
    );
  }
}

/** The warning for a label-like line kept as text: where, what, and why. */
function describeKeptLabel(line: number, label: string, readings: readonly LabelReading[]): string {
  const prefix = readings.find((r) => r.prefix !== undefined)?.prefix;
  const why =
    prefix === undefined
      ? 'it does not continue or open a list here (check the number before it)'
      : `it is not under point ${prefix} (number the point before it ${prefix.split('-').at(-1) ?? prefix})`;
  return `line ${line}: '${label}' looks like a label but is kept as text: ${why}`;
}

/** Moves the stack of open lists to a placed label and counts it; returns the label's list. */
function enterList(levels: Level[], placement: Placement, parent: string | undefined, indent: number): Level {
  const { reading, index, isNew } = placement;
  levels.length = isNew ? index : index + 1;
  if (isNew) levels.push({ key: levelKey(reading), indent, last: 0, parent, latest: '' });
  const level = levels[index];
  if (!level) throw new Error('segmentText: a placed label has no list');
  level.last = reading.family === 'bullet' ? level.last + 1 : reading.value;
  return level;
}

/** A document without labels: its paragraphs become provisions `p1`, `p2`, …; headings stay unnumbered. */
function numberParagraphs(spans: UnnumberedSpan[], warnings: string[]): Segmentation {
  const provisions: Segment[] = [];
  const unnumbered: UnnumberedSpan[] = [];
  for (const span of spans) {
    // A paragraph that is only a comment has no text to number.
    if (span.kind === 'heading' || span.text === '') unnumbered.push(span);
    else
      provisions.push({
        num: `p${provisions.length + 1}`,
        label: '',
        text: span.text,
        start: span.start,
        end: span.end,
        depth: 0,
      });
  }
  return { provisions, unnumbered, warnings };
}

function composeNum(parent: string | undefined, reading: LabelReading, count: number): string {
  if (reading.family === 'bullet') return parent === undefined ? `b${count}` : `${parent}-${count}`;
  if (parent === undefined) return reading.name;
  return joinNum(parent, reading.name);
}

/** `num` itself the first time, then `num_2`, `num_3`, … (skipping any already taken). */
function uniqueNum(nums: Map<string, number>, num: string): string {
  let seen = nums.get(num);
  if (seen === undefined) {
    nums.set(num, 1);
    return num;
  }
  let candidate = num;
  do candidate = `${num}_${++seen}`;
  while (nums.has(candidate));
  nums.set(num, seen);
  nums.set(candidate, 1);
  return candidate;
}

/** Columns of indentation before `contentStart`; a tab counts 4. */
function indentOf(text: string, line: Line, contentStart: number): number {
  let columns = 0;
  for (let i = line.start; i < contentStart; i++) columns += text.charCodeAt(i) === 9 ? 4 : 1;
  return columns;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
