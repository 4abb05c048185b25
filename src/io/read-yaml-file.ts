import type { z } from 'zod';
import type { CaseError } from '../model/index.js';
import { schemaErrors } from './schema-errors.js';
import { parseYamlSource } from './yaml-source.js';
import type { DataPath } from './yaml-source.js';

/** A YAML file of a case read against its schema: the value when valid, every mistake, and its lines. */
export interface ReadYaml<T> {
  value?: T;
  errors: CaseError[];
  lineAt(path: DataPath): number;
}

/**
 * Checks text that must be a readable text file: not empty, no NUL bytes (a binary file). Returns the
 * error, or nothing when the text can be parsed.
 */
export function checkText(file: string, text: string, expected: string): CaseError | undefined {
  if (text.includes('\u0000'))
    return {
      file,
      line: 0,
      code: 'binary_file',
      message: `this is a binary file, not text: expected ${expected}`,
    };
  if (text.trim() === '')
    return { file, line: 0, code: 'empty_file', message: `the file is empty: expected ${expected}` };
  return undefined;
}

/**
 * Reads `case.yaml` or `positions/<party>.yaml`: YAML with node ranges, then the schema, so every mistake
 * (YAML syntax, unknown or missing field, wrong kind of value) comes with its file line. `expected` says
 * what the file should hold, for an empty or unusable file.
 * @example readYamlFile('positions/ua.yaml', 'party: ua\nreservaton: 20\n', Position, 'a position').errors[0].line // 2
 */
export function readYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  expected: string,
): ReadYaml<z.infer<S>> {
  const unreadable = checkText(file, text, expected);
  if (unreadable) return { errors: [unreadable], lineAt: () => 0 };
  const source = parseYamlSource(file, text);
  if (source.errors.length > 0) return { errors: source.errors, lineAt: source.lineAt };
  const raw = source.value;
  if (raw === null || raw === undefined)
    return {
      errors: [
        { file, line: 0, code: 'empty_file', message: `the file holds only comments: expected ${expected}` },
      ],
      lineAt: source.lineAt,
    };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return {
      errors: [
        {
          file,
          line: 1,
          code: 'invalid_value',
          message: `the file must hold fields (key: value), not ${Array.isArray(raw) ? 'a list' : 'a single value'}: expected ${expected}`,
        },
      ],
      lineAt: source.lineAt,
    };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { value: parsed.data, errors: [], lineAt: source.lineAt };
  const errors = schemaErrors(schema, raw, parsed.error.issues).map(({ path, ...error }): CaseError => ({
    file,
    line: source.lineAt(path),
    ...error,
  }));
  return { errors, lineAt: source.lineAt };
}
