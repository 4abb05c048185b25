import { Id } from '../model/index.js';
import type { Code } from '../model/index.js';

/** One `<!-- parley: issue=option, … -->` comment of a proposal file. */
export interface CodeComment {
  /** File offsets of the whole comment, `<!--` to `-->`. */
  start: number;
  end: number;
  codes: Code[];
  /** Mistakes inside the comment, in the author's words (`invalid_code`). */
  problems: string[];
}

// `parley` right after `<!--` marks a code comment; any other HTML comment is the author's own and is kept.
const openingPattern = /<!--\s*parley\b/g;

/**
 * Parses `military.cap=cap-600k, nato.membership=excluded`, naming each malformed part; `amnesty=none|blanket`
 * is a code with alternatives.
 */
function parseCodes(list: string): { codes: Code[]; problems: string[] } {
  const codes: Code[] = [];
  const problems: string[] = [];
  const parts = list.split(',').map((part) => part.trim());
  if (parts.every((part) => part === ''))
    problems.push('empty code comment: write <!-- parley: issue=option -->');
  for (const part of parts) {
    if (part === '') continue;
    const match = /^([^=\s]+)\s*=\s*([^=\s|]+(?:\s*\|\s*[^=\s|]+)*)$/.exec(part);
    if (!match) {
      problems.push(
        `'${part}' is not a code: write issue=option, e.g. military.cap=cap-600k, or issue=a|b for alternatives`,
      );
      continue;
    }
    const [, issue = '', written = ''] = match;
    const options = written.split('|').map((option) => option.trim());
    const bad = [issue, ...options].filter((id) => !Id.safeParse(id).success);
    if (bad.length > 0)
      problems.push(`'${bad[0]}' in '${part}' is not an id: use lower-case letters, digits, '.' and '-'`);
    else if (options.length === 1) codes.push({ issue, option: options[0]! });
    else codes.push({ issue, options });
  }
  return { codes, problems };
}

/**
 * Finds the code comments of a proposal body, in file order. A comment must read
 * `<!-- parley: issue=option, issue2=option2 -->`; a missing colon, a malformed pair or a comment that is
 * never closed is a problem of that comment (its other codes still count).
 * @example findCodeComments('6. Capped. <!-- parley: military.cap=cap-600k -->')[0].codes // [{ issue: 'military.cap', option: 'cap-600k' }]
 */
export function findCodeComments(text: string, from = 0): CodeComment[] {
  const comments: CodeComment[] = [];
  const opening = new RegExp(openingPattern.source, 'g');
  opening.lastIndex = from;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const start = match.index;
    const close = text.indexOf('-->', opening.lastIndex);
    if (close < 0) {
      comments.push({
        start,
        end: text.length,
        codes: [],
        problems: ["code comment is never closed: end it with '-->'"],
      });
      break;
    }
    const end = close + 3;
    const inner = text.slice(opening.lastIndex, close);
    const colon = /^\s*:/.exec(inner);
    if (!colon)
      comments.push({
        start,
        end,
        codes: [],
        problems: ["a code comment reads '<!-- parley: issue=option -->': add the ':' after 'parley'"],
      });
    else comments.push({ start, end, ...parseCodes(inner.slice(colon[0].length)) });
    opening.lastIndex = end;
  }
  return comments;
}

/**
 * Replaces each comment by spaces of the same length, keeping line breaks, so that offsets found in the
 * blanked text are offsets in the file.
 */
export function blankComments(text: string, comments: readonly CodeComment[]): string {
  let blanked = '';
  let at = 0;
  for (const { start, end } of comments) {
    blanked += text.slice(at, start) + text.slice(start, end).replace(/[^\n\r]/g, ' ');
    at = end;
  }
  return blanked + text.slice(at);
}
