import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { choosePackage, composeBridge, formatDraftProblem, redLineInWords } from '../draft/index.js';
import type { BridgeDraft, DraftProblem, PackageRequest } from '../draft/index.js';
import { draftToDocx, draftToHtml, loadCase, readPackageFile, writeDraftMarkdown } from '../io/index.js';
import { formatCaseError, Id } from '../model/index.js';
import type { Case, Package } from '../model/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';

const solutionNames = ['nash', 'kalai', 'egalitarian', 'utilitarian'] as const;
const formats = ['md', 'docx', 'html'] as const;

interface DraftOptions {
  base?: string;
  solution?: string;
  near?: string[];
  package?: string;
  format?: string;
  out?: string;
  intoCase?: boolean;
  id?: string;
  date?: string;
  json?: boolean;
}

const fail = (message: string, status: number = exitCodes.invalid): number => {
  process.stderr.write(`parley draft: ${message}\n`);
  return status;
};

/** Writes a file whole or not at all: a temporary file next to it, then a rename. */
async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** The usage mistake in the options, if any: exactly one package source, a known format, docx only to a file. */
function usageProblem(options: DraftOptions): string | undefined {
  const sources = [options.solution, options.near, options.package].filter((s) => s !== undefined);
  if (!options.base) return 'name the base proposal with --base <proposal>';
  if (sources.length !== 1)
    return 'give exactly one of --solution <name>, --near <proposals…> or --package <file>';
  if (options.solution && !(solutionNames as readonly string[]).includes(options.solution))
    return `unknown solution '${options.solution}' (expected one of: ${solutionNames.join(', ')})`;
  const format = options.format ?? 'md';
  if (!(formats as readonly string[]).includes(format))
    return `unknown format '${format}' (expected one of: ${formats.join(', ')})`;
  if (format === 'docx' && !options.out)
    return 'a Word document is binary: write it to a file with --out <file.docx>';
  if (options.date && !/^\d{4}-\d{2}-\d{2}$/.test(options.date))
    return `--date '${options.date}' is not YYYY-MM-DD`;
  if (options.id !== undefined && !Id.safeParse(options.id).success)
    return `--id '${options.id}' is not an id: use lower-case letters, digits, '.' and '-'`;
  if (options.intoCase && format !== 'md') return '--into-case writes the Markdown proposal; drop --format';
  return undefined;
}

/** The package to draft towards, read from a file or found by the solver; a message when there is none. */
async function packageOf(
  theCase: Case,
  options: DraftOptions,
): Promise<
  | { package: Package; label: string; lineOf: (issue: string) => number; relaxed: string[] }
  | { errors: string[] }
> {
  if (options.package) {
    const text = await readFile(options.package, 'utf8').catch(() => undefined);
    if (text === undefined)
      return { errors: [`${options.package}: no such file (give a YAML or JSON package file)`] };
    const read = readPackageFile(options.package, text);
    if (!read.package) return { errors: read.errors.map(formatCaseError) };
    return { package: read.package, label: 'package', lineOf: read.lineOf, relaxed: [] };
  }
  const request: PackageRequest = options.near
    ? { near: options.near }
    : { solution: options.solution as (typeof solutionNames)[number] };
  const unknown = options.near?.find((id) => !theCase.proposals.some((p) => p.id === id));
  if (unknown !== undefined) return { errors: [`unknown proposal '${unknown}' for --near`] };
  const chosen = choosePackage(theCase, request);
  if (!chosen.ok) return { errors: [chosen.message] };
  const label = options.near ? `near-${options.near.join('-')}` : options.solution!;
  const relaxed = chosen.relaxed.map((r) => redLineInWords(theCase, r));
  return { package: chosen.package, label, lineOf: () => 0, relaxed };
}

/** One line on stderr per flag, then a summary: what was kept, replaced, inserted and left to draft. */
function summaryOf(bridge: BridgeDraft, relaxed: string[]): string {
  const count = (kind: string) => bridge.provenance.filter((e) => e.kind === kind).length;
  const lines = [
    `${bridge.draft.id}: ${count('kept')} kept, ${count('replaced')} replaced, ${count('inserted')} inserted, ${count('placeholder')} to be drafted`,
    ...(relaxed.length > 0 ? [`red lines collide: drafted as if ${relaxed.join(', ')} gave way`] : []),
    ...bridge.verdicts.map((v) => `${v.party}: ${v.verdict}`),
    ...bridge.flags.map((f) => `! ${f.message}`),
  ];
  return lines.join('\n') + '\n';
}

