import { expect, test } from 'vitest';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { centralPosition } from '../model/index.js';
import { uncertainParameters } from './parameters.js';
import { createSampler } from './sample-case.js';

const theCase = buildCase({
  parties: [buildParty('ua'), buildParty('ru'), buildParty('eu')],
  issues: [buildIssue('land', ['keep', 'split', 'cede']), buildIssue('bloc', ['open', 'neutral'])],
  positions: [
    buildPosition('ua', {
      reservation: '20..40',
      weights: { land: '3..6', bloc: 2 },
      utilities: { land: { keep: 100, split: { low: 30, mode: 50, high: 60 } }, bloc: { open: 100 } },
      redlines: [buildRedLine('no-cede', { issue: 'land', notIn: ['cede'] }, { firmness: 'likely' })],
    }),
    buildPosition('ru', {
      reservation: 25,
      weights: { land: 6, bloc: 2 },
      utilities: { land: { cede: 100, split: 60 }, bloc: { neutral: 100 } },
    }),
    buildPosition('eu', { reservation: 10, weights: { bloc: 1 }, utilities: { bloc: { open: '70..90' } } }),
  ],
});
const parameters = uncertainParameters(theCase);

test('a sampler draws each sample alike however many it drew before, and drawing one changes no other', () => {
  const draw = createSampler(theCase, parameters);
  const first = draw(1, 0);
  const copy = structuredClone(first);
  for (let index = 1; index < 50; index++) draw(1, index);
  expect(first).toEqual(copy);
  expect(createSampler(theCase, parameters)(1, 0)).toEqual(copy);
  expect(draw(1, 0)).toEqual(copy);
  // The case itself keeps its ranges.
  expect(theCase.positions[0]!.reservation).toBe('20..40');
});

test('a position without uncertain parameters is its central position in every sample, shared', () => {
  const draw = createSampler(theCase, parameters);
  const [a, b] = [draw(3, 0), draw(3, 1)];
  expect(a.theCase.positions[1]).toEqual(centralPosition(theCase.positions[1]!));
  expect(a.theCase.positions[1]).toBe(b.theCase.positions[1]);
  // A drawn position copies only what it draws: ua's utilities on bloc are the central ones, shared.
  expect(a.theCase.positions[0]!.utilities.bloc).toBe(b.theCase.positions[0]!.utilities.bloc);
  expect(a.theCase.positions[0]!.utilities.land).not.toBe(b.theCase.positions[0]!.utilities.land);
});
