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
  | 'bullet';

/** One way to read a label: `i.` reads as the 9th latin letter and as roman one. */
export interface LabelReading {
  family: LabelFamily;
  /** How the label is written: `dot` (`1.`), `paren` (`1)`), `parens` (`(1)`), the bullet character, or the keyword. */
  form: string;
  /** The position the label claims in its list, from 1 (bullets: 0, they don't count). */
  value: number;
  /** The label's own part of `num`: `10`, `a`, `iv`, `5` (for `Article 5`), `2` (for `1.2`); empty for a bullet. */
  name: string;
  /** For a decimal label, the `num` its parent must have: `1` for `1.2`, `1-2` for `1.2.3`. */
  prefix?: string;
}

/** A label at the start of a line: its length as written (trailing punctuation included) and its readings. */
export interface LabelMatch {
  length: number;
  readings: LabelReading[];
}

const bullet = /^([•◦▪‣→–*-])\s/u;
const keyword =
  /^(?:(article|point|section|статья|пункт)\s+|(art\.|§)\s*)(\d{1,3}|[ivx]+)(?:\s*[.:)](?=\s|$)|\s+[-–—](?=\s|$)|(?=\s*$))/iu;
const counter =
  /^(?:\((\d{1,3}|[a-zA-Z]|[ivx]+|[IVX]+|[а-яёА-ЯЁ])\)|(\d{1,3}|[a-zA-Z]|[ivx]+|[IVX]+|[а-яёА-ЯЁ])([.)]))(?=\s|$)/u;
const decimal = /^(\d{1,3}(?:\.\d{1,3}){1,3})\.?(?=\s|$)/;
const markdownHeading = /^#{1,6}[ \t]+/;
const roman = /^(x{0,3})(ix|iv|v?i{0,3})$/;
// Russian lists skip ё, й, ъ, ы and ь.
const cyrillicLetters = 'абвгдежзиклмнопрстуфхцчшщэюя';

/**
 * Reads the label at the start of `content` (a line without its indentation), or `undefined` when the
 * line does not start with one. Recognised:
 * - `1.`, `1)`, `(1)` (at most three digits, so a year is never a label); decimal `1.2`, `1.2.3.` (a
 *   sub-point of `1` and of `1.2`; not when a lower-case word follows, as in `2.1 million`);
 * - `a.`, `a)`, `(b)` and upper case; roman `i.`, `(ii)`, `IV.` up to 39; Cyrillic `а)` (Russian order);
 * - bullets `•`, `-`, `*`, `→`, `–`, `◦`, `▪`, `‣`;
 * - `Article 5`, `Article IV`, `Art. 5`, `Point 3`, `Section 2`, `§ 2`, `Статья 5`, `Пункт 3`, in any
 *   case, followed by `.`, `:`, `)`, a spaced dash, or the end of the line.
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
  const readings = inner?.readings.filter((r) => r.family === 'number' || r.family === 'keyword') ?? [];
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
  const keywordMatch = keyword.exec(content);
  if (
    keywordMatch &&
    (/^\d/.test(keywordMatch[3] ?? '') || readRoman((keywordMatch[3] ?? '').toLowerCase()) > 0)
  ) {
    const word = (keywordMatch[1] ?? keywordMatch[2] ?? '').toLowerCase();
    const digits = keywordMatch[3] ?? '';
    const value = /^\d/.test(digits) ? Number(digits) : readRoman(digits.toLowerCase());
    const form =
      word === 'point' || word === 'пункт'
        ? 'point'
        : word === 'section' || word === '§'
          ? 'section'
          : 'article';
    return {
      length: keywordMatch[0].trimEnd().length,
      readings: [{ family: 'keyword', form, value, name: digits }],
    };
  }
  const decimalMatch = decimal.exec(content);
  // `2.1 million`: a decimal followed by a lower-case word is a figure, a decimal label opens a sentence.
  if (decimalMatch && !/^\s*\p{Ll}/u.test(content.slice(decimalMatch[0].length))) {
    const parts = (decimalMatch[1] ?? '').split('.');
    const name = parts.pop() ?? '';
    const prefix = parts.join('-');
    const form = `decimal${parts.length}`;
    return {
      length: decimalMatch[0].length,
      readings: [{ family: 'number', form, value: Number(name), name, prefix }],
    };
  }
  const counterMatch = counter.exec(content);
  if (!counterMatch) return undefined;
  const token = counterMatch[1] ?? counterMatch[2] ?? '';
  const form = counterMatch[1] !== undefined ? 'parens' : counterMatch[3] === '.' ? 'dot' : 'paren';
  const readings = readCounter(token, form);
  return readings.length > 0 ? { length: counterMatch[0].length, readings } : undefined;
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
