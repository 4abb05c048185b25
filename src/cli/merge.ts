import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { mergeProposals, renderMergeMarkdown } from '../compare/index.js';
import type { Case } from '../model/index.js';
import type { CommandRegistration } from './command.js';
import { readDocument } from './compare.js';
import type { ComparableDocument, DocumentOutcome } from './compare.js';
import { exitCodes } from './exit-codes.js';

interface MergeOptions {
  json?: boolean;
  out?: string;
  case?: string;
}

/** How a revision's author reads in a conflict: the proposal and, when known, its authors (`e3-counter (eu)`). */
function authorOf(document: ComparableDocument): string {
  return document.authors.length > 0 ? `${document.name} (${document.authors.join(', ')})` : document.name;
}

/**
 * `parley merge <base> <a> <b>`: three-way merge of two revisions of one proposal. Prints the merged
 * proposal as Markdown (conflicts quoted under their number with both variants and their authors), or
 * `{ blocks, conflicts }` with `--json`; `--out` writes to a file instead. Exit 0 when the merge is clean,
 * 1 when conflicts remain or an input cannot be read, 2 for a usage error.
 */
export async function merge(
  base: string,
  first: string,
  second: string,
  options: MergeOptions,
): Promise<number> {
  const cases = new Map<string, Promise<DocumentOutcome | Case>>();
  const read = await Promise.all([base, first, second].map((arg) => readDocument(arg, cases, options.case)));
  const errors = read.flatMap((r) => (r.ok ? [] : r.errors));
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `${e}\n`).join(''));
    return exitCodes.invalid;
  }
  const [o, a, b] = read.map((r) => (r as { ok: true; value: ComparableDocument }).value) as [
    ComparableDocument,
    ComparableDocument,
    ComparableDocument,
  ];
  const result = mergeProposals(
    o.provisions,
    { name: authorOf(a), provisions: a.provisions },
    { name: authorOf(b), provisions: b.provisions },
  );
  const output = options.json
    ? `${JSON.stringify(result)}\n`
    : renderMergeMarkdown(result, `${o.name} merged with ${a.name} and ${b.name}`);
  if (options.out) await writeFile(options.out, output);
  else process.stdout.write(output);
  if (result.conflicts > 0) {
    process.stderr.write(`${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} to settle\n`);
    return exitCodes.findings;
  }
  return exitCodes.ok;
}

/** Registers `parley merge <base> <a> <b> [--case dir] [--json] [--out file]`. */
export const registerMerge: CommandRegistration = (program: Command, run) => {
  program
    .command('merge <base> <a> <b>')
    .description(
      'merge two revisions of one proposal: one-sided changes taken, true conflicts kept with both variants',
    )
    .option('--case <dir>', 'read <base>, <a> and <b> as proposal ids of this case folder')
    .option(
      '--json',
      'print { "blocks": [ { "num", "text", "source", "conflict"? } ], "conflicts" } for scripts',
    )
    .option('--out <file>', 'write the merged proposal to this file instead of stdout')
    .addHelpText(
      'after',
      '\nExit status: 0 clean merge, 1 conflicts remain (or an input cannot be read), 2 usage error.\n' +
        'Examples:\n  parley merge us-28.md e3-counter.md us-ua.md --out merged.md\n' +
        '  parley merge --case cases/ukraine-2025 us-28 e3-counter us-ua --json',
    )
    .action(run(merge));
};
