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

test('uncertain weights, utilities and reservations and red-line firmness read as written', () => {
  const read = caseFromFiles(
    new Map([
      ['case.yaml', manifest],
      [
        'positions/ua.yaml',
        [
          'party: ua',
          'reservation: 20..40',
          'weights: { military.cap: { low: 5, mode: 8, high: 10 } }',
          'utilities:',
          '  military.cap: { none: 100, cap-600k: 0..20 }',
          'redlines:',
          '  - { id: floor, text: Floor, rule: { issue: military.cap, in: [none] }, firmness: likely }',
        ].join('\n'),
      ],
    ]),
  );
  expect(read.ok && read.value.positions[0]).toMatchObject({
    reservation: '20..40',
    weights: { 'military.cap': { low: 5, mode: 8, high: 10 } },
    utilities: { 'military.cap': { none: 100, 'cap-600k': '0..20' } },
    redlines: [{ id: 'floor', firmness: 'likely' }],
  });
});

test('a malformed range or firmness is reported at its line, saying what would be right', () => {
  expect(
    errorsOf({
      'case.yaml': manifest,
      'positions/ua.yaml': [
        'party: ua', //                                                    1
        'reservation: 40..20', //                                          2
        'weights: { military.cap: 5-8 }', //                               3
        'utilities:', //                                                   4
        '  military.cap: { none: 0..120, cap-600k: { low: 1, top: 2 } }', // 5
        'redlines:', //                                                    6
        '  - id: floor', //                                                7
        '    text: Floor', //                                              8
        '    rule: { issue: military.cap, in: [none] }', //                9
        '    firmness: maybe', //                                          10
      ].join('\n'),
    }),
  ).toEqual([
    "positions/ua.yaml:2: field 'reservation': the low end 40 is above the high end 20",
    "positions/ua.yaml:3: the weight of issue military.cap must be a number (0 or more), a range such as 5..8, or { low, mode, high }, not '5-8'",
    expect.stringMatching(/^positions\/ua\.yaml:5: .*'none'.*0\.\.120 must lie within 0\.\.100$/),
    "positions/ua.yaml:5: missing field 'high'",
    "positions/ua.yaml:5: unknown field 'top'",
    "positions/ua.yaml:10: field 'firmness' in red line 'floor' must be firm, likely, soft or a probability in 0..1, not 'maybe'",
  ]);
});

test('uncertain values and firmness survive a write and a read', () => {
  const files = new Map([
    ['case.yaml', manifest],
    [
      'positions/ua.yaml',
      'party: ua\nreservation: 20..40\nweights: { military.cap: { low: 5, mode: 8, high: 10 } }\nutilities: { military.cap: { none: 0..20 } }\nredlines:\n  - { id: f, text: F, rule: { issue: military.cap, in: [none] }, firmness: 0.7 }\n',
    ],
  ]);
  const first = caseFromFiles(files);
  if (!first.ok) throw new Error(first.errors.map(formatCaseError).join('\n'));
  const written = caseToFiles(first.value);
  expect(written.get('positions/ua.yaml')).toContain('reservation: 20..40');
  expect(written.get('positions/ua.yaml')).toContain('military.cap: { low: 5, mode: 8, high: 10 }');
  const second = caseFromFiles(written);
  expect(second.ok && second.value.positions).toEqual(first.value.positions);
});

test('a coherence rule no package can satisfy is reported on its line, with the rule', () => {
  const coherence = [
    'coherence:', //                                     12
    '  - id: impossible', //                             13
    '    text: Capped and uncapped at once', //          14
    '    rule:', //                                      15
    '      all:', //                                     16
    '        - { issue: military.cap, in: [none] }', //  17
    '        - { issue: military.cap, max: 600000 }', // 18
  ].join('\n');
  expect(errorsOf({ 'case.yaml': `${manifest}\n${coherence}\n` })).toEqual([
    "case.yaml:15: coherence rule 'impossible' holds for no choice of options, so no package could obey it",
  ]);
});

