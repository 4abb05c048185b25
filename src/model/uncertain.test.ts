import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Position } from './position.js';
import { centralPosition } from './position.js';
import { UncertainNumber, centralValue, holdProbability, spreadOf } from './uncertain.js';

const Score = UncertainNumber(0, 100);

test('a number, a range and a triangle are all uncertain numbers, kept as written', () => {
  expect(Score.parse(40)).toBe(40);
  expect(Score.parse('20..40')).toBe('20..40');
  expect(Score.parse({ low: 20, mode: 25, high: 40 })).toEqual({ low: 20, mode: 25, high: 40 });
});

test('a range must read low..high, low first, inside the bounds', () => {
  expect(Score.safeParse('20-40').success).toBe(false);
  expect(Score.safeParse('40..20').success).toBe(false);
  expect(Score.safeParse('90..120').success).toBe(false);
  expect(Score.safeParse({ low: 20, mode: 50, high: 40 }).success).toBe(false);
  expect(Score.safeParse({ low: 20, high: 40, peak: 30 }).success).toBe(false);
});

test('the central value is the number, the midpoint of a range, the mode of a triangle', () => {
  expect(centralValue(7)).toBe(7);
  expect(centralValue('5..8')).toBe(6.5);
  expect(centralValue(' 5 .. 8 ')).toBe(6.5);
  expect(centralValue({ low: 10, high: 30 })).toBe(20);
  expect(centralValue({ low: 10, mode: 12, high: 30 })).toBe(12);
  expect(spreadOf('-1.5..2')).toEqual({ low: -1.5, high: 2 });
});

test('the central value of any accepted value lies within its spread', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const value = Score.parse(`${low}..${high}`);
      expect(centralValue(value)).toBeGreaterThanOrEqual(low);
      expect(centralValue(value)).toBeLessThanOrEqual(high);
    }),
  );
});

test('firmness words are probabilities: firm 1, likely 0.8, soft 0.5; none is firm', () => {
  expect([holdProbability('firm'), holdProbability('likely'), holdProbability('soft')]).toEqual([
    1, 0.8, 0.5,
  ]);
  expect(holdProbability(0.3)).toBe(0.3);
  expect(holdProbability(undefined)).toBe(1);
});

test('a position at its central values has plain numbers and keeps its red lines', () => {
  const position = Position.parse({
    party: 'ru',
    reservation: '40..60',
    weights: { recognition: { low: 6, mode: 9, high: 10 } },
    utilities: { recognition: { 'de-jure': 100, none: '0..10' } },
    redlines: [{ id: 'r', text: 'R', rule: { issue: 'recognition', in: ['de-jure'] }, firmness: 'likely' }],
  });
  expect(centralPosition(position)).toMatchObject({
    reservation: 50,
    weights: { recognition: 9 },
    utilities: { recognition: { 'de-jure': 100, none: 5 } },
    redlines: [{ id: 'r', firmness: 'likely' }],
  });
});
