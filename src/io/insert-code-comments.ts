import { formatCode } from '../model/index.js';
import type { Code, Provision } from '../model/index.js';

/**
 * Adds code comments to a proposal file's text without touching anything else: for each provision that
 * gets codes, a line `<!-- parley: issue=option, … -->` is inserted after the last line of its own text
 * (after any comment already on that line), indented as the provision's first line. Every other byte
 * stays where it was. `provisions` are the file's provisions as `readProposal` read them (offsets are
 * file offsets); a provision without offsets, or a number not among them, is skipped and returned.
 * @example insertCodeComments('6. Capped.\n', [{ num: '6', start: 0, end: 10, … }], new Map([['6', [cap]]])).text // '6. Capped.\n<!-- parley: military.cap=cap-600k -->\n'
 */
export function insertCodeComments(
  text: string,
  provisions: readonly Provision[],
  codes: ReadonlyMap<string, readonly Code[]>,
): { text: string; skipped: string[] } {
  const inserts: { at: number; line: string }[] = [];
  const skipped: string[] = [];
  for (const [num, list] of codes) {
    const provision = provisions.find((p) => p.num === num);
    if (!provision || provision.start === undefined || provision.end === undefined || list.length === 0) {
      skipped.push(num);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', provision.start - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart, provision.start))![0];
    const newline = text.indexOf('\n', Math.max(provision.start, provision.end - 1));
    const at = newline < 0 ? text.length : newline;
    const crlf = at > 0 && text[at - 1] === '\r' ? '\r' : '';
    const comment = `<!-- parley: ${list.map(formatCode).join(', ')} -->`;
    inserts.push({ at: at - crlf.length, line: `${crlf}\n${indent}${comment}` });
  }
  // From the end backwards, so earlier offsets stay valid.
  inserts.sort((x, y) => y.at - x.at);
  let out = text;
  for (const { at, line } of inserts) out = out.slice(0, at) + line + out.slice(at);
  return { text: out, skipped };
}
