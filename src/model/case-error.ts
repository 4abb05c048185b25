/** The stable codes of the mistakes a case can contain; `docs/errors.md` says how to fix each. */
export type CaseErrorCode =
  | 'unreadable_file'
  | 'invalid_yaml'
  | 'invalid_front_matter'
  | 'invalid_value'
  | 'unknown_field'
  | 'missing_field'
  | 'duplicate_id'
  | 'unknown_issue'
  | 'unknown_option'
  | 'unknown_party'
  | 'unknown_track'
  | 'unknown_proposal'
  | 'revises_cycle'
  | 'conflicting_codes'
  | 'invalid_code'
  | 'file_too_large'
  | 'binary_file'
  | 'empty_file'
  | 'duplicate_code'
  | 'issue_without_values'
  | 'too_many_options'
  | 'unsatisfiable_coherence'
  | 'invalid_sharing'
  | 'file_name_mismatch'
  | 'not_a_case';

/** A mistake in a case, with its place, in the author's words (STYLE.md §6). */
export interface CaseError {
  /** Relative to the case folder: `positions/ua.yaml`. */
  file: string;
  /** 1-based; 0 when the mistake belongs to the whole file. */
  line: number;
  code: CaseErrorCode;
  message: string;
  /** What would have been accepted, when known. */
  expected?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: CaseError[] };

/** One line per error: `positions/ua.yaml:14: unknown option 'cap-700k' … (expected one of: …)`. */
export const formatCaseError = (e: CaseError): string =>
  `${e.file}${e.line > 0 ? `:${e.line}` : ''}: ${e.message}` +
  (e.expected && e.expected.length > 0 ? ` (expected one of: ${e.expected.join(', ')})` : '');
