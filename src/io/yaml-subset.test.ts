import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readYamlSubset } from './yaml-subset.js';

/** What `yaml` reads, as parseYamlSource reads it (unique keys, 100 aliases), or `errors` when it refuses. */
function readWithYaml(text: string): { value: unknown } | 'errors' {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return 'errors';
  try {
    return { value: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return 'errors';
  }
}

/** The subset reader agrees with `yaml` wherever it answers, and never answers where `yaml` finds errors. */
function expectAgreement(text: string): void {
  const fast = readYamlSubset(text);
  if (fast === undefined) return;
  const full = readWithYaml(text);
  expect(full, `yaml refuses what the subset read:\n${text}`).not.toBe('errors');
  expect(fast.value, text).toEqual((full as { value: unknown }).value);
}

/** The YAML texts of a case folder: its .yaml files and its proposals' front matter. */
function caseTexts(folder: string): [string, string][] {
  const texts: [string, string][] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!/\.(ya?ml|md)$/.test(file)) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    if (/\.ya?ml$/.test(file)) texts.push([file, text]);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (file.startsWith('proposals/') && frontMatter) texts.push([file, `${frontMatter[1]}\n`]);
  }
  return texts;
}

describe('reading the YAML subset of case files', () => {
  test('every YAML text of the demo case takes the fast path and reads as yaml reads it', () => {
    const texts = caseTexts('cases/ukraine-2025');
    expect(texts.length).toBeGreaterThan(8);
    for (const [file, text] of texts) {
      const fast = readYamlSubset(text);
      expect(fast, file).toBeDefined();
      expect(fast!.value, file).toEqual((readWithYaml(text) as { value: unknown }).value);
    }
  });

  test('the forms case files use read as yaml reads them', () => {
    const text = [
      '# a comment',
      'id: x  # trailing',
      'title: "Quoted: yes"',
      "label: 'it''s here'",
      'count: 12',
      'share: -0.5e2',
      'open: ~',
      'flag: True',
      'limit: .inf',
      'date: 2025-11-20',
      'url: https://example.org/a#b',
      'empty:',
      'list:',
      '- a',
      '- { id: b, in: [c, "d"] }',
      '- id: e',
      '  nested:',
      '    - 1',
      '    -',
      'folded: >-',
      '  one',
      '  two',
      '',
      '  three',
      'literal: |',
      '  line one',
      '    indented',
      '  # not a comment',
      'wrapped:',
      '  { a: 1, b: [] }',
    ].join('\n');
    expect(readYamlSubset(text)?.value).toEqual({
      id: 'x',
      title: 'Quoted: yes',
      label: "it's here",
      count: 12,
      share: -50,
      open: null,
      flag: true,
      limit: Infinity,
      date: '2025-11-20',
      url: 'https://example.org/a#b',
      empty: null,
      list: ['a', { id: 'b', in: ['c', 'd'] }, { id: 'e', nested: [1, null] }],
      folded: 'one two\nthree',
      literal: 'line one\n  indented\n# not a comment\n',
      wrapped: { a: 1, b: [] },
    });
    expectAgreement(text);
  });

  test.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['a CR', 'a: 1\r\nb: 2\r\n'],
    ['a quoted key', '"a": 1\n'],
    ['an escape', 'a: "x\\ny"\n'],
    ['a mapping in a plain value', 'a: b: c\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['a document marker', '---\na: 1\n'],
    ['a number as a key', '5: x\n'],
    ['a hexadecimal number', 'a: 0x1F\n'],
    ['a kept block scalar', 'a: |+\n  x\n\n'],
    ['a scalar document', 'just text\n'],
  ])('%s is left to yaml', (_, text) => {
    expect(readYamlSubset(text)).toBeUndefined();
  });

  // Mostly words and scalars a case file holds, now and then one the subset leaves to yaml.
  const word = fc.oneof(
    { arbitrary: fc.constantFrom('id', 'a', 'b-c', 'x.y', 'ua@2022', 'rule', 'in', 'min', 'on'), weight: 40 },
    fc.constantFrom('null', '5', 'a b', '-x'),
  );
  const friendly = fc.constantFrom('a', 'B', '1', '0', '.', '-', ' ', 'e', 'é', ':', '#', "'", ',', '~');
  const piece = fc.constantFrom(
    ...['a', 'B', '1', '0', '.', '-', ' ', ':', '#', "'", '"', ',', '[', ']', '{', '}', 'e', '~', '&', '*'],
    ...['!', '|', '>', '%', '@', '?', 'true', 'null', '.inf', '\\', 'é', '—'],
  );
  const scalar = fc.oneof(
    { arbitrary: fc.array(friendly, { maxLength: 12 }).map((pieces) => pieces.join('')), weight: 10 },
    fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join('')),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const node = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(word, tie('node'), { maxKeys: 4 }),
  })).node;
  const data = fc.oneof(fc.dictionary(word, node, { maxKeys: 5 }), fc.array(node, { maxLength: 4 }));
  const options = fc.record({
    lineWidth: fc.constantFrom(0, 20, 80),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
    collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
    defaultKeyType: fc.constantFrom('PLAIN', 'PLAIN', 'PLAIN', 'QUOTE_DOUBLE') as fc.Arbitrary<'PLAIN'>,
    defaultStringType: fc.constantFrom(
      'PLAIN',
      'QUOTE_SINGLE',
      'QUOTE_DOUBLE',
      'BLOCK_FOLDED',
      'BLOCK_LITERAL',
    ) as fc.Arbitrary<'PLAIN'>,
  });

  test('on YAML written by yaml from any data, the subset reads what yaml reads, or leaves it', () => {
    let read = 0;
    const runs = 400;
    fc.assert(
      fc.property(data, options, (value, format) => {
        const text = stringify(value, format);
        if (readYamlSubset(text) !== undefined) read++;
        expectAgreement(text);
      }),
      { numRuns: runs },
    );
    // The comparison is worth something only if the subset answers often (about a fifth of the time).
    expect(read).toBeGreaterThan(runs / 10);
  });

  test('on mangled YAML, the subset never reads what yaml refuses, and agrees on the rest', () => {
    const insert = fc.array(fc.oneof(piece, fc.constantFrom('\n', '  ', '- ', ': ')), { maxLength: 3 });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(3), insert });
    const demoTexts = caseTexts('cases/ukraine-2025').map(([, text]) => text);
    const written = fc.tuple(data, options).map(([value, format]) => stringify(value, format));
    const original = fc.oneof(written, fc.constantFrom(...demoTexts));
    fc.assert(
      fc.property(original, fc.array(edit, { minLength: 1, maxLength: 3 }), (source, edits) => {
        let text = source;
        for (const { at, remove, insert } of edits) {
          const where = at % (text.length + 1);
          text = text.slice(0, where) + insert.join('') + text.slice(where + remove);
        }
        expectAgreement(text);
      }),
      { numRuns: 1500 },
    );
  });
});

test('nesting past 64 collections is left to yaml, flow or block, without exhausting the stack', () => {
  expect(readYamlSubset(`a: ${'['.repeat(50_000)}`)).toBeUndefined();
  expect(readYamlSubset(`a: ${'['.repeat(10)}${']'.repeat(10)}`)?.value).toEqual({
    a: JSON.parse(`${'['.repeat(10)}${']'.repeat(10)}`),
  });
  const deep = Array.from({ length: 70 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n');
  expect(readYamlSubset(deep)).toBeUndefined();
  expect(readYamlSubset(deep.split('\n').slice(0, 60).join('\n'))).toBeDefined();
});
