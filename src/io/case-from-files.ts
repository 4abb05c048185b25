import { CaseManifest, Position, ReleasedPackages, validateCase } from '../model/index.js';
import type { Case, CaseError, CaseProblem, Proposal, Result } from '../model/index.js';
import { readProposal } from './read-proposal.js';
import { readYamlFile } from './read-yaml-file.js';
import type { DataPath } from './yaml-source.js';

/** The files of a case folder, by path relative to the folder with `/` separators: `proposals/us-28.md`. */
export type CaseFiles = ReadonlyMap<string, string>;

const positionFile = /^positions\/([^/@]+)\.ya?ml$/;
/** An earlier version of a position: `positions/<party>@<YYYY-MM-DD>.yaml`, dated by its `asOf`. */
const earlierPositionFile = /^positions\/([^/@]+)@(\d{4}-\d{2}-\d{2})\.ya?ml$/;
const proposalFile = /^proposals\/([^/]+)\.md$/;
/** A mediators' estimate of a party's position: `estimates/<party>.yaml`. */
const estimateFile = /^estimates\/([^/@]+)\.ya?ml$/;
/** The packages the mediators released to the delegates (issue 17). */
const releasedFile = 'released-packages.yaml';

/**
 * The answer for something that is not a case at all: one `not_a_case` error at line 0 of `file`.
 * @example notACase('case.yaml', 'missing case.yaml: …') // { ok: false, errors: [{ file: 'case.yaml', line: 0, code: 'not_a_case', … }] }
 */
export function notACase(file: string, message: string): Result<never> {
  return { ok: false, errors: [{ file, line: 0, code: 'not_a_case', message }] };
}

/** A document that was read, with the file it came from and its lines. */
interface Located<T> {
  file: string;
  value?: T;
  lineAt(path: DataPath): number;
}

/**
 * File order for errors: case.yaml, positions, estimates, proposals, then the released packages, each by path;
 * lines in order within.
 */
const rank = (file: string): string =>
  (file === 'case.yaml'
    ? '0'
    : file.startsWith('positions/')
      ? '1'
      : file.startsWith('estimates/')
        ? '2'
        : file === releasedFile
          ? '4'
          : '3') + file;
const byPlace = (a: CaseError, b: CaseError): number =>
  rank(a.file) < rank(b.file) ? -1 : rank(a.file) > rank(b.file) ? 1 : a.line - b.line;

/** `file_name_mismatch` when the id inside a file is not the one its name promises (DESIGN.md, case folder). */
function checkFileName(
  file: string,
  stem: string,
  id: string,
  field: string,
  lineOf: () => number,
): CaseError | undefined {
  if (stem === id) return undefined;
  const folder = file.slice(0, file.indexOf('/'));
  return {
    file,
    line: lineOf(),
    code: 'file_name_mismatch',
    message: `${field} '${id}' does not match the file name: rename the file to ${folder}/${id}${file.slice(file.lastIndexOf('.'))} or write ${field}: ${stem}`,
  };
}

/**
 * Reads a case from its files, without touching the disk: `case.yaml`, `proposals/*.md`, `positions/*.yaml`
 * the earlier versions `positions/<party>@<YYYY-MM-DD>.yaml`, the mediators' estimates
 * `estimates/<party>.yaml` and the packages they released, `released-packages.yaml` (other files are ignored). Every mistake of every file is collected, each with its file and line: first
 * YAML and schema mistakes; when there are none, the cross-references of `validateCase`. Proposals and
 * positions come in file-name order. `unreadable` are errors of files that could not be read at all (too
 * large, not text): they are reported with the rest, and the cross-references are then not checked.
 * @example caseFromFiles(new Map([['case.yaml', 'id: demo\ntitle: Demo\n']])) // { ok: true, value: { id: 'demo', … } }
 */
