import type { Command } from 'commander';
import { blankFrontMatter, readDocumentFile } from '../io/index.js';
import { segmentText } from '../text/index.js';
import type { Segmentation } from '../text/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { paint, renderTable, useColor } from './table.js';

export { blankFrontMatter };

const previewLength = 80;

/** The first 80 characters (code points, so an emoji is never cut in half), with `…` when cut. */
const preview = (text: string): string => {
  const characters = [...text];
  return characters.length > previewLength ? `${characters.slice(0, previewLength - 1).join('')}…` : text;
};

/**
 * The human view of a segmentation: one row per provision (num indented by depth, label, the first 80
 * characters of its text), then a count line. Unnumbered text is counted, not listed.
 * @example renderSegmentation(segmentText('1. a\n   a. b'), false) // 'num  label  text\n…\n1    1.     a\n  1a a.     b\n…'
 */
export function renderSegmentation(segmentation: Segmentation, isColored: boolean): string {
  const rows = segmentation.provisions.map((provision) => [
    {
      text: '  '.repeat(provision.depth) + provision.num,
      color: provision.depth === 0 ? ('green' as const) : undefined,
    },
    { text: provision.label, color: 'dim' as const },
    preview(provision.text),
  ]);
  const table = renderTable([{ header: 'num' }, { header: 'label' }, { header: 'text' }], rows, isColored);
  const topLevel = segmentation.provisions.filter((p) => p.depth === 0).length;
  const { length: unnumbered } = segmentation.unnumbered;
  const summary =
    `${segmentation.provisions.length} provisions (${topLevel} top-level)` +
    (unnumbered > 0
      ? `, ${unnumbered} unnumbered span${unnumbered === 1 ? '' : 's'} (title, headings, preamble)`
      : '');
  return `${table}${paint(summary, 'dim', isColored)}\n`;
}

/**
 * `parley segment <file>`: prints the provisions of a document as it numbers them. The file may be Word
 * (.docx), PDF, HTML, Markdown or plain text, told apart by content. With `--json`,
 * `{ "provisions": [ { "num", "text", "start", "end", "label", "depth", "parent"? } ], "unnumbered": [...],
 * "warnings": ["line N: …"], "source"? }`: for a text or Markdown file offsets are UTF-16 code units of the
 * whole file; for Word, PDF and HTML they index the extracted plain text, given as `source`. Warnings
 * (label-like lines kept as text) also go to stderr, one `file: line N: …` each. Exit 0, or 1 with one
 * `file: what is wrong and what to do` line (an empty, damaged, encrypted or image-only document).
 */
export async function segment(file: string, options: { json?: boolean }): Promise<number> {
  const read = await readDocumentFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return exitCodes.invalid;
  }
  const { format, source } = read.value;
  const segmentation = segmentText(format === 'text' ? blankFrontMatter(source) : source);
  for (const warning of segmentation.warnings) process.stderr.write(`${file}: ${warning}\n`);
  if (options.json) {
    const provisions = segmentation.provisions.map(({ num, text, start, end, label, depth, parent }) => ({
      num,
      text,
      start,
      end,
      label,
      depth,
      ...(parent === undefined ? {} : { parent }),
    }));
    const { unnumbered, warnings } = segmentation;
    const extracted = format === 'text' ? {} : { source };
    process.stdout.write(`${JSON.stringify({ provisions, unnumbered, warnings, ...extracted })}\n`);
    return exitCodes.ok;
  }
  if (segmentation.provisions.length === 0) {
    process.stderr.write(`${file}: has no text to segment, so it has no provisions\n`);
    return exitCodes.ok;
  }
  process.stdout.write(renderSegmentation(segmentation, useColor(process.stdout)));
  return exitCodes.ok;
}

/** Registers `parley segment <file> [--json]`. */
export const registerSegment: CommandRegistration = (program: Command, run) => {
  program
    .command('segment <file>')
    .description('split a proposal (Word, PDF, HTML, Markdown or plain text) into its numbered provisions')
    .option(
      '--json',
      'print { "provisions": [ { "num", "text", "start", "end", … } ], "warnings", "source"? } for scripts',
    )
    .addHelpText(
      'after',
      '\nNumbering: 1. 1) (1), Article 5, § 3, Point 3, sub-points a. (b) i. а) 10a. 10(a) 10.1 Article 5.1,\n' +
        'bullets (num 10-1, 10-2), Annex B (num annex-b, its points annex-b1…), footnotes [^1]: (num fn1).\n' +
        'Example:\n  parley segment cases/ukraine-2025/proposals/us-28.md\n  parley segment framework.docx --json',
    )
    .action(run(segment));
};
