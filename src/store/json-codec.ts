// Plain JSON turns Infinity into null, but option values and min/max rules use `.inf` for "no limit"
// (DESIGN.md), so the store spells infinities as strings in these numeric fields only.
const numericKeys = new Set(['value', 'min', 'max']);

/**
 * Encodes a model value as JSON text, keeping ±Infinity in `value`, `min` and `max` fields.
 * @example encodeJson({ value: Infinity }) // '{"value":"Infinity"}'
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) =>
    numericKeys.has(key) && (v === Infinity || v === -Infinity) ? String(v) : v,
  );
}

/** Decodes text written by `encodeJson`, restoring ±Infinity. */
export function decodeJson(text: string): unknown {
  // A reviver costs a call per value; most documents have no infinity, so skip it for them.
  if (!text.includes('Infinity"')) return JSON.parse(text);
  return JSON.parse(text, (key, v: unknown) =>
    numericKeys.has(key) && (v === 'Infinity' || v === '-Infinity') ? Number(v) : v,
  );
}
