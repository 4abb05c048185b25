/**
 * The kinds of counters a label can use. Lists of different families (or of the same family written
 * differently, `1.` against `(1)`) are different lists.
 */
export type LabelFamily =
  | 'number'
  | 'keyword'
  | 'latin'
  | 'latin-upper'
  | 'roman'
  | 'roman-upper'
  | 'cyrillic'
  | 'cyrillic-upper'
  | 'bullet'
  | 'section'
  | 'footnote';

/** One way to read a label: `i.` reads as the 9th latin letter and as roman one. */
export interface LabelReading {
  family: LabelFamily;
  /** How the label is written: `dot` (`1.`), `paren` (`1)`), `parens` (`(1)`), the bullet character, or the keyword. */
  form: string;
  /** The position the label claims in its list, from 1 (bullets: 0, they don't count). */
  value: number;
  /**
   * The label's own part of `num`: `10`, `a`, `iv`, `5` (for `Article 5`), `2` (for `1.2`), `a` (for `10(a)`),
   * `annex-b` (for `Annex B`), `1` (for the footnote `[^1]:`); empty for a bullet.
   */
  name: string;
  /** For a compound label, the `num` its parent must have: `1` for `1.2`, `1-2` for `1.2.3`, `10` for `10a.`. */
  prefix?: string;
}

/** A label at the start of a line: its length as written (trailing punctuation included) and its readings. */
export interface LabelMatch {
  length: number;
  readings: LabelReading[];
}

const bullet = /^([•◦▪‣→–*-])(?=\s|$)/u;
const keyword =
  /^(?:(article|point|section|статья|пункт)\s+|(art\.|§)\s*)(\d+(?:\.\d+)*|[ivx]+)(?:\s*[.:)](?=\s|$)|\s+[-–—](?=\s|$)|(?=\s*$))/iu;
const annex =
  /^(annex|appendix|schedule|attachment|приложение)\s+(\d+|[a-z]|[ivx]+)(?:\s*[.:)](?=\s|$)|\s+[-–—](?=\s|$)|(?=\s*$))/iu;
const footnote = /^\[\^([\p{L}\p{N}]+)\]:/u;
const counter =
  /^(?:\((\d+|[a-zA-Z]|[ivx]+|[IVX]+|[а-яёА-ЯЁ])\)|(\d+|[a-zA-Z]|[ivx]+|[IVX]+|[а-яёА-ЯЁ])([.)]))(?=\s|$)/u;
// The parts after the first number of a compound label: `.2`, `.a`, `(a)`, `(ii)`, and right after the number `a`, `ii`.
const dottedPart = /^\.(\d+|[a-zA-Z]|[ivx]+)(?=[.()\s]|$)/;
const parenthesisedPart = /^\((\d+|[a-zA-Z]|[ivx]+|[IVX]+)\)/;
const directPart = /^([a-zA-Z]|[ivx]+)(?=[.)(\s]|$)/;
const markdownHeading = /^#{1,6}[ \t]+/;
const roman = /^(x{0,3})(ix|iv|v?i{0,3})$/;
// Russian lists skip ё, й, ъ, ы and ь.
const cyrillicLetters = 'абвгдежзиклмнопрстуфхцчшщэюя';

/**
 * Joins a parent's `num` and a sub-point's own part: directly when one ends in a digit and the other starts
 * with a letter or the other way round (`10a`, `a1`), with `-` otherwise (`10a-i`, `5-1`).
 * @example joinNum('10', 'a') // '10a'
 */
export function joinNum(parent: string, name: string): string {
  return /\d$/.test(parent) === /^\d/.test(name) ? `${parent}-${name}` : parent + name;
}

