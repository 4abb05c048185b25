// The generated revision pairs of `npm run bench:compare`: a document of n provisions (~100 words each,
// Zipf-like words of a made-up vocabulary, seeded) and a revision that rewords, deletes, splits, moves and
// inserts, with the true alignment. Shared with anything that needs the same documents on disk.
import type { ComparableProvision } from '../src/compare/index.js';

/** mulberry32: a small seeded PRNG, so every run generates the same documents. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const syllables = 'ka ri to na se mo lu vi de pa ra ti no su me ko la ve di po ru ta ni so mi'.split(' ');
const stop = ['the', 'of', 'and', 'to', 'in', 'a', 'is', 'for', 'on', 'with', 'by', 'as'];

function vocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const n = 2 + Math.floor(random() * 3);
    words.add(Array.from({ length: n }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  return [...words];
}

/** Zipf-like word choice: rank r drawn with weight ~1/r, stop words a third of the text. */
function sentence(random: () => number, words: string[], length: number): string {
  const out: string[] = [];
  for (let k = 0; k < length; k++) {
    if (random() < 0.33) out.push(stop[Math.floor(random() * stop.length)]!);
    else
      out.push(
        words[Math.min(words.length - 1, Math.floor(Math.exp(random() * Math.log(words.length))) - 1)]!,
      );
  }
  if (random() < 0.2)
    out.splice(Math.floor(random() * out.length), 0, `${1 + Math.floor(random() * 900)},000`);
  return `${out.join(' ')}.`;
}

function reword(random: () => number, text: string, words: string[], rate: number): string {
  const tokens = text.slice(0, -1).split(' ');
  const out: string[] = [];
  for (const token of tokens) {
    const r = random();
    if (r < rate / 3) continue; // deleted word
    if (r < (2 * rate) / 3)
      out.push(words[Math.floor(random() * words.length)]!); // replaced
    else out.push(token);
    if (random() < rate / 3) out.push(words[Math.floor(random() * words.length)]!); // inserted
  }
  return `${out.join(' ')}.`;
}

export interface Generated {
  a: ComparableProvision[];
  b: ComparableProvision[];
  truth: Set<string>;
}

/** A document of `n` provisions (~100 words each) and a revision with rewording, deletions, insertions, moves and splits. */
export function generate(n: number, seed: number): Generated {
  const random = seeded(seed);
  const words = vocabulary(random, 20_000);
  const a = Array.from({ length: n }, (_, k) => ({
    num: String(k + 1),
    text: sentence(random, words, 60 + Math.floor(random() * 80)),
  }));
  type Draft = { text: string; from: string | null; kind: string };
  const drafts: Draft[] = [];
  const moved: Draft[] = [];
  for (const p of a) {
    const r = random();
    if (r < 0.04) continue; // deleted
    if (r < 0.08) {
      const half = p.text.split(' ');
      const cut = Math.floor(half.length / 2);
      drafts.push({ text: `${half.slice(0, cut).join(' ')}.`, from: p.num, kind: 'split' });
      drafts.push({ text: half.slice(cut).join(' '), from: p.num, kind: 'split' });
    } else if (r < 0.11)
      moved.push({ text: reword(random, p.text, words, 0.05), from: p.num, kind: 'moved' });
    else if (r < 0.3)
      drafts.push({ text: reword(random, p.text, words, 0.15), from: p.num, kind: 'modified' });
    else drafts.push({ text: p.text, from: p.num, kind: 'same' });
    if (random() < 0.04) drafts.push({ text: sentence(random, words, 80), from: null, kind: 'added' });
  }
  for (const m of moved) drafts.splice(Math.floor(random() * drafts.length), 0, m);
  const b = drafts.map((d, k) => ({ num: String(k + 1), text: d.text }));
  const truth = new Set(drafts.map((d, k) => `${d.from}→${k + 1}`));
  const kept = new Set(drafts.map((d) => d.from));
  for (const p of a) if (!kept.has(p.num)) truth.add(`${p.num}→null`);
  return { a, b, truth };
}
