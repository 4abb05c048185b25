/** Text normalised to NFC, with the way back from its offsets to offsets in the original input. */
export interface NormalizedText {
  text: string;
  /** Maps an offset in `text` (0..text.length) to the offset in the original input where its character began. */
  toOriginal: (offset: number) => number;
}

// NFC only composes a character with the marks (and Hangul vowel/final jamo) that follow it, so a base
// character with its trailing marks is a unit that normalises on its own.
const composingCluster = /[^][\p{M}\u1160-\u11FF]*/gu;

/**
 * Normalises `input` to NFC and keeps a map back to the original offsets.
 * Input that is already NFC (the usual case) is returned as is, with the identity map. Otherwise every
 * cluster (a character and its combining marks) is normalised on its own, and each offset inside the
 * normalised cluster maps to the cluster's start in the input; the end of the text maps to `input.length`.
 * @example normalizeWithOffsets('Cafe\u0301 1.').toOriginal(5) // 6: 'é' is one unit in the text, two in the input
 */
export function normalizeWithOffsets(input: string): NormalizedText {
  const nfc = input.normalize('NFC');
  if (nfc === input) return { text: input, toOriginal: (offset) => offset };
  const parts: string[] = [];
  const starts: number[] = [];
  for (const match of input.matchAll(composingCluster)) {
    const part = match[0].normalize('NFC');
    parts.push(part);
    for (let k = 0; k < part.length; k++) starts.push(match.index);
  }
  starts.push(input.length);
  const map = Uint32Array.from(starts);
  return { text: parts.join(''), toOriginal: (offset) => map[offset] ?? input.length };
}
