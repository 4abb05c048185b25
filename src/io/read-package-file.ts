import { z } from 'zod';
import { Package } from '../model/index.js';
import type { CaseError } from '../model/index.js';
import { readYamlFile } from './read-yaml-file.js';

/** A package file read: the package when valid, every mistake with its line, and the line of each issue. */
export interface ReadPackageFile {
  package?: Package;
  errors: CaseError[];
  /** File line of an issue's entry (0 when the file has none). */
  lineOf(issue: string): number;
}

/**
 * Reads a package given by hand (`parley draft --package <file>`): YAML or JSON mapping issue → option,
 * or a solution as `parley solve --json` prints it (`{ options: {…}, utilities: {…} }`), whose `options`
 * are the package. Ids are checked here; whether the case has those issues and options is the caller's
 * question (`findDraftProblems`), answered at `lineOf(issue)`.
 * @example readPackageFile('nash.yaml', 'military.cap: cap-800k\n').package // { 'military.cap': 'cap-800k' }
 */
export function readPackageFile(file: string, text: string): ReadPackageFile {
  const expected = 'a package: one `issue: option` line per issue';
  const read = readYamlFile(file, text, z.record(z.string(), z.unknown()), expected);
  if (!read.value) return { errors: read.errors, lineOf: () => 0 };
  const isSolution = typeof read.value.options === 'object' && read.value.options !== null;
  const prefix = isSolution ? ['options'] : [];
  const raw = isSolution ? read.value.options : read.value;
  const lineOf = (issue: string): number => read.lineAt([...prefix, issue]);
  const parsed = Package.safeParse(raw);
  if (parsed.success) return { package: parsed.data, errors: [], lineOf };
  const errors = parsed.error.issues.map((issue): CaseError => {
    const key = String(issue.path[0] ?? '');
    const isKey = issue.code === 'invalid_key';
    return {
      file,
      line: lineOf(key),
      code: 'invalid_value',
      message: isKey
        ? `'${key}' is not an issue id: use lower-case letters, digits, '.' and '-'`
        : `the option of ${key} must be an option id such as cap-600k, not ${JSON.stringify((raw as Record<string, unknown>)[key])}`,
    };
  });
  return { errors, lineOf };
}