test('coherence rules survive being written out and read back', () => {
  const rule = { id: 'cap', text: 'Some cap', rule: { issue: 'military.cap', in: ['cap-600k'] } };
  const read = caseFromFiles(new Map([['case.yaml', `${manifest}\n`]]));
  if (!read.ok) throw new Error('the manifest should read');
  const files = caseToFiles({ ...read.value, coherence: [rule] });
  const again = caseFromFiles(files);
  expect(again.ok && again.value.coherence).toEqual([rule]);
});

test('an alternative naming an unknown option, or coding an issue unlike another provision, is reported on its line', () => {
  const proposal = [
    '---', //                                                        1
    'id: p', //                                                      2
    'title: P', //                                                   3
    '---', //                                                        4
    '1. Either cap. <!-- parley: military.cap=none|cap-500k -->', // 5
    '2. No cap.', //                                                 6
    '<!-- parley: military.cap=none -->', //                         7
  ].join('\n');
  expect(errorsOf({ 'case.yaml': manifest, 'proposals/p.md': proposal })).toEqual([
    "proposals/p.md:5: unknown option 'cap-500k' for issue military.cap (expected one of: none, cap-600k)",
    'proposals/p.md:7: provision 2 codes military.cap=none, but provision 1 codes it as none|cap-500k',
  ]);
});

test('bracketed alternatives read and write back losslessly', () => {
  const proposal = '---\nid: p\ntitle: P\n---\n1. Either cap. <!-- parley: military.cap=cap-600k|none -->\n';
  const read = caseFromFiles(
    new Map([
      ['case.yaml', manifest],
      ['proposals/p.md', proposal],
    ]),
  );
  if (!read.ok) throw new Error(read.errors.map(formatCaseError).join('\n'));
  expect(read.value.proposals[0]?.provisions[0]?.codes).toEqual([
    { issue: 'military.cap', options: ['cap-600k', 'none'] },
  ]);
  expect(caseToFiles(read.value).get('proposals/p.md')).toContain('military.cap=cap-600k|none');
});

test('earlier positions are read from positions/<party>@<date>.yaml, their asOf checked against the name', () => {
  const current = 'party: ua\nasOf: 2025-11-23\nredlines: []\n';
  const earlier =
    'party: ua\nasOf: 2022-03-29\nredlines:\n  - { id: x, text: X, rule: { issue: military.cap, in: [none] }, since: 2022-03-01 }\n';
  const read = caseFromFiles(
    new Map([
      ['case.yaml', manifest],
      ['positions/ua.yaml', current],
      ['positions/ua@2022-03-29.yaml', earlier],
    ]),
  );
  if (!read.ok) throw new Error(read.errors.map(formatCaseError).join('\n'));
  expect(read.value.positions.map((p) => p.asOf)).toEqual(['2025-11-23']);
  expect(read.value.earlierPositions?.map((p) => [p.party, p.asOf])).toEqual([['ua', '2022-03-29']]);
  expect(caseToFiles(read.value).get('positions/ua@2022-03-29.yaml')).toContain('since: 2022-03-01');
  expect(
    errorsOf({
      'case.yaml': manifest,
      'positions/ua.yaml': current,
      'positions/ua@2022-03-30.yaml': earlier,
    }),
  ).toEqual([
    "positions/ua@2022-03-30.yaml:2: an earlier position's asOf must be the date in its file name: write asOf: 2022-03-30",
  ]);
  expect(
    errorsOf({
      'case.yaml': manifest,
      'positions/ua.yaml': 'party: ua\nasOf: 2021-01-01\n',
      'positions/ua@2022-03-29.yaml': earlier,
    }),
  ).toEqual([
    "positions/ua@2022-03-29.yaml:2: this position of 'ua' as of 2022-03-29 is not earlier than the current one (as of 2021-01-01)",
  ]);
});

test('a red line that lapses before it holds is reported on its until line', () => {
  const position =
    'party: ua\nredlines:\n  - id: x\n    text: X\n    rule: { issue: military.cap, in: [none] }\n    since: 2025-01-01\n    until: 2024-01-01\n';
  expect(errorsOf({ 'case.yaml': manifest, 'positions/ua.yaml': position })).toEqual([
    "positions/ua.yaml:7: red line 'x' holds until 2024-01-01, before it holds since 2025-01-01: swap the dates or drop one",
  ]);
});

