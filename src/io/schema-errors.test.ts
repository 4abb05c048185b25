import { expect, test } from 'vitest';
import { CaseManifest, Position } from '../model/index.js';
import { schemaErrors } from './schema-errors.js';

const explain = (schema: typeof Position | typeof CaseManifest, raw: unknown) => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? [] : schemaErrors(schema, raw, parsed.error.issues);
};

const position = (redline: unknown) => ({
  party: 'ua',
  redlines: [{ id: 'army-floor', text: 'No cap below 800k', ...(redline as object) }],
});

test('a mistyped rule key is an unknown field of its red line, with every rule key as expected', () => {
  expect(explain(Position, position({ rule: { issue: 'military.cap', minimum: 800000 } }))).toEqual([
    {
      path: ['redlines', 0, 'rule', 'minimum'],
      code: 'unknown_field',
      message: "unknown field 'minimum' in red line 'army-floor'",
      expected: ['issue', 'in', 'notIn', 'min', 'max', 'all', 'any', 'not', 'if', 'then'],
    },
  ]);
});

test('a nested rule is explained at the deepest mistake', () => {
  const rule = {
    all: [{ issue: 'a', in: ['x'] }, { not: { issue: 'b', min: 'lots' } }, { if: { issue: 'c', in: ['y'] } }],
  };
  expect(explain(Position, position({ rule })).map((e) => [e.path.join('.'), e.message])).toEqual([
    ['redlines.0.rule.all.1.not.min', "'min' in red line 'army-floor' must be a number, not 'lots'"],
    ['redlines.0.rule.all.2', "'if' needs a 'then' in red line 'army-floor' (missing 'then')"],
  ]);
});

test('a rule mixing two forms, or with two tests, says so', () => {
  expect(explain(Position, position({ rule: { issue: 'a', in: ['x'], all: [] } }))[0]?.message).toBe(
    "a rule in red line 'army-floor' takes one form, but this one mixes 'issue', 'in', 'all'",
  );
  expect(explain(Position, position({ rule: { issue: 'a', in: ['x'], max: 3 } }))[0]?.message).toBe(
    "a rule on an issue in red line 'army-floor' takes one of in, notIn, min, max, not both 'in' and 'max'",
  );
});

test('an empty rule lists every form of the grammar, and a list form given one rule asks for a list', () => {
  expect(explain(Position, position({ rule: {} }))[0]?.message).toBe(
    "empty rule in red line 'army-floor': write one of { issue, in | notIn | min | max }, { all }, { any }, { not }, { if, then }",
  );
  expect(explain(Position, position({ rule: { any: { issue: 'a', in: ['x'] } } }))[0]).toMatchObject({
    path: ['redlines', 0, 'rule', 'any'],
    message: "'any' in red line 'army-floor' must be a list of at least one rule, not a mapping",
  });
  expect(explain(Position, position({ rule: { then: { issue: 'a', in: ['x'] } } }))[0]?.message).toBe(
    "'if' needs a 'then' in red line 'army-floor' (missing 'if')",
  );
});

test('a missing rule is a missing field', () => {
  expect(explain(Position, position({}))).toEqual([
    {
      path: ['redlines', 0, 'rule'],
      code: 'missing_field',
      message: "missing field 'rule' in red line 'army-floor'",
    },
  ]);
});

test('wrong kinds of values name the field, its owner and what was written', () => {
  const manifest = {
    id: 'demo',
    title: 'Demo',
    parties: [{ id: 'ua' }],
    issues: [{ id: 'military.cap', title: 'Cap', options: [{ id: 800, label: '800,000', value: 'lots' }] }],
  };
  expect(explain(CaseManifest, manifest).map((e) => [e.code, e.message])).toEqual([
    ['missing_field', "missing field 'name' in party 'ua'"],
    [
      'invalid_value',
      "field 'id' in option #1 of issue 'military.cap' must be a string, not 800 (quote it: '800')",
    ],
    [
      'invalid_value',
      "field 'value' in option #1 of issue 'military.cap' must be a number or .inf, not 'lots'",
    ],
  ]);
});

test('ranges, enums and ids say what would be right', () => {
  expect(
    explain(Position, { party: 'UA', reservation: 120, weights: { 'military.cap': -1 } }).map(
      (e) => e.message,
    ),
  ).toEqual([
    `'UA' is not valid for field 'party': use lower-case letters, digits, "." and "-", starting with a letter or digit`,
    "field 'reservation' must be at most 100, not 120",
    'the weight of issue military.cap must be at least 0, not -1',
  ]);
});

test('an empty list of options or rules says it is empty', () => {
  expect(
    explain(Position, position({ rule: { any: [{ issue: 'a', in: [] }, { all: [] }] } })).map(
      (e) => e.message,
    ),
  ).toEqual([
    "field 'in' in red line 'army-floor' needs at least 1 item",
    "field 'all' in red line 'army-floor' needs at least 1 item",
  ]);
});
