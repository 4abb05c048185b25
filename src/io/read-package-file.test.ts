import { expect, test } from 'vitest';
import { readPackageFile } from './read-package-file.js';

test('a YAML mapping of issue to option is a package', () => {
  expect(readPackageFile('p.yaml', 'military.cap: cap-800k\nnato.membership: consensus\n').package).toEqual({
    'military.cap': 'cap-800k',
    'nato.membership': 'consensus',
  });
});

test('a solution as parley solve --json prints it is read by its options, with their lines', () => {
  const read = readPackageFile(
    'nash.json',
    '{"options": {\n"military.cap": "cap-800k"\n}, "utilities": {"ua": 57.3}}',
  );
  expect(read.package).toEqual({ 'military.cap': 'cap-800k' });
  expect(read.lineOf('military.cap')).toBe(2);
});

test('a value or a key that is not an id is reported at its line', () => {
  expect(
    readPackageFile('p.yaml', 'military.cap: cap-800k\nnato.membership: 3\nBad Key: x\n').errors,
  ).toEqual([
    {
      file: 'p.yaml',
      line: 2,
      code: 'invalid_value',
      message: 'the option of nato.membership must be an option id such as cap-600k, not 3',
    },
    {
      file: 'p.yaml',
      line: 3,
      code: 'invalid_value',
      message: "'Bad Key' is not an issue id: use lower-case letters, digits, '.' and '-'",
    },
  ]);
});

test('a list, an empty file and broken YAML are mistakes, not crashes', () => {
  expect(readPackageFile('p.yaml', '- a\n').errors[0]?.message).toContain('not a list');
  expect(readPackageFile('p.yaml', '').errors[0]?.code).toBe('empty_file');
  expect(readPackageFile('p.yaml', 'a: [b\n').errors[0]?.code).toBe('invalid_yaml');
});
