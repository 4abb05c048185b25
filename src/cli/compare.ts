import { rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import pc from 'picocolors';
import { compareProposals, plainStyle, renderComparison, renderComparisonHtml } from '../compare/index.js';
import type { ComparableProvision, RenderStyle } from '../compare/index.js';
// Only the plain-file reader is loaded up front: the case reader, the proposal reader (YAML, schemas) and the
// Word writer are imported when an argument or option needs them, so comparing two text files starts faster.
import { readTextFile } from '../io/read-text-file.js';
import type { Case } from '../model/index.js';
import { segmentText } from '../text/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { useColor } from './table.js';

/** A proposal ready to compare: a name for people and its provisions (with codes when it came from a case). */
export interface ComparableDocument {
  name: string;
  /** Party ids of the authors, when the proposal's front matter names them. */
  authors: string[];
  provisions: ComparableProvision[];
}

/** A document, or the lines saying why it cannot be read (`file:line: message`). */
export type DocumentOutcome = { ok: true; value: ComparableDocument } | { ok: false; errors: string[] };

/**
 * Reads what a compare-like command was given: `<case-dir>#<proposal-id>`, a proposal id of `caseDir`, a
 * proposal file with front matter (`cases/x/proposals/us-28.md`, read by `io` with its issue codes), or a
 * plain `.txt`/`.md` file (segmented by `segmentText`). Cases are loaded once per folder.
 * @example await readDocument('cases/ukraine-2025#us-28', cache)
 */
export async function readDocument(
  argument: string,
  cases: Map<string, Promise<DocumentOutcome | Case>>,
  caseDir?: string,
): Promise<DocumentOutcome> {
  const hash = argument.lastIndexOf('#');
  if (caseDir !== undefined) return fromCase(caseDir, argument, cases);
  if (hash > 0) return fromCase(argument.slice(0, hash), argument.slice(hash + 1), cases);
  return fromFile(argument);
}

async function fromCase(
  dir: string,
  id: string,
  cases: Map<string, Promise<DocumentOutcome | Case>>,
): Promise<DocumentOutcome> {
  let loading = cases.get(dir);
  if (!loading) {
    loading = Promise.all([import('../io/index.js'), import('../model/index.js')]).then(
      async ([{ loadCase }, { formatCaseError }]) => {
        const r = await loadCase(dir);
        return r.ok ? r.value : { ok: false as const, errors: r.errors.map(formatCaseError) };
      },
    );
    cases.set(dir, loading);
  }
  const loaded = await loading;
  if ('ok' in loaded) return loaded;
  const proposal = loaded.proposals.find((p) => p.id === id);
  if (!proposal) {
    const known = loaded.proposals.map((p) => p.id).join(', ') || 'none';
    return { ok: false, errors: [`${dir}: no proposal '${id}' in this case (expected one of: ${known})`] };
  }
  return {
    ok: true,
    value: { name: proposal.id, authors: proposal.authors, provisions: proposal.provisions },
  };
}

async function fromFile(file: string): Promise<DocumentOutcome> {
  const fail = (what: string): DocumentOutcome => ({ ok: false, errors: [`${file}: ${what}`] });
  const usage = 'give a .md or .txt file, <case-dir>#<proposal-id>, or --case <dir>';
  const hasCase = await stat(join(file, 'case.yaml')).catch(() => undefined);
  if (hasCase) return fail(`is a case folder; name a proposal: '${file}#<proposal-id>'`);
  const read = await readTextFile(file, usage);
  if (!read.ok) return { ok: false, errors: [read.message] };
  const text = read.text;
  const name = basename(file).replace(/\.(md|markdown|txt)$/i, '');
  if (/^---[ \t]*\r?\n/.test(text)) {
    // A proposal file of a case folder: its front matter and codes are read by io, errors have their lines.
    const caseFile = basename(dirname(file)) === 'proposals' ? `proposals/${basename(file)}` : file;
    const [{ readProposal }, { formatCaseError }] = await Promise.all([
      import('../io/index.js'),
      import('../model/index.js'),
    ]);
    const read = readProposal(caseFile, text);
    if (!read.proposal) return { ok: false, errors: read.errors.map(formatCaseError) };
    const { id, authors, provisions } = read.proposal;
    return { ok: true, value: { name: id, authors, provisions } };
  }
  return { ok: true, value: { name, authors: [], provisions: segmentText(text).provisions } };
}

/** Colours for a terminal: deletions red and struck through, insertions green and underlined. */
export function terminalStyle(isColored: boolean): RenderStyle {
  const c = pc.createColors(isColored);
  const kinds = {
    same: c.dim,
    modified: c.yellow,
    moved: c.magenta,
    merged: c.cyan,
    split: c.cyan,
    deleted: c.red,
    added: c.green,
  };
  if (!isColored) return plainStyle;
  return {
    deleted: (t) => c.red(c.strikethrough(t)),
    inserted: (t) => c.green(c.underline(t)),
    dim: c.dim,
    bold: c.bold,
    kind: (kind, t) => kinds[kind](t),
  };
}

interface CompareOptions {
  json?: boolean;
  html?: boolean;
  sideBySide?: boolean;
  case?: string;
  format?: string;
  out?: string;
}

/**
 * `parley compare <a> <b>`: aligns two proposals and prints the changes (`--json`: the DESIGN.md shape
 * `{ pairs, issues? }`; `--html`: a standalone page). Exit 0 when compared, 1 when an input cannot be read,
 * 2 for a usage error.
 */
export async function compare(first: string, second: string, options: CompareOptions): Promise<number> {
  if (options.format !== undefined && (options.format !== 'docx' || options.out === undefined)) {
    process.stderr.write('parley compare: --format docx is the one format, and it needs --out <file.docx>\n');
    return exitCodes.usage;
  }
  const cases = new Map<string, Promise<DocumentOutcome | Case>>();
  const [a, b] = await Promise.all([
    readDocument(first, cases, options.case),
    readDocument(second, cases, options.case),
  ]);
  const errors = [...(a.ok ? [] : a.errors), ...(b.ok ? [] : b.errors)];
  if (!a.ok || !b.ok) {
    process.stderr.write(errors.map((e) => `${e}\n`).join(''));
    return exitCodes.invalid;
  }
  const comparison = compareProposals(a.value.provisions, b.value.provisions);
  const title = `${a.value.name} → ${b.value.name}`;
  if (options.format === 'docx') {
    // A Word redline with tracked changes (src/io/export-docx-comparison.ts), written whole or not at all.
    const date = new Date().toISOString().slice(0, 19) + 'Z';
    const meta = { from: a.value.name, to: b.value.name, date };
    await writeFile(
      `${options.out}.tmp`,
      await (
        await import('../io/index.js')
      ).comparisonToDocx(comparison, a.value.provisions, b.value.provisions, meta),
    );
    await rename(`${options.out}.tmp`, options.out!);
    process.stderr.write(`written to ${options.out}\n`);
    return exitCodes.ok;
  }
  if (options.json) process.stdout.write(`${JSON.stringify(comparison)}\n`);
  else if (options.html) process.stdout.write(renderComparisonHtml(comparison, title));
  else {
    const style = terminalStyle(useColor(process.stdout));
    const width = process.stdout.columns ?? 100;
    process.stdout.write(
      `${style.bold(title)}\n\n${renderComparison(comparison, { style, sideBySide: options.sideBySide === true, width })}`,
    );
  }
  return exitCodes.ok;
}

/** Registers `parley compare <a> <b> [--case dir] [--json | --html | --side-by-side]`. */
export const registerCompare: CommandRegistration = (program: Command, run) => {
  program
    .command('compare <a> <b>')
    .description(
      'align two proposals point by point and show what was deleted, added, moved, merged or reworded',
    )
    .option('--case <dir>', 'read <a> and <b> as proposal ids of this case folder')
    .option('--json', 'print { "pairs": [ { "from", "to", "kind", "similarity", "redline" } ], "issues"? }')
    .option('--html', 'print a standalone HTML page (inline CSS, no external assets) to mail or archive')
    .option('--side-by-side', 'show old and new text in two columns instead of an inline redline')
    .option('--format <format>', 'docx: a Word redline of <b> against <a> with tracked changes (needs --out)')
    .option('--out <file>', 'the file to write with --format docx')
    .addHelpText(
      'after',
      '\n<a> and <b> are plain .md/.txt files, proposal files of a case folder, or <case-dir>#<proposal-id>.\n' +
        'Examples:\n  parley compare us-28.md e3-counter.md\n' +
        '  parley compare cases/ukraine-2025#us-28 cases/ukraine-2025#e3-counter --json\n' +
        '  parley compare --case cases/ukraine-2025 us-28 e3-counter --html > us28-e3.html\n' +
        '  parley compare --case cases/ukraine-2025 us-28 e3-counter --format docx --out us28-e3.docx',
    )
    .action(run(compare));
};
