import { rememberByText } from './remember-by-text.js';

/**
 * A piece of a text as the word segmenter cut it: a word, a run of spaces or one punctuation mark.
 * `start`/`end` are offsets in the text; the `text` of all tokens, in order, rebuilds the text exactly.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word or a number (Unicode "word-like"), as opposed to spaces and punctuation. */
  isWord: boolean;
}

// One segmenter for the whole process: building it is the expensive part. Word boundaries for Latin and
// Cyrillic do not depend on the locale, so a fixed 'en' keeps output identical on every machine.
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

const CHUNK = 512;
const WHITESPACE = /\s/;
const DIGITS = /^\d+$/;
const GROUP_SEPARATOR = /^[\u00a0\u202f\u2009 ]$/;

/**
 * Splits a text into word, space and punctuation tokens with `Intl.Segmenter` (word granularity), so that
 * Cyrillic words stay whole. Numbers stay single tokens: the segmenter already keeps `600,000` and `3.5`
 * together; groups of three digits after a space or no-break space (`800 000`, Russian style) are joined here.
 * Lossless: `tokens.map((t) => t.text).join('') === text`. The array is shared with later calls on the same
 * text: read it, never change it.
 * @example tokenizeText('capped at 600,000.').map((t) => t.text) // ['capped', ' ', 'at', ' ', '600,000', '.']
 */
export const tokenizeText: (text: string) => Token[] = rememberByText(
  4_000_000, // characters of text whose tokens are kept (two 2,000-point documents)
  (text) => joinDigitGroups(SIMPLE_TEXT.test(text) ? scanSimple(text) : segmentWords(text), text),
);

function segmentWords(text: string): Token[] {
  const tokens: Token[] = [];
  // V8's segment iterator slows down sharply on long strings (seconds for a 20,000-word provision), so the
  // text is fed in chunks that end after a run of whitespace, where a word boundary always is.
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + CHUNK);
    while (to < text.length && !WHITESPACE.test(text[to]!)) to++;
    while (to < text.length && WHITESPACE.test(text[to]!)) to++;
    for (const s of segmenter.segment(text.slice(from, to))) {
      const start = from + s.index;
      tokens.push({ text: s.segment, start, end: start + s.segment.length, isWord: s.isWordLike === true });
    }
    from = to;
  }
  return tokens;
}

// Even so, Intl.Segmenter costs microseconds per word, which is most of the time on a 200,000-word document.
// Text made only of Latin and Cyrillic letters, ASCII digits, spaces, line breaks and common punctuation is
// cut by this scanner instead, which follows the same UAX #29 rules for exactly those characters (letters
// join across . ' ’ :, digits across . , ; ' ’, letters and digits join, a run of spaces is one token, CR LF
// is one token). A property test checks it against Intl.Segmenter on random text from this alphabet.
const LETTER = 'A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0400-\u0481\u048A-\u04FF';
const SIMPLE_TEXT = new RegExp(`^[${LETTER}0-9 \\n\\r.,;:!?()"'’“”«»\\-–—%$/&]*$`);
const IS_LETTER = 1;
const IS_DIGIT = 2;
const CHARACTER_CLASS = characterClasses();

function scanSimple(text: string): Token[] {
  // By character codes rather than a regular expression with look-behinds, which took three times as long.
  const tokens: Token[] = [];
  const n = text.length;
  const classOf = (k: number): number => {
    const code = text.charCodeAt(k);
    return code < CHARACTER_CLASS.length ? CHARACTER_CLASS[code]! : 0;
  };
  let k = 0;
  while (k < n) {
    const start = k;
    const code = text.charCodeAt(k);
    if (classOf(k) !== 0) {
      k++;
      for (;;) {
        while (k < n && classOf(k) !== 0) k++;
        if (k + 1 >= n || !joinsAt(text.charCodeAt(k), classOf(k - 1), classOf(k + 1))) break;
        k += 2;
      }
    } else if (code === 32) while (k < n && text.charCodeAt(k) === 32) k++;
    else k += code === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1;
    tokens.push({ text: text.slice(start, k), start, end: k, isWord: classOf(start) !== 0 });
  }
  return tokens;
}

/** Whether `mid` joins the letters or digits on either side into one word: `don't`, `U.S`, `600,000`, `3.5`. */
function joinsAt(mid: number, before: number, after: number): boolean {
  if (before === IS_LETTER && after === IS_LETTER)
    return mid === 46 || mid === 39 || mid === 0x2019 || mid === 58;
  if (before === IS_DIGIT && after === IS_DIGIT)
    return mid === 46 || mid === 44 || mid === 59 || mid === 39 || mid === 0x2019;
  return false;
}

/** IS_LETTER for the letters of `LETTER`, IS_DIGIT for 0–9, by character code (all of them below U+0500). */
function characterClasses(): Uint8Array {
  const classes = new Uint8Array(0x500);
  const letter = new RegExp(`[${LETTER}]`);
  for (let code = 0; code < classes.length; code++) {
    const ch = String.fromCharCode(code);
    classes[code] = code >= 48 && code <= 57 ? IS_DIGIT : letter.test(ch) ? IS_LETTER : 0;
  }
  return classes;
}

/** `1 000 000` → one token: a 1–3 digit group followed by single-space-separated groups of exactly 3 digits. */
function joinDigitGroups(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let last = i;
    if (first.isWord && DIGITS.test(first.text) && first.text.length <= 3) {
      while (isDigitGroupAt(tokens, last + 1)) last += 2;
    }
    if (last === i) out.push(first);
    else {
      const end = tokens[last]!.end;
      out.push({ text: text.slice(first.start, end), start: first.start, end, isWord: true });
    }
    i = last + 1;
  }
  return out;
}

function isDigitGroupAt(tokens: Token[], k: number): boolean {
  const separator = tokens[k];
  const group = tokens[k + 1];
  return (
    separator !== undefined &&
    group !== undefined &&
    GROUP_SEPARATOR.test(separator.text) &&
    group.isWord &&
    group.text.length === 3 &&
    DIGITS.test(group.text)
  );
}