/**
 * `parley draft <case> --base <proposal> (--solution <name> | --near <proposals…> | --package <file>)`: composes
 * a bridging draft (Markdown to stdout by default; `--format docx|html`, `--out FILE`; `--into-case` saves it
 * as `proposals/<id>.md` so `parley check` tests it). Nothing is written when the request fails. Exit 0 when
 * every red line holds and nothing is left to draft, 1 when something is flagged (the draft is still written)
 * or the input is invalid, 2 for a usage error.
 */
export async function draft(dir: string, options: DraftOptions): Promise<number> {
  const usage = usageProblem(options);
  if (usage) return fail(usage, exitCodes.usage);
  const loaded = await loadCase(dir);
  if (!loaded.ok) return reportErrors(loaded.errors);
  const theCase = loaded.value;
  const chosen = await packageOf(theCase, options);
  if ('errors' in chosen) return fail(chosen.errors.join('\nparley draft: '));
  const id = options.id ?? `bridge-${options.base}-${chosen.label}`;
  const existing = theCase.proposals.find((p) => p.id === id);
  if (options.intoCase && existing && existing.status !== 'bridging draft')
    return fail(
      `proposal '${id}' already exists in the case and is not a bridging draft: choose another --id`,
    );
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const result = composeBridge(theCase, {
    base: options.base!,
    package: chosen.package,
    id,
    date,
    title: `Bridging draft on ${options.base} towards ${chosen.label === 'package' ? 'a package given by hand' : chosen.label}`,
  });
  if (!result.ok) {
    const where = (p: DraftProblem) =>
      options.package && p.issue !== undefined ? `${options.package}:${chosen.lineOf(p.issue)}: ` : '';
    return fail(result.problems.map((p) => where(p) + formatDraftProblem(p)).join('\nparley draft: '));
  }
  const bridge = result.value;
  const format = options.format ?? 'md';
  const content =
    format === 'docx'
      ? await draftToDocx(
          bridge,
          theCase.proposals.find((p) => p.id === bridge.base)!,
          theCase.issues,
          {
            date: `${date}T00:00:00Z`,
          },
        )
      : format === 'html'
        ? draftToHtml(bridge, theCase)
        : writeDraftMarkdown(bridge);
  const target = options.intoCase ? join(dir, 'proposals', `${id}.md`) : options.out;
  if (target !== undefined) {
    if ((await stat(target).catch(() => undefined))?.isDirectory())
      return fail(`${target} is a folder: give a file name`);
    await writeAtomically(target, content);
  }
  if (options.json) process.stdout.write(JSON.stringify({ ...bridge, written: target ?? null }) + '\n');
  else if (target === undefined) process.stdout.write(content as string);
  process.stderr.write(
    summaryOf(bridge, chosen.relaxed) + (target !== undefined ? `written to ${target}\n` : ''),
  );
  return bridge.flags.length === 0 ? exitCodes.ok : exitCodes.findings;
}

/** Registers `parley draft` (see `draft`). */
export const registerDraft: CommandRegistration = (program: Command, run) => {
  program
    .command('draft')
    .description(
      'compose a bridging draft towards a package from the provisions on the table, with provenance',
    )
    .argument('<case>', 'case folder (case.yaml, proposals/, positions/)')
    .option('--base <proposal>', 'the proposal whose structure and numbering the draft follows')
    .option('--solution <name>', `draft towards a bargaining solution: ${solutionNames.join(', ')}`)
    .option('--near <proposals...>', 'draft towards the package closest to these proposals')
    .option('--package <file>', 'draft towards a package given by hand (YAML or JSON: issue: option)')
    .option('--format <format>', 'md (a proposal file, default), docx (tracked changes) or html')
    .option('--out <file>', 'write to this file instead of stdout (needed for docx)')
    .option('--into-case', 'save the draft as proposals/<id>.md of the case, so parley check tests it')
    .option('--id <id>', 'id of the draft (default bridge-<base>-<solution>)')
    .option('--date <date>', 'date of the draft and its tracked changes, YYYY-MM-DD (default today)')
    .option('--json', 'print the draft, its provenance, flags and verdicts as one JSON document')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  parley draft cases/ukraine-2025 --base e3-counter --solution nash\n' +
        '  parley draft cases/ukraine-2025 --base e3-counter --near us-28 e3-counter --format docx --out bridge.docx\n' +
        '  parley draft cases/ukraine-2025 --base e3-counter --package nash.yaml --into-case\n\n' +
        'When red lines collide, the draft follows the cheapest relaxation and flags every red line it breaks.\n' +
        'Exit status: 0 every red line holds and every point has a source, 1 something is flagged (the draft\n' +
        'is still written) or the input is invalid, 2 usage.\n',
    )
    .action(run(draft));
};
