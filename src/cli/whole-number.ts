/**
 * A whole-number option as typed: undefined when it was not given, null when it is not a whole number from
 * `min` to `max`.
 * @example wholeNumberOption('8', 1, 256) // 8
 * @example wholeNumberOption('1.5', 1, 256) // null
 */
export function wholeNumberOption(
  text: string | undefined,
  min: number,
  max: number,
): number | undefined | null {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}
