import type { LabelReading } from './segment-label.js';

/** An open list while a document is read: its kind of label, where it sits, and how far it has counted. */
export interface Level {
  /** `family/form`: `number/dot`, `latin/parens`, `bullet/•`, `keyword/article`. */
  key: string;
  indent: number;
  /** The value of the last label of this list; for bullets, how many bullets it has had. */
  last: number;
  /** `num` of the provision this list sits under; `undefined` for the top level. */
  parent: string | undefined;
  /** `num` of the list's latest provision, the parent of a list that opens under it. */
  latest: string;
}

/** Where a label goes: into the list at `index` of the stack, or (when `isNew`) into a new list there. */
export interface Placement {
  reading: LabelReading;
  index: number;
  isNew: boolean;
}

// Indentation that differs by one column still counts as the same column (Markdown nests a bullet two in).
const tolerance = 1;
// A numbered list may skip this many numbers (a counter-proposal that deletes points keeps the numbering).
const maxNumberGap = 10;

/** The list key of a reading: lists with the same key continue each other. */
export const levelKey = (reading: LabelReading): string => `${reading.family}/${reading.form}`;

/**
 * Decides whether a label at `indent` starts a provision, and where, given the open lists `levels`
 * (outermost first). In order of preference:
 * 1. it continues an open list at about the same indentation (the innermost such list wins): bullets always
 *    continue, numbers may skip up to ten, letters and roman numerals must be the next one;
 * 2. after a heading, a `1` in the top list's style restarts the top list (a new section);
 * 3. a first label (`1`, `a`, `i`, `а`, a bullet) indented deeper than the innermost list opens a list under it;
 * 4. it continues an open list at any indentation (pasted text often loses its indentation);
 * 5. a first label opens a list under the innermost provision at or above its indentation.
 * Otherwise it is no label (`undefined`) and the line is running text. The first label of a document may
 * start at any number below 1000 (a year such as `2022.` never opens a document). So `i.` after `h.`
 * continues the letters, and `i.` after `a.` opens a roman list. A section (`Annex B`) always closes every
 * open list and opens the top level anew, so the annex's own points are its sub-points.
 * @example placeLabel([], [{ family: 'number', form: 'dot', value: 1, name: '1' }], 0, false) // index 0, new
 */
export function placeLabel(
  levels: readonly Level[],
  readings: readonly LabelReading[],
  indent: number,
  isAfterHeading: boolean,
): Placement | undefined {
  const section = readings.find((r) => r.family === 'section');
  if (section) return { reading: section, index: 0, isNew: true };
  const innermost = levels.at(-1);
  if (!innermost) {
    const reading = readings.find((r) => opensList(r, true));
    return reading && { reading, index: 0, isNew: true };
  }
  const aligned = findContinued(levels, readings, indent, true);
  if (aligned) return aligned;
  const top = levels[0];
  if (isAfterHeading && top && Math.abs(indent - top.indent) <= tolerance) {
    const reading = readings.find(
      (r) => r.family !== 'bullet' && levelKey(r) === top.key && opensList(r, false),
    );
    if (reading) return { reading, index: 0, isNew: true };
  }
  const opening = readings.find((r) => opensList(r, false));
  if (opening && indent > innermost.indent + tolerance)
    return { reading: opening, index: levels.length, isNew: true };
  const loose = findContinued(levels, readings, indent, false);
  if (loose) return loose;
  if (!opening) return undefined;
  let index = levels.length;
  while (index > 1 && (levels[index - 1]?.indent ?? 0) > indent + tolerance) index--;
  return { reading: opening, index, isNew: true };
}

function findContinued(
  levels: readonly Level[],
  readings: readonly LabelReading[],
  indent: number,
  isAligned: boolean,
): Placement | undefined {
  for (let index = levels.length - 1; index >= 0; index--) {
    const level = levels[index];
    if (!level || (isAligned && Math.abs(indent - level.indent) > tolerance)) continue;
    const reading = readings.find((r) => levelKey(r) === level.key && continues(r, level.last));
    if (reading) return { reading, index, isNew: false };
  }
  return undefined;
}

function continues(reading: LabelReading, last: number): boolean {
  if (reading.family === 'bullet') return true;
  if (reading.family === 'footnote' || reading.family === 'section') return false;
  if (reading.family === 'number' || reading.family === 'keyword') {
    return reading.value > last && reading.value - last <= maxNumberGap;
  }
  return reading.value === last + 1;
}

function opensList(reading: LabelReading, isDocumentStart: boolean): boolean {
  if (reading.family === 'bullet') return true;
  if (reading.family === 'footnote') return false;
  if (isDocumentStart && (reading.family === 'number' || reading.family === 'keyword'))
    return reading.value >= 1 && reading.value < 1000;
  return reading.value === 1;
}