test("the mediators' estimates are read from estimates/<party>.yaml and written back the same", () => {
  const files = new Map([
    ['case.yaml', manifest],
    ['positions/ru.yaml', 'party: ru\nreservation: 30\n'],
    ['estimates/ru.yaml', 'party: ru\nreservation: 40..60\nweights: { military.cap: 5 }\n'],
  ]);
  const read = caseFromFiles(files);
  if (!read.ok) throw new Error(read.errors.map(formatCaseError).join('\n'));
  expect(read.value.positions.map((p) => p.reservation)).toEqual([30]);
  expect(read.value.estimates?.map((p) => [p.party, p.reservation])).toEqual([['ru', '40..60']]);
  const written = caseToFiles(read.value);
  expect(written.get('estimates/ru.yaml')).toContain('reservation: 40..60');
  const again = caseFromFiles(written);
  expect(again.ok && again.value.estimates).toEqual(read.value.estimates);
});

test('an estimate is checked like a position, each mistake at its file and line', () => {
  expect(
    errorsOf({
      'case.yaml': manifest,
      'estimates/ru.yaml': 'party: ru\nutilities:\n  military.cap: { cap-700k: 10 }\n',
      'estimates/us.yaml': 'party: ru\n',
    }),
  ).toEqual([
    "estimates/ru.yaml:3: unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-600k)",
    "estimates/us.yaml:1: party 'ru' does not match the file name: rename the file to estimates/ru.yaml or write party: us",
    "estimates/us.yaml:1: party 'ru' has more than one estimate",
  ]);
});

test('the packages the mediators released are read from released-packages.yaml and written back the same', () => {
  const files = new Map([
    ['case.yaml', manifest],
    ['released-packages.yaml', 'packages:\n  - military.cap: cap-600k\n  - { military.cap: none }\n'],
  ]);
  const read = caseFromFiles(files);
  if (!read.ok) throw new Error(read.errors.map(formatCaseError).join('\n'));
  expect(read.value.releasedPackages).toEqual([{ 'military.cap': 'cap-600k' }, { 'military.cap': 'none' }]);
  const written = caseToFiles(read.value);
  expect(written.get('released-packages.yaml')).toBe(
    'packages:\n  - military.cap: cap-600k\n  - military.cap: none\n',
  );
  const again = caseFromFiles(written);
  expect(again.ok && again.value.releasedPackages).toEqual(read.value.releasedPackages);
  // A folder without the file (every archive written before it existed) reads as before: none released.
  const without = caseFromFiles(new Map([['case.yaml', manifest]]));
  expect(without.ok && 'releasedPackages' in without.value).toBe(false);
  expect(caseToFiles(without.ok ? without.value : read.value).has('released-packages.yaml')).toBe(false);
});

test('a released package naming an unknown issue or option, or leaving an issue out, is refused at its line', () => {
  const twoIssues = `${manifest}\n  - id: nato\n    title: NATO\n    options: [{ id: open, label: Open }, { id: barred, label: Barred }]\n`;
  expect(
    errorsOf({
      'case.yaml': twoIssues,
      'released-packages.yaml': [
        'packages:', //                       1
        '  - military.cap: cap-700k', //      2
        '    nato: open', //                  3
        '  - military.cap: none', //          4
        '    natto: open', //                 5
        '  - military.cap: none', //          6
      ].join('\n'),
    }),
  ).toEqual([
    "released-packages.yaml:2: unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-600k)",
    'released-packages.yaml:4: released package 2 leaves out nato: give one option for every issue',
    "released-packages.yaml:5: 'natto' is not an issue of this case (did you mean nato?)",
    'released-packages.yaml:6: released package 3 leaves out nato: give one option for every issue',
  ]);
  expect(errorsOf({ 'case.yaml': manifest, 'released-packages.yaml': 'packages: cap-600k\n' })).toEqual([
    expect.stringMatching(/^released-packages\.yaml:1: .*packages/),
  ]);
});
