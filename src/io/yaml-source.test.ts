import { expect, test } from 'vitest';
import { maxYamlChars, parseYamlSource } from './yaml-source.js';

const text = [
  'id: demo', //                                  1
  'parties:', //                                  2
  '  - { id: ua, name: Ukraine }', //             3
  '  - id: ru', //                                4
  '    name: Russia', //                          5
  'weights:', //                                  6
  '  military.cap: 10', //                        7
].join('\n');

test('a path leads to the line of its key or list item', () => {
  const source = parseYamlSource('case.yaml', text);
  expect(source.lineAt(['id'])).toBe(1);
  expect(source.lineAt(['parties', 0, 'name'])).toBe(3);
  expect(source.lineAt(['parties', 1, 'name'])).toBe(5);
  expect(source.lineAt(['weights', 'military.cap'])).toBe(7);
});

test('a missing field points at the mapping it belongs in', () => {
  expect(parseYamlSource('case.yaml', text).lineAt(['parties', 1, 'kind'])).toBe(4);
});

test('lines count from where the text starts in its file', () => {
  expect(parseYamlSource('proposals/a.md', 'id: a\ntitle: A\n', 2).lineAt(['title'])).toBe(3);
});

test('.inf reads as Infinity', () => {
  expect(parseYamlSource('case.yaml', 'value: .inf\n').value).toEqual({ value: Infinity });
});

test('a duplicate key is a yaml error at its line', () => {
  const source = parseYamlSource('positions/ua.yaml', 'party: ua\nreservation: 1\nreservation: 2\n');
  expect(source.value).toBeUndefined();
  expect(source.errors).toEqual([
    {
      file: 'positions/ua.yaml',
      line: 3,
      code: 'invalid_yaml',
      message: 'invalid yaml: map keys must be unique',
    },
  ]);
});

test('an alias bomb is an invalid_yaml case error, not a crash', () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const previous = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  const source = parseYamlSource('positions/ua.yaml', levels.join('\n'));
  expect(source.value).toBeUndefined();
  expect(source.errors).toEqual([
    expect.objectContaining({ file: 'positions/ua.yaml', line: 1, code: 'invalid_yaml' }),
  ]);
  expect(source.errors[0]!.message).toMatch(/aliases/);
});

test('YAML longer than the limit is an invalid_yaml error before it is parsed; at the limit it is read', () => {
  const item = '  - xxxxxxxxxxxxxx\n';
  const atLimit = 'a:\n' + item.repeat(Math.floor((maxYamlChars - 3) / item.length));
  expect(parseYamlSource('case.yaml', atLimit).errors).toEqual([]);
  const over = parseYamlSource('proposals/a.md', atLimit + item, 2);
  expect(over.value).toBeUndefined();
  expect(over.errors).toEqual([
    expect.objectContaining({ file: 'proposals/a.md', line: 2, code: 'invalid_yaml' }),
  ]);
  expect(over.errors[0]!.message).toMatch(/over the limit of 1 million/);
});

test('nesting deep enough to exhaust the stack is an invalid_yaml error, not a crash', () => {
  const source = parseYamlSource('case.yaml', `a: ${'['.repeat(50_000)}`);
  expect(source.value).toBeUndefined();
  expect(source.errors[0]).toEqual(expect.objectContaining({ file: 'case.yaml', code: 'invalid_yaml' }));
});
