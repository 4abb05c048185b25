import type { FieldErrors } from '../logic/position-draft.js';

/** The id of the message shown under a field, for its `aria-describedby`. */
export const fieldErrorId = (path: string): string => `error-${path.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

/**
 * What an input needs to carry its error: `aria-invalid` and the message's id. Spread it on the input.
 * @example <input {...invalidProps(errors, 'reservation')} />
 */
export function invalidProps(
  errors: FieldErrors,
  path: string,
): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return errors[path] ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(path) } : {};
}

/** The message of one field's error, right under it, or nothing. */
export function FieldError({ errors, path }: { errors: FieldErrors; path: string }) {
  const message = errors[path];
  if (!message) return null;
  return (
    <span className="field-error" id={fieldErrorId(path)}>
      {message}
    </span>
  );
}