export function caseFromFiles(files: CaseFiles, unreadable: readonly CaseError[] = []): Result<Case> {
  const paths = [...files.keys()].map((path) => path.replace(/\\/g, '/')).sort();
  const text = (path: string): string => files.get(path) ?? files.get(path.replace(/\//g, '\\')) ?? '';
  if (!paths.includes('case.yaml') && !unreadable.some((e) => e.file === 'case.yaml'))
    return notACase(
      'case.yaml',
      'missing case.yaml: a case folder holds case.yaml, proposals/<id>.md and positions/<party>.yaml',
    );

  const errors: CaseError[] = [...unreadable];
  const manifest: { value?: CaseManifest; errors: CaseError[]; lineAt(path: DataPath): number } =
    paths.includes('case.yaml')
      ? readYamlFile(
          'case.yaml',
          text('case.yaml'),
          CaseManifest,
          'the case: id, title, parties, tracks and issues',
        )
      : { errors: [], lineAt: () => 0 };
  errors.push(...manifest.errors);

  const positions: Located<Position>[] = [];
  for (const file of paths.filter((path) => positionFile.test(path))) {
    const read = readYamlFile(
      file,
      text(file),
      Position,
      'a position: party, reservation, weights, utilities and red lines',
    );
    errors.push(...read.errors);
    const stem = positionFile.exec(file)?.[1] ?? '';
    const mismatch =
      read.value && checkFileName(file, stem, read.value.party, 'party', () => read.lineAt(['party']));
    if (mismatch) errors.push(mismatch);
    positions.push({ file, ...read });
  }

  const earlierPositions: Located<Position>[] = [];
  for (const file of paths.filter((path) => earlierPositionFile.test(path))) {
    const read = readYamlFile(
      file,
      text(file),
      Position,
      'an earlier position: party, asOf, reservation, weights, utilities and red lines',
    );
    errors.push(...read.errors);
    const [, party = '', date = ''] = earlierPositionFile.exec(file) ?? [];
    const mismatch =
      read.value &&
      (checkFileName(file, party, read.value.party, 'party', () => read.lineAt(['party'])) ??
        (read.value.asOf === date
          ? undefined
          : {
              file,
              line: read.lineAt(read.value.asOf === undefined ? ['party'] : ['asOf']),
              code: 'file_name_mismatch' as const,
              message: `an earlier position's asOf must be the date in its file name: write asOf: ${date}`,
            }));
    if (mismatch) errors.push(mismatch);
    earlierPositions.push({ file, ...read });
  }

  const estimates: Located<Position>[] = [];
  for (const file of paths.filter((path) => estimateFile.test(path))) {
    const read = readYamlFile(
      file,
      text(file),
      Position,
      "a mediators' estimate of a position: party, reservation, weights, utilities and red lines",
    );
    errors.push(...read.errors);
    const stem = estimateFile.exec(file)?.[1] ?? '';
    const mismatch =
      read.value && checkFileName(file, stem, read.value.party, 'party', () => read.lineAt(['party']));
    if (mismatch) errors.push(mismatch);
    estimates.push({ file, ...read });
  }

  const readReleased = paths.includes(releasedFile)
    ? readYamlFile(
        releasedFile,
        text(releasedFile),
        ReleasedPackages,
        'the packages the mediators released: packages, a list of { <issue>: <option> }, one option for every issue',
      )
    : undefined;
  if (readReleased) errors.push(...readReleased.errors);
  const released: Located<ReleasedPackages> | undefined = readReleased && {
    file: releasedFile,
    ...readReleased,
  };

  const proposals: Located<Proposal>[] = [];
  for (const file of paths.filter((path) => proposalFile.test(path))) {
    const read = readProposal(file, text(file));
    errors.push(...read.errors);
    const stem = proposalFile.exec(file)?.[1] ?? '';
    const mismatch =
      read.proposal && checkFileName(file, stem, read.proposal.id, 'id', () => read.lineAt(['id']));
    if (mismatch) errors.push(mismatch);
    proposals.push({ file, value: read.proposal, lineAt: read.lineAt });
  }

  // Cross-references are checked only when every document could be read: a proposal that failed would make
  // every reference to it look broken.
  const isComplete =
    unreadable.length === 0 &&
    [...positions, ...earlierPositions, ...estimates, ...proposals].every((d) => d.value !== undefined) &&
    (!released || released.value !== undefined);
  if (!manifest.value || !isComplete) return { ok: false, errors: errors.sort(byPlace) };
  const c: Case = {
    ...manifest.value,
    proposals: proposals.flatMap((p) => (p.value ? [p.value] : [])).sort(byTabling),
    positions: positions.flatMap((p) => (p.value ? [p.value] : [])).sort(byPartyOrder(manifest.value)),
    ...(earlierPositions.length > 0
      ? { earlierPositions: earlierPositions.flatMap((p) => (p.value ? [p.value] : [])) }
      : {}),
    ...(estimates.length > 0
      ? { estimates: estimates.flatMap((p) => (p.value ? [p.value] : [])).sort(byPartyOrder(manifest.value)) }
      : {}),
    ...(released?.value ? { releasedPackages: released.value.packages } : {}),
  };
  // validateCase locates problems by index into the documents as read, so it sees them in file order.
  const problems = validateCase({
    ...c,
    proposals: proposals.flatMap((p) => (p.value ? [p.value] : [])),
    positions: positions.flatMap((p) => (p.value ? [p.value] : [])),
    ...(earlierPositions.length > 0
      ? { earlierPositions: earlierPositions.flatMap((p) => (p.value ? [p.value] : [])) }
      : {}),
    ...(estimates.length > 0 ? { estimates: estimates.flatMap((p) => (p.value ? [p.value] : [])) } : {}),
  });
  if (problems.length === 0 && errors.length === 0) return { ok: true, value: c };
  const place = (problem: CaseProblem): Located<unknown> => {
    const { at } = problem;
    if (at.document === 'case') return { file: 'case.yaml', lineAt: manifest.lineAt };
    if (at.document === 'released-packages') return released!;
    const located =
      at.document === 'proposal'
        ? proposals[at.index]
        : at.document === 'earlier-position'
          ? earlierPositions[at.index]
          : at.document === 'estimate'
            ? estimates[at.index]
            : positions[at.index];
    if (!located)
      throw new Error(`caseFromFiles: validateCase named ${at.document} #${at.index}, which was not read`);
    return located;
  };
  const crossReferences = problems.map(({ at: _at, path, ...problem }, i): CaseError => {
    const located = place(problems[i] as CaseProblem);
    return { file: located.file, line: located.lineAt(path), ...problem };
  });
  return { ok: false, errors: [...errors, ...crossReferences].sort(byPlace) };
}

/** Chronological order of tabling: dated proposals by date, then undated ones; ties by id. */
function byTabling(a: Proposal, b: Proposal): number {
  const dateA = a.date ?? '\uffff';
  const dateB = b.date ?? '\uffff';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The order of the parties in case.yaml; a position of an unknown party (already an error) goes last. */
function byPartyOrder(manifest: CaseManifest): (a: Position, b: Position) => number {
  const rank = new Map(manifest.parties.map((party, i) => [party.id, i]));
  const rankOf = (p: Position) => rank.get(p.party) ?? manifest.parties.length;
  return (a, b) => rankOf(a) - rankOf(b) || (a.party < b.party ? -1 : a.party > b.party ? 1 : 0);
}
