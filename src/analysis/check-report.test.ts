import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Reader } from '../model/index.js';
import { redactCheck } from './check-report.js';

const reader: Reader = {
  unsealed: new Set(['ua']),
  partyNames: new Map([
    ['ua', 'Ukraine'],
    ['ru', 'Russia'],
  ]),
};

test('no red-line id or utility of a sealed party survives redaction of any check report', () => {
  const result = fc.record({
    proposal: fc.constantFrom('p1', 'p2'),
    party: fc.constantFrom('ua', 'ru'),
    utility: fc.double({ min: 0, max: 100, noNaN: true }),
    best: fc.double({ min: 0, max: 100, noNaN: true }),
    openIssues: fc.array(fc.constantFrom('cap', 'nato')),
    reservation: fc.double({ min: 0, max: 100, noNaN: true }),
    aboveReservation: fc.boolean(),
    verdict: fc.constantFrom('satisfied' as const, 'violated' as const, 'open' as const),
    redlines: fc.array(
      fc.record({
        id: fc.stringMatching(/^secret-[a-z]{1,8}$/),
        verdict: fc.constantFrom('satisfied' as const, 'violated' as const, 'open' as const),
        evidence: fc.array(fc.constantFrom('1', '2')),
        openIssues: fc.array(fc.constantFrom('cap')),
      }),
    ),
  });
  fc.assert(
    fc.property(fc.array(result), (results) => {
      for (const r of redactCheck({ results }, reader).results.filter((x) => x.party === 'ru')) {
        expect(r.utility).toBeNull();
        expect(JSON.stringify(r)).not.toMatch(/secret-/);
      }
    }),
  );
});
