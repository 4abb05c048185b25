import { basename, extname } from 'node:path';
import type { Command } from 'commander';
import { addProposalFile, proposalFromDocument, readDocumentFile } from '../io/index.js';
import type { ImportOptions } from '../io/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';
import { blankFrontMatter } from './segment.js';

interface ImportCommandOptions {
  case: string;
  id?: string;
  title?: string;
  track?: string;
  date?: string;
  authors?: string;
  revises?: string;
  dryRun?: boolean;
}

/**
 * `parley import <file> --case <dir>`: reads a document (Word, PDF, HTML, Markdown or text, by content),
 * segments it into provisions and writes `proposals/<id>.md` into the case, front matter from the options
 * or the document (title and date where it states them, id from the title), then validates the case; a
 * mistake leaves nothing written. `--dry-run` prints the Markdown instead. Warnings (label-like lines kept
 * as text) go to stderr. Exit 0, or 1 with one line per problem.
 */
export async function importDocument(file: string, options: ImportCommandOptions): Promise<number> {
  const read = await readDocumentFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return exitCodes.invalid;
  }
  const document =
    read.value.format === 'text'
      ? { ...read.value, source: blankFrontMatter(read.value.source) }
      : read.value;
  const importOptions: ImportOptions = {
    fileName: basename(file, extname(file)),
    ...(options.id === undefined ? {} : { id: options.id }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.track === undefined ? {} : { track: options.track }),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.revises === undefined ? {} : { revises: options.revises }),
    ...(options.authors === undefined
      ? {}
      : {
          authors: options.authors
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
        }),
  };
  const imported = proposalFromDocument(document, importOptions);
  if (!imported.ok) {
    process.stderr.write(imported.errors.map((e) => `${file}: ${e}\n`).join(''));
    return exitCodes.invalid;
  }
  for (const warning of imported.warnings) process.stderr.write(`${file}: ${warning}\n`);
  if (options.dryRun) {
    process.stdout.write(imported.markdown);
    return exitCodes.ok;
  }
  const written = await addProposalFile(options.case, imported.proposal, imported.markdown);
  if (!written.ok) return reportErrors(written.errors);
  const { provisions } = imported.proposal;
  const topLevel = provisions.filter((p) => p.parent === undefined).length;
  process.stdout.write(
    `wrote ${written.file}: ${provisions.length} provisions (${topLevel} top-level), uncoded; ` +
      `code them with parley suggest ${options.case} ${imported.proposal.id}\n`,
  );
  return exitCodes.ok;
}

/** Registers `parley import <file> --case <dir> [--id --title --track --date --authors --revises] [--dry-run]`. */
export const registerImport: CommandRegistration = (program: Command, run) => {
  program
    .command('import <file>')
    .description('add a Word, PDF, HTML or text document to a case as proposals/<id>.md')
    .requiredOption('--case <dir>', 'the case folder to add the proposal to')
    .option('--id <id>', 'the proposal id (default: made from the title)')
    .option('--title <title>', 'the title (default: the one the document states)')
    .option('--track <id>', 'the track it belongs to')
    .option('--date <YYYY-MM-DD>', 'its date (default: the first date its opening text states)')
    .option('--authors <ids>', 'party ids of its authors, comma-separated')
    .option('--revises <id>', 'the proposal it revises')
    .option('--dry-run', 'print the Markdown instead of writing it')
    .addHelpText(
      'after',
      '\nFormats and numbering styles: docs/documents.md. Nothing is written when anything is wrong.\n' +
        'Example:\n  parley import framework.docx --case cases/ukraine-2025 --authors us,ua --track us-ua\n' +
        '  parley import plan.pdf --case cases/ukraine-2025 --dry-run',
    )
    .action(run(importDocument));
};
