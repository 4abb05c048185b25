import { expect, test } from 'vitest';
import { Case } from './case.js';
import { positionsToUse } from './estimates.js';

const theCase = Case.parse({
  id: 'demo',
  title: 'Demo',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
    { id: 'us', name: 'United States' },
  ],
  positions: [
    { party: 'ua', reservation: 20 },
    { party: 'ru', reservation: 30 },
  ],
  estimates: [
    { party: 'us', reservation: 10 },
    { party: 'ru', reservation: '40..60' },
  ],
});

test('the entered positions are the case without its estimates', () => {
  const { theCase: used, estimated } = positionsToUse(theCase, 'entered');
  expect(used.positions).toEqual(theCase.positions);
  expect(used).not.toHaveProperty('estimates');
  expect(estimated).toEqual([]);
});

test("with estimates, each estimated party's estimate replaces its entered position, and a party without one keeps its own", () => {
  const { theCase: used, estimated } = positionsToUse(theCase, 'estimates');
  expect(used.positions.map((p) => [p.party, p.reservation])).toEqual([
    ['ua', 20],
    ['ru', '40..60'],
    ['us', 10],
  ]);
  expect(estimated).toEqual(['ru', 'us']);
  expect(used).not.toHaveProperty('estimates');
});
