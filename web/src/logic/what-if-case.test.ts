import { expect, test } from 'vitest';
import { assembleCase, describeGivenUp, restoreInfinity, withoutRedLines } from './what-if-case.js';
import type { Case } from '../../../src/model/index.js';

test('"Infinity" in an option value or a rule bound becomes the number again', () => {
  expect(
    restoreInfinity({
      options: [{ id: 'none', label: 'No cap', value: 'Infinity' }],
      rule: { issue: 'x', max: '-Infinity' },
    }),
  ).toEqual({
    options: [{ id: 'none', label: 'No cap', value: Infinity }],
    rule: { issue: 'x', max: -Infinity },
  });
});

test('a text that happens to read "Infinity" stays text', () => {
  expect(restoreInfinity({ label: 'Infinity' })).toEqual({ label: 'Infinity' });
});

test('the process access and set-up version are not part of the assembled case', () => {
  const theCase = assembleCase(
    {
      id: 'c',
      title: 'C',
      parties: [],
      tracks: [],
      issues: [],
      coherence: [],
      access: { role: 'mediator', party: null },
      version: 3,
    },
    [],
    [],
  );
  expect(theCase).toEqual({
    id: 'c',
    title: 'C',
    parties: [],
    tracks: [],
    issues: [],
    coherence: [],
    proposals: [],
    positions: [],
  });
});

test('relaxing removes exactly the named red lines of the named party', () => {
  const rule = { issue: 'military.cap', min: 800000 };
  const theCase: Case = {
    id: 'c',
    title: 'C',
    parties: [],
    tracks: [],
    issues: [],
    coherence: [],
    proposals: [],
    positions: [
      {
        party: 'ua',
        reservation: 0,
        weights: {},
        utilities: {},
        redlines: [{ id: 'army-floor', text: 'a', rule }],
      },
      {
        party: 'ru',
        reservation: 0,
        weights: {},
        utilities: {},
        redlines: [{ id: 'army-floor', text: 'b', rule }],
      },
    ],
  };
  const relaxed = withoutRedLines(theCase, [{ party: 'ru', redline: 'army-floor' }]);
  expect(relaxed.positions.map((p) => p.redlines.map((r) => r.id))).toEqual([['army-floor'], []]);
});

test('the what-if summary counts the red lines given up, per party, each once', () => {
  const names: Record<string, string> = { ua: 'Ukraine', ru: 'Russia' };
  const name = (id: string) => names[id] ?? id;
  const relaxed = [
    { party: 'ua', redline: 'no-cap' },
    { party: 'ru', redline: 'neutral' },
    { party: 'ua', redline: 'territory' },
    { party: 'ua', redline: 'no-cap' },
  ];
  expect(describeGivenUp(relaxed, name)).toBe('3 red lines given up (Ukraine 2, Russia 1)');
  expect(describeGivenUp(relaxed.slice(1, 2), name)).toBe('1 red line given up (Russia 1)');
});
