/** Text normalised to NFC, with the way back from its offsets to offsets in the original input. */
export interface NormalizedText {
  text: string;
  /** Maps an offset in `text` (0..text.length) to the offset in the original input where its character began. */
  toOriginal: (offset: number) => number;
}

// NFC only composes a character with the marks (and Hangul vowel/final jamo) that follow it, so a base
// character with its trailing marks is a unit that normalises on its own. Below U+0300 there are no marks
// and every character is its own NFC, which makes the common case a plain copy.
const mark = /^[\p{M}\u1160-\u11FF]/u;
const isMarkAt = (text: string, i: number): boolean =>
  text.charCodeAt(i) >= 0x300 && mark.test(text.slice(i, i + 2));

/**
 * Normalises `input` to NFC and keeps a map back to the original offsets.
 * Input that is already NFC (the usual case) is returned as is, with the identity map. Otherwise every
 * cluster (a character and its combining marks) is normalised on its own, and each offset inside the
 * normalised cluster maps to the cluster's start in the input; the end of the text maps to `input.length`.
 * @example normalizeWithOffsets('Cafe\u0301 1.').toOriginal(5) // 6: 'é' is one unit in the text, two in the input
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  if (input.normalize('NFC') === input) return { text: input, toOriginal: (offset) => offset };
  const pieces: string[] = [];
  const starts: number[] = [];
  let copied = 0;
  let i = 0;
  while (i < input.length) {
    const start = i;
    i += input.codePointAt(i)! > 0xffff ? 2 : 1;
    if (input.charCodeAt(start) < 0x300 && !isMarkAt(input, i)) continue;
    while (i < input.length && isMarkAt(input, i)) i += input.codePointAt(i)! > 0xffff ? 2 : 1;
    const cluster = input.slice(start, i);
    const nfc = cluster.normalize('NFC');
    if (nfc === cluster) continue;
    // A cluster that changes: everything before it is copied as is, its offsets all map to its start.
    pieces.push(input.slice(copied, start), nfc);
    starts.push(start, i, nfc.length);
    copied = i;
  }
  pieces.push(input.slice(copied));
  const text = pieces.join('');
  const map = new Uint32Array(text.length + 1);
  let offset = 0;
  let from = 0;
  for (let k = 0; k < starts.length; k += 3) {
    const start = starts[k] ?? 0;
    const end = starts[k + 1] ?? 0;
    const length = starts[k + 2] ?? 0;
    for (let j = from; j < start; j++) map[offset++] = j;
    for (let j = 0; j < length; j++) map[offset++] = start;
    from = end;
  }
  for (let j = from; j <= input.length; j++) map[offset++] = j;
  return { text, toOriginal: (at) => map[at] ?? input.length };
}