/**
 * Reads the label at the start of `content` (a line without its indentation), or `undefined` when the
 * line does not start with one. Recognised:
 * - `1.`, `1)`, `(1)` with any number of digits (whether `2022.` starts a point is the list's decision);
 * - compound labels that carry their parent's number: decimal `1.2`, `1.2.3.` (a sub-point of `1` and of
 *   `1.2`), `10a.`, `10a)`, `10(a)`, `10.a`, `10(ii)`, `10(a)(i)` (not when a lower-case word follows a
 *   label without closing punctuation, as in `2.1 million`, and never `5G` without it);
 * - `a.`, `a)`, `(b)` and upper case; roman `i.`, `(ii)`, `IV.` up to 39; Cyrillic `а)` (Russian order);
 * - bullets `•`, `-`, `*`, `→`, `–`, `◦`, `▪`, `‣`;
 * - `Article 5`, `Article IV`, `Art. 5`, `Point 3`, `Section 2`, `§ 2`, `Статья 5`, `Пункт 3`, and with a
 *   decimal `Article 5.1` (a sub-point of `Article 5`), in any case, followed by `.`, `:`, `)`, a spaced
 *   dash, or the end of the line;
 * - sections `Annex B`, `Appendix 2`, `Schedule IV`, `Attachment A`, `Приложение 1`, punctuated the same
 *   way (family `section`, name `annex-b`);
 * - Markdown footnote definitions `[^1]:` (family `footnote`, name `1`).
 * The label must be followed by whitespace or the end of the line. It may be bold (`**1.**`,
 * `__Article 5__`; the marks are part of the label), and a Markdown heading that starts with a number or
 * keyword label (`## Article 5`, `# 1. Scope`) is that label, `#`s included. Whether a label really starts
 * a provision depends on its list (see `placeLabel`).
 * @example readLabel('i. text') // { length: 2, readings: [latin 9, roman 1] }
 */
export function readLabel(content: string): LabelMatch | undefined {
  const heading = markdownHeading.exec(content);
  if (!heading) return readBoldLabel(content);
  const inner = readBoldLabel(content.slice(heading[0].length));
  const readings =
    inner?.readings.filter(
      (r) => r.family === 'number' || r.family === 'keyword' || r.family === 'section',
    ) ?? [];
  return inner && readings.length > 0 ? { length: heading[0].length + inner.length, readings } : undefined;
}

/** A label, possibly in bold: `**1.**`, `**Article 5.** text`, or `**1. Title.**` (only `**` opens it). */
function readBoldLabel(content: string): LabelMatch | undefined {
  const marker = content.startsWith('**') ? '**' : content.startsWith('__') ? '__' : undefined;
  if (!marker) return readPlainLabel(content);
  const inner = content.slice(2);
  const close = inner.indexOf(marker);
  if (close > 0) {
    const closed = readPlainLabel(inner.slice(0, close));
    const after = inner.slice(close + 2);
    if (closed?.length === close && (after === '' || /^\s/.test(after)))
      return { ...closed, length: close + 4 };
  }
  const open = readPlainLabel(inner);
  return open && { ...open, length: open.length + 2 };
}

function readPlainLabel(content: string): LabelMatch | undefined {
  const bulletMatch = bullet.exec(content);
  if (bulletMatch) {
    return { length: 1, readings: [{ family: 'bullet', form: bulletMatch[1] ?? '', value: 0, name: '' }] };
  }
  const footnoteMatch = footnote.exec(content);
  if (footnoteMatch) {
    const name = footnoteMatch[1] ?? '';
    return {
      length: footnoteMatch[0].length,
      readings: [{ family: 'footnote', form: 'footnote', value: 0, name }],
    };
  }
  const annexMatch = annex.exec(content);
  if (annexMatch) {
    const word = (annexMatch[1] ?? '').toLowerCase();
    const token = (annexMatch[2] ?? '').toLowerCase();
    const value = /^\d/.test(token)
      ? Number(token)
      : token.length === 1
        ? token.charCodeAt(0) - 96
        : readRoman(token);
    const name = `${word === 'приложение' ? 'annex' : word}-${token}`;
    return {
      length: annexMatch[0].trimEnd().length,
      readings: [{ family: 'section', form: 'annex', value, name }],
    };
  }
  const keywordMatch = keyword.exec(content);
  if (
    keywordMatch &&
    (/^\d/.test(keywordMatch[3] ?? '') || readRoman((keywordMatch[3] ?? '').toLowerCase()) > 0)
  ) {
    const word = (keywordMatch[1] ?? keywordMatch[2] ?? '').toLowerCase();
    const parts = (keywordMatch[3] ?? '').split('.');
    const digits = parts.pop() ?? '';
    const value = /^\d/.test(digits) ? Number(digits) : readRoman(digits.toLowerCase());
    const kind =
      word === 'point' || word === 'пункт'
        ? 'point'
        : word === 'section' || word === '§'
          ? 'section'
          : 'article';
    const reading: LabelReading = {
      family: 'keyword',
      form: parts.length > 0 ? `${kind}-decimal${parts.length}` : kind,
      value,
      name: digits,
    };
    if (parts.length > 0) reading.prefix = parts.join('-');
    return { length: keywordMatch[0].trimEnd().length, readings: [reading] };
  }
  const compound = readCompound(content);
  if (compound) return compound;
  const counterMatch = counter.exec(content);
  if (!counterMatch) return undefined;
  const token = counterMatch[1] ?? counterMatch[2] ?? '';
  const form = counterMatch[1] !== undefined ? 'parens' : counterMatch[3] === '.' ? 'dot' : 'paren';
  const readings = readCounter(token, form);
  return readings.length > 0 ? { length: counterMatch[0].length, readings } : undefined;
}

