import { expect, test } from 'vitest';
import { insertCodeComments } from './insert-code-comments.js';
import { readProposal } from './read-proposal.js';

import { optionsOfCode } from '../model/index.js';
const file = [
  '---',
  'id: plan',
  'title: Plan',
  '---',
  '6. The army is capped at 600,000. <!-- parley: military.cap=cap-600k -->',
  '7. Elections follow:',
  '    a. within 100 days;',
  '    b. under observation.',
  '',
].join('\n');

const codes = (entries: [string, string, string][]) =>
  new Map(entries.map(([num, issue, option]) => [num, [{ issue, option }]]));

test('each code comment goes under its provision, indented like it, and nothing else changes', () => {
  const { provisions } = readProposal('proposals/plan.md', file).proposal!;
  const { text, skipped } = insertCodeComments(
    file,
    provisions,
    codes([
      ['7a', 'elections', 'within-100-days'],
      ['6', 'army.size', 'large'],
    ]),
  );
  expect(skipped).toEqual([]);
  expect(text).toBe(
    file
      .replace('cap-600k -->\n', 'cap-600k -->\n<!-- parley: army.size=large -->\n')
      .replace('100 days;\n', '100 days;\n    <!-- parley: elections=within-100-days -->\n'),
  );
  const reread = readProposal('proposals/plan.md', text).proposal!;
  expect(reread.provisions.map((p) => p.codes.map((c) => optionsOfCode(c).join('|')))).toEqual([
    ['cap-600k', 'large'],
    [],
    ['within-100-days'],
    [],
  ]);
});

test('a file with Windows line ends keeps them, and one without a final line end gets its comment at the end', () => {
  const crlf = file.replace(/\n/g, '\r\n');
  const { provisions } = readProposal('proposals/plan.md', crlf).proposal!;
  const { text } = insertCodeComments(crlf, provisions, codes([['7', 'elections', 'soon']]));
  expect(text).toBe(crlf.replace('follow:\r\n', 'follow:\r\n<!-- parley: elections=soon -->\r\n'));
  const bare = '---\nid: p\ntitle: P\n---\n1. One point.';
  const one = readProposal('proposals/p.md', bare).proposal!.provisions;
  expect(insertCodeComments(bare, one, codes([['1', 'x', 'y']])).text).toBe(`${bare}\n<!-- parley: x=y -->`);
});

test('a provision the file does not have is reported, not written', () => {
  const { provisions } = readProposal('proposals/plan.md', file).proposal!;
  expect(insertCodeComments(file, provisions, codes([['99', 'x', 'y']]))).toEqual({
    text: file,
    skipped: ['99'],
  });
});
