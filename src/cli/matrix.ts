import type { Command } from 'commander';
import { alignMatrix } from '../compare/index.js';
import type { MatrixCell, PairKind, ProposalMatrix } from '../compare/index.js';
import { loadCase } from '../io/load-case.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';
import { paint, renderTable, useColor } from './table.js';
import type { Cell, Color } from './table.js';

const marks: Record<PairKind, { mark: string; color?: Color }> = {
  same: { mark: '' },
  modified: { mark: '~', color: 'yellow' },
  moved: { mark: '↕', color: 'yellow' },
  merged: { mark: '⊃', color: 'yellow' },
  split: { mark: '⊂', color: 'yellow' },
  deleted: { mark: '✗', color: 'red' },
  added: { mark: '+', color: 'green' },
};

/**
 * The matrix for a person: one row per base provision (and per provision the base lacks), one column per
 * proposal, each cell the proposal's provision numbers with a mark for how they relate to the base provision
 * (`~` modified, `↕` moved, `⊃` merged, `⊂` split, `✗` dropped, `+` added). The marks carry the meaning, so
 * the output reads the same without colour.
 * @example renderMatrix(alignMatrix([us28, e3], 'us-28'), false) // 'us-28  e3-counter\n…\n6      6 ~\n…'
 */
export function renderMatrix(matrix: ProposalMatrix, isColored: boolean): string {
  const cellOf = (cell: MatrixCell | null | undefined): Cell => {
    if (!cell) return '';
    const { mark, color } = marks[cell.kind];
    const nums = cell.nums.join(', ');
    return { text: cell.kind === 'deleted' ? mark : `${nums}${mark ? ` ${mark}` : ''}`, color };
  };
  const rows = matrix.rows.map((row) => matrix.proposals.map((id) => cellOf(row.cells[id])));
  const table = renderTable(
    matrix.proposals.map((id) => ({ header: id })),
    rows,
    isColored,
  );
  const legend = paint(
    `relative to ${matrix.base}: ~ modified  ↕ moved  ⊃ merged  ⊂ split  ✗ dropped  + added; unmarked is the same text`,
    'dim',
    isColored,
  );
  return `${table}${legend}\n`;
}

/** The proposal the others of the selection revise most often (`revises:` in their front matter), if any. */
function mostRevised(proposals: readonly { id: string; revises?: string | undefined }[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const p of proposals) {
    const count = proposals.filter((q) => q.revises === p.id).length;
    if (count > bestCount) [best, bestCount] = [p.id, count];
  }
  return best;
}

interface MatrixOptions {
  json?: boolean;
  base?: string;
}

/**
 * `parley matrix <case> [ids…]`: aligns the case's proposals (or the named ones) into rows against a base
 * (`--base`; by default the one the others revise, else the first named) and prints the table, or `{ base, proposals, rows }` with `--json`.
 * Exit 0, 1 when the case is invalid, 2 for an unknown proposal id.
 */
export async function matrix(dir: string, ids: string[], options: MatrixOptions): Promise<number> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) return reportErrors(loaded.errors);
  const theCase = loaded.value;
  const known = theCase.proposals.map((p) => p.id);
  const chosen = ids.length > 0 ? ids : known;
  const base =
    options.base ?? mostRevised(theCase.proposals.filter((p) => chosen.includes(p.id))) ?? chosen[0];
  const unknown = [...chosen, ...(base === undefined ? [] : [base])].find((id) => !known.includes(id));
  if (unknown !== undefined) {
    process.stderr.write(
      `parley matrix: unknown proposal '${unknown}' in case ${theCase.id} (expected one of: ${known.join(', ')})\n`,
    );
    return exitCodes.usage;
  }
  if (base === undefined) {
    process.stderr.write(`parley matrix: case ${theCase.id} has no proposals to align\n`);
    return exitCodes.invalid;
  }
  const selected = [...new Set([base, ...chosen])].map((id) => theCase.proposals.find((p) => p.id === id)!);
  const result = alignMatrix(selected, base);
  process.stdout.write(
    options.json ? `${JSON.stringify(result)}\n` : renderMatrix(result, useColor(process.stdout)),
  );
  return exitCodes.ok;
}

/** Registers `parley matrix <case> [ids…] [--base id] [--json]`. */
export const registerMatrix: CommandRegistration = (program: Command, run) => {
  program
    .command('matrix <case> [ids...]')
    .description('align several proposals of a case into rows of corresponding provisions, against a base')
    .option(
      '--base <id>',
      'the proposal the others are compared with (default: the one they revise, else the first id)',
    )
    .option(
      '--json',
      'print { "base", "proposals", "rows": [ { "base", "cells": { id: { nums, kind, similarity } } } ] }',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  parley matrix cases/ukraine-2025\n  parley matrix cases/ukraine-2025 us-28 e3-counter istanbul-2022 --base us-28 --json',
    )
    .action(run(matrix));
};
