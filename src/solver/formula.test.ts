import { expect, test } from 'vitest';
import { buildIssue } from '../../test/case-builder.test-support.js';
import { compileRule, enforceFormula, evaluateFormula, issuesOfFormula } from './formula.js';

// Masks count options in this order: cap's bit 0 is none, bit 3 the option without a value.
const issues = [
  buildIssue('military.cap', [['none', Infinity], ['cap-800k', 800_000], ['cap-600k', 600_000], 'unknown']),
  buildIssue('nato', ['open', 'barred']),
];

test('a min rule keeps the options at or above the floor, .inf included, and fails an option without value', () => {
  expect(compileRule({ issue: 'military.cap', min: 800_000 }, issues)).toEqual({
    kind: 'lit',
    issue: 0,
    mask: 0b0011,
  });
});

test('not of a min rule passes the option without a value', () => {
  expect(compileRule({ not: { issue: 'military.cap', min: 800_000 } }, issues)).toEqual({
    kind: 'lit',
    issue: 0,
    mask: 0b1100,
  });
});

test('in, notIn and max compile to the options they name or allow', () => {
  expect(compileRule({ issue: 'nato', in: ['barred'] }, issues)).toEqual({
    kind: 'lit',
    issue: 1,
    mask: 0b10,
  });
  expect(compileRule({ issue: 'nato', notIn: ['barred'] }, issues)).toEqual({
    kind: 'lit',
    issue: 1,
    mask: 0b01,
  });
  expect(compileRule({ issue: 'military.cap', max: 700_000 }, issues)).toEqual({
    kind: 'lit',
    issue: 0,
    mask: 0b0100,
  });
});

test('if a then b becomes not-a or b, and its negation a and not-b', () => {
  const rule = { if: { issue: 'nato', in: ['barred'] }, then: { issue: 'military.cap', in: ['none'] } };
  expect(compileRule(rule, issues)).toEqual({
    kind: 'or',
    children: [
      { kind: 'lit', issue: 1, mask: 0b01 },
      { kind: 'lit', issue: 0, mask: 0b0001 },
    ],
  });
  expect(compileRule({ not: rule }, issues)).toEqual({
    kind: 'and',
    children: [
      { kind: 'lit', issue: 1, mask: 0b10 },
      { kind: 'lit', issue: 0, mask: 0b1110 },
    ],
  });
});

test('a rule that every option passes or none passes simplifies to a constant', () => {
  expect(compileRule({ issue: 'nato', notIn: ['x'] }, issues)).toEqual({ kind: 'const', value: true });
  expect(
    compileRule(
      {
        all: [
          { issue: 'nato', in: ['open'] },
          { issue: 'military.cap', max: -1 },
        ],
      },
      issues,
    ),
  ).toEqual({
    kind: 'const',
    value: false,
  });
});

test('a rule on an issue the case does not have is a bug, not a user error, and throws', () => {
  expect(() => compileRule({ issue: 'nope', in: ['x'] }, issues)).toThrow(/nope/);
});

test('evaluation is three-valued on partial packages and exact on complete ones', () => {
  const formula = compileRule(
    {
      any: [
        { issue: 'nato', in: ['open'] },
        { issue: 'military.cap', min: 800_000 },
      ],
    },
    issues,
  );
  expect(evaluateFormula(formula, Int32Array.from([0b1111, 0b11]))).toBe(-1);
  expect(evaluateFormula(formula, Int32Array.from([0b0100, 0b10]))).toBe(0);
  expect(evaluateFormula(formula, Int32Array.from([0b0100, 0b01]))).toBe(1);
  expect(issuesOfFormula(formula)).toEqual([0, 1]);
});

test('enforcing an or with one open child left narrows that child', () => {
  const formula = compileRule(
    {
      any: [
        { issue: 'nato', in: ['open'] },
        { issue: 'military.cap', min: 800_000 },
      ],
    },
    issues,
  );
  const domains = Int32Array.from([0b1111, 0b10]);
  const changed: number[] = [];
  expect(enforceFormula(formula, domains, changed)).toBe(true);
  expect([...domains]).toEqual([0b0011, 0b10]);
  expect(changed).toEqual([0]);
  expect(enforceFormula(formula, Int32Array.from([0b0100, 0b10]), [])).toBe(false);
});
