import { languageOf, latinNumber, tokenizeText, type Language } from '../text/index.js';
import { alignLinks, defaultTuning, type AlignTuning, type Link } from './align-provisions.js';
import type { ComparableProvision, Comparison, PairWhy, ProvisionPair } from './comparison.js';
import { explainPair } from './explain-pair.js';
import { summarizeIssueChanges } from './issue-changes.js';
import { redlineText } from './redline.js';

/**
 * Compares two proposals: which provision became which (alignment), how each changed (word-level redline)
 * and, when both sides are coded, which issues changed. Every provision of A is a `from` at least once and
 * every provision of B a `to` at least once. Pairs follow B's document order; a deleted A provision follows the
 * last pair of the A provision before it. Similarities are rounded to 3 decimals.
 * @example compareProposals(us28, e3).pairs.find((p) => p.from === '6') // { from: '6', to: '6', kind: 'modified', similarity: 0.653, redline: [...] }
 */
export function compareProposals(
  a: readonly ComparableProvision[],
  b: readonly ComparableProvision[],
  tuning: AlignTuning = defaultTuning,
): Comparison {
  const links = alignLinks(a, b, tuning);
  // Without a Cyrillic letter on either side every text is English (or has no letters): none is translated.
  const languages = [a, b].some((side) => side.some((p) => CYRILLIC.test(p.text)))
    ? { a: documentLanguage(a), b: documentLanguage(b) }
    : undefined;
  const pairs = orderPairs(links, a.length, b.length).flatMap((link) => pairsOf(link, a, b, languages));
  const issues = summarizeIssueChanges(a, b, pairs);
  return issues ? { pairs, issues } : { pairs };
}

/**
 * Text identity after normalisation: NFC, lower case, punctuation dropped, spacing collapsed. Renumbering is
 * not a change, so numbers of provisions are not part of it.
 * @example isSameText('Capped at 600,000;', 'capped at 600,000.') // true
 */
export function isSameText(x: string, y: string): boolean {
  return x === y || normalized(x) === normalized(y);
}

function normalized(text: string): string {
  return tokenizeText(text.normalize('NFC'))
    .filter((t) => t.isWord)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** Links in B's order (by first B provision), each deleted A provision after the link of its predecessor in A. */
function orderPairs(links: readonly Link[], n: number, m: number): Link[] {
  const byB = new Array<Link | undefined>(m);
  const deleted = new Array<Link | undefined>(n);
  for (const link of links) {
    if (link.bs.length > 0) byB[link.bs[0]!] = link;
    else deleted[link.as[0]!] = link;
  }
  // The last place where each A provision shows up in B order; deleted provisions hang after it.
  const placed = byB.filter((l): l is Link => l !== undefined);
  const lastOfA = new Int32Array(n).fill(-1);
  placed.forEach((link, k) => link.as.forEach((i) => (lastOfA[i] = k)));
  const out: Link[] = [];
  const emitDeletedAfter = (i: number): void => {
    for (let x = i + 1; x < n && deleted[x]; x++) out.push(deleted[x]!);
  };
  emitDeletedAfter(-1);
  placed.forEach((link, k) => {
    out.push(link);
    for (const i of link.as) if (lastOfA[i] === k) emitDeletedAfter(i);
  });
  return out;
}

const CYRILLIC = /[\u0400-\u04ff]/; // the letters `languageOf` counts as Cyrillic

function documentLanguage(ps: readonly ComparableProvision[]): Language {
  return languageOf(
    ps
      .map((p) => p.text)
      .join(' ')
      .slice(0, 50_000),
  );
}

/**
 * Whether two texts are in different languages. Letters decide Latin against Cyrillic per text; Russian
 * against Ukrainian is the documents' (a short Ukrainian point may lack the letters that tell them apart).
 */
function isTranslated(x: string, y: string, languages: { a: Language; b: Language }): boolean {
  const cyrillic = (l: Language) => l === 'ru' || l === 'uk';
  const own = (text: string, document: Language): Language => {
    const l = languageOf(text);
    return cyrillic(l) && cyrillic(document) ? document : l;
  };
  const [lx, ly] = [own(x, languages.a), own(y, languages.b)];
  return lx !== 'other' && ly !== 'other' && lx !== ly;
}

function positionOf(link: Link, from: readonly ComparableProvision[], to: readonly ComparableProvision[]) {
  if (link.reason === 'issue summary') return 'issue summary';
  if (link.kind === 'deleted' || link.kind === 'added') return 'no counterpart';
  if (link.kind === 'moved') return 'out of order';
  const same = from.some((x) => to.some((y) => latinNumber(x.num) === latinNumber(y.num)));
  return same ? 'same number' : 'in order';
}

function pairsOf(
  link: Link,
  a: readonly ComparableProvision[],
  b: readonly ComparableProvision[],
  languages: { a: Language; b: Language } | undefined,
): ProvisionPair[] {
  const similarity = Math.round(link.similarity * 1000) / 1000;
  const from = link.as.map((i) => a[i]!);
  const to = link.bs.map((j) => b[j]!);
  const [fromText, toText] = [joinTexts(from), joinTexts(to)];
  const issuesOf = (ps: readonly ComparableProvision[]) => [
    ...new Set(ps.flatMap((p) => (p.codes ?? []).map((c) => c.issue))),
  ];
  const why: PairWhy = explainPair(
    fromText,
    toText,
    issuesOf(from),
    issuesOf(to),
    positionOf(link, from, to),
  );
  // Across languages every word would be a change: the two texts are shown side by side instead.
  const translated =
    languages !== undefined && from.length > 0 && to.length > 0 && isTranslated(fromText, toText, languages);
  const redlineOf = (x: string, y: string) => (translated ? [] : redlineText(x, y));
  const extra = translated
    ? { translation: true as const, texts: { from: fromText, to: toText }, why }
    : { why };
  switch (link.kind) {
    case 'deleted':
      return [
        {
          from: from[0]!.num,
          to: null,
          kind: 'deleted',
          similarity: 0,
          redline: redlineText(from[0]!.text, ''),
          why,
        },
      ];
    case 'added':
      return [
        {
          from: null,
          to: to[0]!.num,
          kind: 'added',
          similarity: 0,
          redline: redlineText('', to[0]!.text),
          why,
        },
      ];
    case 'merged': {
      const redline = redlineOf(fromText, toText);
      const group = from.map((p) => p.num);
      return from.map((p) => ({
        from: p.num,
        to: to[0]!.num,
        kind: 'merged',
        similarity,
        redline,
        group,
        ...extra,
      }));
    }
    case 'split': {
      const redline = redlineOf(fromText, toText);
      const group = to.map((p) => p.num);
      return to.map((p) => ({
        from: from[0]!.num,
        to: p.num,
        kind: 'split',
        similarity,
        redline,
        group,
        ...extra,
      }));
    }
    case 'moved':
    case 'pair': {
      const [x, y] = [from[0]!, to[0]!];
      const isSame = isSameText(x.text, y.text);
      const kind = link.kind === 'moved' ? 'moved' : isSame ? 'same' : 'modified';
      return [
        {
          from: x.num,
          to: y.num,
          kind,
          similarity: isSame ? 1 : similarity,
          redline: redlineOf(x.text, y.text),
          ...extra,
        },
      ];
    }
  }
}

function joinTexts(provisions: readonly ComparableProvision[]): string {
  return provisions.map((p) => p.text).join(' ');
}
