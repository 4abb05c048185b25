import { expect, test } from 'vitest';
import { readProposal } from './read-proposal.js';

const file = [
  '---', //                                                                 1
  'id: us-28', //                                                           2
  'title: US 28-point plan', //                                             3
  'authors: [us]', //                                                       4
  '---', //                                                                 5
  'US 28-point plan (leaked draft)', //                                     6
  '', //                                                                    7
  "6. Ukraine's armed forces are capped at 600,000. <!-- parley: military.cap=cap-600k -->", // 8
  '', //                                                                    9
  '10. The US provides a guarantee:', //                                   10
  '    a. the US receives compensation;', //                               11
  '    <!-- parley: guarantee.payment=paid -->', //                         12
  '    b. the guarantee lapses if Ukraine invades Russia.', //             13
  '', //                                                                   14
].join('\n');

test('front matter, preamble and provisions are read, each code on the provision it follows', () => {
  const { proposal, errors } = readProposal('proposals/us-28.md', file);
  expect(errors).toEqual([]);
  expect(proposal).toMatchObject({
    id: 'us-28',
    authors: ['us'],
    visibility: 'public',
    preamble: 'US 28-point plan (leaked draft)',
  });
  expect(proposal?.provisions.map(({ num, parent, text, codes }) => ({ num, parent, text, codes }))).toEqual([
    {
      num: '6',
      parent: undefined,
      text: "Ukraine's armed forces are capped at 600,000.",
      codes: [{ issue: 'military.cap', option: 'cap-600k' }],
    },
    { num: '10', parent: undefined, text: 'The US provides a guarantee:', codes: [] },
    {
      num: '10a',
      parent: '10',
      text: 'the US receives compensation;',
      codes: [{ issue: 'guarantee.payment', option: 'paid' }],
    },
    { num: '10b', parent: '10', text: 'the guarantee lapses if Ukraine invades Russia.', codes: [] },
  ]);
});

test('provision offsets are offsets in the file', () => {
  const { proposal } = readProposal('proposals/us-28.md', file);
  const tenA = proposal?.provisions[2];
  expect(file.slice(tenA?.start, tenA?.end)).toBe('a. the US receives compensation;');
});

test('paths map to the line of the front matter field, the provision, or the code comment', () => {
  const { lineAt } = readProposal('proposals/us-28.md', file);
  expect(lineAt(['authors', 0])).toBe(4);
  expect(lineAt(['provisions', 1, 'num'])).toBe(10);
  expect(lineAt(['provisions', 0, 'codes', 0, 'option'])).toBe(8);
  expect(lineAt(['provisions', 2, 'codes', 0, 'issue'])).toBe(12);
});

test('front matter mistakes are reported at their file line', () => {
  const bad = file.replace('authors: [us]', 'author: [us]').replace('title: US 28-point plan', 'title:');
  expect(readProposal('proposals/us-28.md', bad).errors.map((e) => `${e.line}: ${e.message}`)).toEqual([
    "3: field 'title' must be a string, not empty",
    "4: unknown field 'author'",
  ]);
});

test('a code comment before the first provision is an error at its line', () => {
  const early = file.replace('US 28-point plan (leaked draft)', '<!-- parley: military.cap=none -->');
  expect(readProposal('proposals/us-28.md', early).errors).toEqual([
    {
      file: 'proposals/us-28.md',
      line: 6,
      code: 'invalid_code',
      message: 'a code comment before the first provision codes nothing: put it after the provision it codes',
    },
  ]);
});

test('a file that is empty or has no front matter gives one error', () => {
  expect(readProposal('proposals/a.md', '  \n').errors.map((e) => e.code)).toEqual(['empty_file']);
  expect(readProposal('proposals/a.md', '1. text\n').errors.map((e) => [e.code, e.line])).toEqual([
    ['invalid_front_matter', 1],
  ]);
});

test('windows line breaks read the same, with offsets and lines in the file', () => {
  const crlf = file.replace(/\n/g, '\r\n');
  const { proposal, errors, lineAt } = readProposal('proposals/us-28.md', crlf);
  expect(errors).toEqual([]);
  expect(proposal?.provisions.map((p) => [p.num, p.text, p.codes.length])).toEqual([
    ['6', "Ukraine's armed forces are capped at 600,000.", 1],
    ['10', 'The US provides a guarantee:', 0],
    ['10a', 'the US receives compensation;', 1],
    ['10b', 'the guarantee lapses if Ukraine invades Russia.', 0],
  ]);
  expect(crlf.slice(proposal?.provisions[0]?.start, proposal?.provisions[0]?.end)).toMatch(/^6\. Ukraine/);
  expect(lineAt(['provisions', 2, 'codes', 0])).toBe(12);
});
