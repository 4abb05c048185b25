import { expect, test } from 'vitest';
import type { Formula } from './formula.js';
import { Propagator } from './propagator.js';

test('propagation follows a chain of implications to its end', () => {
  // x0 = 0 → x1 = 1 → x2 = 2, written as or(not-lit, lit)
  const formulas: Formula[] = [
    {
      kind: 'or',
      children: [
        { kind: 'lit', issue: 0, mask: 0b110 },
        { kind: 'lit', issue: 1, mask: 0b010 },
      ],
    },
    {
      kind: 'or',
      children: [
        { kind: 'lit', issue: 1, mask: 0b101 },
        { kind: 'lit', issue: 2, mask: 0b100 },
      ],
    },
  ];
  const propagator = new Propagator(formulas, 3);
  const domains = Int32Array.from([0b001, 0b111, 0b111]);
  expect(propagator.propagate(domains, [0])).toBe(true);
  expect([...domains]).toEqual([0b001, 0b010, 0b100]);
});

test('propagation reports a dead end when two constraints leave an issue no option', () => {
  const formulas: Formula[] = [
    { kind: 'lit', issue: 0, mask: 0b01 },
    { kind: 'lit', issue: 0, mask: 0b10 },
  ];
  const propagator = new Propagator(formulas, 1);
  expect(propagator.propagate(Int32Array.from([0b11]))).toBe(false);
  // The queue is left clean: a later call on fresh domains sees the same answer.
  expect(propagator.propagate(Int32Array.from([0b11]))).toBe(false);
});
