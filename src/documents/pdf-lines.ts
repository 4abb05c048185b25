/** A run of text on a PDF page at its position: `x`, `y` of its baseline's start (y grows upwards), its width and font size. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** One line rebuilt from a page's runs. */
interface PageLine {
  text: string;
  x: number;
  y: number;
  size: number;
}

// A run whose baseline is within this share of the font size from a line's is on that line.
const sameLineShare = 0.5;
// A horizontal gap wider than this share of the font size between two runs is a space.
const spaceShare = 0.15;
// A line gap this many times the usual one starts a new paragraph.
const paragraphGap = 1.4;
const pageNumber = /^(?:page\s+)?[-–—]?\s*(?:\d+|[ivxlc]+)\s*[-–—]?(?:\s*(?:of|\/)\s*\d+)?$/i;

/**
 * Rebuilds a document's text from the positioned runs of its pages: runs on one baseline become a line
 * (left to right, a space where they stand apart), lines go top to bottom, a gap clearly wider than the
 * usual line spacing is a blank line (a new paragraph), and indentation from the left margin becomes spaces
 * (one per half font size), so sub-lists stay nested. Running headers and footers are dropped: the first
 * and last two lines of a page whose text, digits aside, recurs on at least half of the pages (and on two
 * or more), and a lone page number (`7`, `- 7 -`, `Page 7 of 9`, `vii`) in those places. A word hyphenated
 * at a line's end is mended when the next line goes on in lower case (`settle-` + `ment` → `settlement`).
 * Single column only: the runs of side-by-side columns are read across, line by line.
 * @example pdfText([[{ text: '1. One', x: 72, y: 700, width: 30, size: 12 }]]) // '1. One'
 */
export function pdfText(pages: readonly (readonly PositionedText[])[]): string {
  const pageLines = pages.map(linesOf);
  const recurring = recurringMargins(pageLines);
  const kept = pageLines.map((lines) =>
    lines.filter((line, i) => {
      const isMargin = i < 2 || i >= lines.length - 2;
      return !(isMargin && (recurring.has(marginKey(line.text)) || pageNumber.test(line.text.trim())));
    }),
  );
  const body = kept.flat();
  const left = Math.min(...body.map((line) => line.x));
  const gaps: number[] = [];
  for (const lines of kept)
    for (let i = 1; i < lines.length; i++) {
      const gap = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
      if (gap > 0) gaps.push(gap);
    }
  gaps.sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)] ?? Infinity;
  // Lines are kept apart and joined once: appending to one long string and reading its end again would
  // flatten it each time, quadratic in the document.
  const out: string[] = [];
  for (const lines of kept) {
    for (const [i, line] of lines.entries()) {
      const indent = ' '.repeat(Math.max(0, Math.round((line.x - left) / (line.size / 2))));
      const last = out.at(-1);
      if (last === undefined) out.push(indent + line.text);
      else if (/\p{L}[-\u00AD\u2010]$/u.test(last) && /^\p{Ll}/u.test(line.text))
        out[out.length - 1] = last.slice(0, -1) + line.text;
      else {
        const gap = i === 0 ? 0 : (lines[i - 1]?.y ?? 0) - line.y;
        // An empty part joins as a blank line: a new paragraph.
        if (gap > usualGap * paragraphGap) out.push('');
        out.push(indent + line.text);
      }
    }
  }
  return out.join('\n');
}

function linesOf(runs: readonly PositionedText[]): PageLine[] {
  const sorted = runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const base = group?.[0];
    if (group && base && Math.abs(base.y - run.y) <= sameLineShare * Math.max(base.size, run.size))
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    group.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const run of group) {
      const isApart = run.x - end > spaceShare * run.size;
      if (text !== '' && isApart && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
      text += run.text;
      end = Math.max(end, run.x + run.width);
    }
    const first = group[0] as PositionedText;
    return {
      text: text.replace(/\s+/g, ' ').trim(),
      x: first.x,
      y: first.y,
      size: Math.max(...group.map((r) => r.size)),
    };
  });
}

const marginKey = (text: string): string =>
  text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

/** The margin texts (first and last two lines, digits as `#`) that recur on half the pages or more, at least two. */
function recurringMargins(pages: readonly PageLine[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((line) => marginKey(line.text)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}
