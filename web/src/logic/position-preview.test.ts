import { expect, test } from 'vitest';
import { CaseManifest } from '../../../src/model/index.js';
import type { Position } from '../../../src/model/index.js';
import { e3, us28 } from './fixtures.test-support.js';
import { previewPosition } from './position-preview.js';

const manifest: CaseManifest = CaseManifest.parse({
  id: 'talks',
  title: 'Talks',
  parties: [{ id: 'ua', name: 'Ukraine' }],
  tracks: [],
  issues: [
    {
      id: 'military.cap',
      title: 'Army cap',
      options: [
        { id: 'cap-800k', label: '800,000', value: 800_000 },
        { id: 'cap-600k', label: '600,000', value: 600_000 },
      ],
    },
    { id: 'nato.enlargement', title: 'Enlargement', options: [{ id: 'halted', label: 'Halted' }] },
  ],
});

const ua: Position = {
  party: 'ua',
  reservation: 50,
  weights: { 'military.cap': 1 },
  utilities: { 'military.cap': { 'cap-800k': 70, 'cap-600k': 10 } },
  redlines: [
    { id: 'army-floor', text: 'No cap below 800,000', rule: { issue: 'military.cap', min: 800_000 } },
  ],
};

test('each proposal gets the draft’s utility and each red line’s verdict, with the deciding reservation', () => {
  expect(previewPosition(manifest, [us28, e3], ua)).toEqual([
    {
      proposal: 'us-28',
      title: 'US 28-point plan',
      utility: 10,
      aboveReservation: false,
      verdicts: ['violated'],
    },
    {
      proposal: 'e3-counter',
      title: 'E3 counter-proposal',
      utility: 70,
      aboveReservation: true,
      verdicts: ['satisfied'],
    },
  ]);
});

test('changing a red line changes its verdicts', () => {
  const relaxed = {
    ...ua,
    redlines: [{ ...ua.redlines[0]!, rule: { issue: 'military.cap', min: 500_000 } }],
  };
  expect(previewPosition(manifest, [us28], relaxed)?.[0]?.verdicts).toEqual(['satisfied']);
});

test('a draft with a half-built rule has no preview', () => {
  const broken = {
    ...ua,
    redlines: [{ ...ua.redlines[0]!, rule: { issue: 'military.cap' } }],
  } as unknown as Position;
  expect(previewPosition(manifest, [us28], broken)).toBeNull();
});