/** A label that carries its parent's number: `1.2`, `10a.`, `10(a)`, `10.a`, `10(a)(i)`; see `readLabel`. */
function readCompound(content: string): LabelMatch | undefined {
  const head = /^\d+/.exec(content);
  if (!head) return undefined;
  const parts: { token: string; style: string }[] = [{ token: head[0], style: 'number' }];
  let at = head[0].length;
  for (;;) {
    const rest = content.slice(at);
    const dotted = dottedPart.exec(rest);
    const parenthesised = dotted ? null : parenthesisedPart.exec(rest);
    const direct = dotted || parenthesised || parts.length > 1 ? null : directPart.exec(rest);
    const match = dotted ?? parenthesised ?? direct;
    if (!match) break;
    parts.push({ token: match[1] ?? '', style: dotted ? 'dot' : parenthesised ? 'parens' : 'direct' });
    at += match[0].length;
  }
  const last = parts.pop();
  if (!last || parts.length === 0) return undefined;
  const closing = /^[.)](?=\s|$)/.exec(content.slice(at))?.[0] ?? '';
  at += closing.length;
  const after = content.slice(at);
  if (after !== '' && !/^\s/.test(after)) return undefined;
  if (closing === '' && last.style !== 'parens') {
    // `2.1 million`: a number followed by a lower-case word is a figure; `5G` is a name, not a label.
    if (last.style === 'direct' || (/^\d/.test(last.token) && /^\s*\p{Ll}/u.test(after))) return undefined;
  }
  const prefix = parts.map((p) => p.token).reduce((num, token) => joinNum(num, token));
  const isDecimal =
    /^\d/.test(last.token) && last.style === 'dot' && parts.every((p) => /^\d+$/.test(p.token));
  const form = isDecimal ? `decimal${parts.length}` : `compound-${last.style}${closing}`;
  const readings = /^\d/.test(last.token)
    ? [{ family: 'number' as const, form, value: Number(last.token), name: last.token }]
    : readCounter(last.token, form);
  return readings.length > 0 ? { length: at, readings: readings.map((r) => ({ ...r, prefix })) } : undefined;
}

function readCounter(token: string, form: string): LabelReading[] {
  if (/^\d/.test(token)) return [{ family: 'number', form, value: Number(token), name: token }];
  const readings: LabelReading[] = [];
  const lower = token.toLowerCase();
  const isUpper = token !== lower;
  if (token.length === 1) {
    const latin = lower.charCodeAt(0) - 96;
    if (latin >= 1 && latin <= 26)
      readings.push({ family: isUpper ? 'latin-upper' : 'latin', form, value: latin, name: token });
    const cyrillic = cyrillicLetters.indexOf(lower) + 1;
    if (cyrillic > 0)
      readings.push({ family: isUpper ? 'cyrillic-upper' : 'cyrillic', form, value: cyrillic, name: token });
  }
  const romanValue = readRoman(lower);
  if (romanValue > 0)
    readings.push({ family: isUpper ? 'roman-upper' : 'roman', form, value: romanValue, name: token });
  return readings;
}

/** The value of a roman numeral in lower case (1..39), or 0 when `token` is not one. */
function readRoman(token: string): number {
  const match = roman.exec(token);
  if (!match || token === '') return 0;
  const units: Record<string, number> = {
    '': 0,
    i: 1,
    ii: 2,
    iii: 3,
    iv: 4,
    v: 5,
    vi: 6,
    vii: 7,
    viii: 8,
    ix: 9,
  };
  return (match[1] ?? '').length * 10 + (units[match[2] ?? ''] ?? 0);
}
