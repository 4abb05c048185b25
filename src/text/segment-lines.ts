/** One line of a text: `text.slice(start, end)` without its line break (`\n`, `\r\n` or `\r`). */
export interface Line {
  start: number;
  end: number;
}

/**
 * Splits a text into lines, accepting `\n`, `\r\n` and a lone `\r` as breaks. A text ending in a break has
 * no empty last line; the empty text has none.
 * @example splitLines('a\r\nb') // [{ start: 0, end: 1 }, { start: 3, end: 4 }]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

/**
 * Replaces every HTML comment (`<!-- … -->`, an unterminated one runs to the end) by spaces, keeping line
 * breaks, so the result has the same length and lines and offsets stay valid.
 * @example blankComments('a <!-- x --> b') // 'a' + 12 spaces + 'b'
 */
export function blankComments(text: string): string {
  let open = text.indexOf('<!--');
  if (open < 0) return text;
  let result = '';
  let kept = 0;
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    const end = close < 0 ? text.length : close + 3;
    result += text.slice(kept, open) + text.slice(open, end).replace(/[^\r\n]/g, ' ');
    kept = end;
    open = text.indexOf('<!--', end);
  }
  return result + text.slice(kept);
}

/** Whether a UTF-16 code unit is whitespace in the sense of the regular expression `\s`. */
export function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return /\s/.test(String.fromCharCode(code));
}
