import { expect, test } from 'vitest';
import { formatCaseError } from '../model/index.js';
import { caseFromFiles } from './case-from-files.js';
import { caseToFiles } from './case-to-files.js';

const manifest = [
  'id: demo', //                                        1
  'title: Demo', //                                     2
  'parties:', //                                        3
  '  - { id: ua, name: Ukraine }', //                   4
  '  - { id: ru, name: Russia }', //                    5
  'issues:', //                                         6
  '  - id: military.cap', //                            7
  '    title: Army cap', //                             8
  '    options:', //                                    9
  '      - { id: none, label: No cap, value: .inf }', // 10
  '      - { id: cap-600k, label: "600,000", value: 600000 }', // 11
].join('\n');

const errorsOf = (files: Record<string, string>): string[] => {
  const read = caseFromFiles(new Map(Object.entries(files)));
  return read.ok ? [] : read.errors.map(formatCaseError);
};

test('a case of one manifest reads with empty proposals and positions', () => {
  const read = caseFromFiles(new Map([['case.yaml', manifest]]));
  expect(read.ok && read.value).toMatchObject({ id: 'demo', proposals: [], positions: [] });
  expect(read.ok && read.value.issues[0]?.options[0]?.value).toBe(Infinity);
});

test('without case.yaml there is no case', () => {
  expect(errorsOf({ 'proposals/a.md': '---\nid: a\ntitle: A\n---\n' })).toEqual([
    'case.yaml: missing case.yaml: a case folder holds case.yaml, proposals/<id>.md and positions/<party>.yaml',
  ]);
});

test('schema mistakes of every file are all reported, in file order', () => {
  expect(
    errorsOf({
      'proposals/a.md': '---\nid: a\ntitle: A\nvisibility: secret\n---\n1. x\n',
      'positions/ua.yaml': 'party: ua\nreservation: 200\n',
      'case.yaml': `${manifest}\n    colour: red\n`,
    }),
  ).toEqual([
    "case.yaml:12: unknown field 'colour' in issue 'military.cap' (expected one of: id, title, group, description, options, whenSilent)",
    "positions/ua.yaml:2: field 'reservation' must be at most 100, not 200",
    "proposals/a.md:4: 'secret' is not valid for field 'visibility' (expected one of: public, shared, private)",
  ]);
});

test('cross-reference problems land on the line of the offending value', () => {
  expect(
    errorsOf({
      'case.yaml': `${manifest}\ntracks:\n  - { id: t, name: T, parties: [ua, eu] }\n`,
      'positions/ru.yaml':
        'party: ru\nredlines:\n  - id: x\n    text: X\n    rule:\n      not: { issue: military.cap, in: [cap-700k] }\n',
      'proposals/p.md': '---\nid: p\ntitle: P\nauthors: [ua, us]\n---\n1. One.\n',
    }),
  ).toEqual([
    "case.yaml:13: track 't' names 'eu', which is not a party of this case (expected one of: ua, ru)",
    "positions/ru.yaml:6: unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-600k)",
    "proposals/p.md:4: author 'us' is not a party of this case (expected one of: ua, ru)",
  ]);
});

test('an issue with more options than the solver handles is a case error at its 31st option', () => {
  const options = Array.from({ length: 31 }, (_, k) => `      - { id: o${k + 1}, label: O${k + 1} }`);
  const wide = `${manifest}\n  - id: wide\n    title: Wide\n    options:\n${options.join('\n')}\n`;
  // Line 15 holds o1, so the 31st option is on line 45.
  expect(errorsOf({ 'case.yaml': wide })).toEqual([
    'case.yaml:45: issue wide has 31 options, more than the 30 the solver handles: merge options or split the issue',
  ]);
  const thirty = `${manifest}\n  - id: wide\n    title: Wide\n    options:\n${options.slice(0, 30).join('\n')}\n`;
  expect(errorsOf({ 'case.yaml': thirty })).toEqual([]);
});

test('a proposal file must be named after its id', () => {
  expect(errorsOf({ 'case.yaml': manifest, 'proposals/a.md': '---\ntitle: A\nid: b\n---\n' })).toEqual([
    "proposals/a.md:3: id 'b' does not match the file name: rename the file to proposals/b.md or write id: a",
  ]);
});

test('files outside the format are ignored', () => {
  expect(errorsOf({ 'case.yaml': manifest, 'README.md': '# notes', 'proposals/notes.txt': 'x' })).toEqual([]);
});

test('a case read from files writes back to the same files', () => {
  const first = caseFromFiles(new Map([['case.yaml', manifest]]));
  if (!first.ok) throw new Error('the manifest does not read');
  const files = caseToFiles(first.value);
  const again = caseFromFiles(files);
  expect(again.ok && caseToFiles(again.value)).toEqual(files);
});

test('a whenSilent that names no option of its issue is reported on its line', () => {
  expect(errorsOf({ 'case.yaml': `${manifest}\n    whenSilent: cap-500k\n` })).toEqual([
    "case.yaml:12: unknown option 'cap-500k' for issue military.cap (expected one of: none, cap-600k)",
  ]);
});
