import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Case } from '../model/index.js';
import { storeTargets } from './store-targets.test-support.js';
import type { Store } from './index.js';

const sample = Case.parse({
  id: 'estimated',
  title: 'A process with an estimate',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
  ],
  issues: [{ id: 'nato', title: 'NATO', options: [{ id: 'excluded', label: 'Excluded' }] }],
  positions: [{ party: 'ru', reservation: 30 }],
  estimates: [{ party: 'ru', reservation: '40..60', weights: { nato: { low: 1, mode: 2, high: 4 } } }],
});

describe.each(storeTargets())("the mediators' estimates and released packages on $name", (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await store.createProcess(sample);
  });
  afterAll(async () => store?.close());

  test('an imported case keeps its estimates apart from the positions, which read back as they were', async () => {
    expect((await store.listEstimates('estimated')).map((e) => e.value)).toEqual(sample.estimates);
    const { estimates: _estimates, ...withoutEstimates } = sample;
    expect(await store.readCase('estimated')).toEqual(withoutEstimates);
  });

  test('an estimate is created once, then changed only from its current version, and removed', async () => {
    const ua = { ...sample.positions[0]!, party: 'ua', reservation: 10 };
    const created = await store.writeEstimate('estimated', ua, null);
    expect(created.ok).toBe(true);
    expect(await store.writeEstimate('estimated', ua, null)).toMatchObject({ ok: false, reason: 'stale' });
    const version = created.ok ? created.version : 0;
    expect(await store.writeEstimate('estimated', { ...ua, reservation: 15 }, version + 3)).toEqual({
      ok: false,
      reason: 'stale',
      currentVersion: version,
    });
    expect(await store.writeEstimate('estimated', { ...ua, reservation: 15 }, version)).toEqual({
      ok: true,
      version: version + 1,
    });
    expect((await store.readEstimate('estimated', 'ua'))?.value.reservation).toBe(15);
    expect(await store.deleteEstimate('estimated', 'ua')).toBe(true);
    expect(await store.readEstimate('estimated', 'ua')).toBeUndefined();
    expect(await store.writeEstimate('nowhere', ua, null)).toEqual({ ok: false, reason: 'missing' });
  });

  test("an estimate's versions are kept with who saved them, and go with the estimate when it is removed", async () => {
    const ua = { ...sample.positions[0]!, party: 'ua', reservation: 20 };
    const created = await store.writeEstimate('estimated', ua, null, {
      userId: null,
      at: '2026-01-01T00:00:00Z',
    });
    const first = created.ok ? created.version : 0;
    const author = { userId: 'someone', at: '2026-01-02T00:00:00Z' };
    expect(await store.writeEstimate('estimated', { ...ua, reservation: 25 }, first, author)).toEqual({
      ok: true,
      version: first + 1,
    });
    // A stale write leaves no version behind.
    expect((await store.writeEstimate('estimated', ua, first, author)).ok).toBe(false);
    const versions = await store.listRevisions('estimated', 'estimate', 'ua');
    expect(versions.map((v) => [v.version, v.userId, v.at, v.value.reservation])).toEqual([
      [first + 1, 'someone', author.at, 25],
      [first, null, '2026-01-01T00:00:00Z', 20],
    ]);
    // Estimates and positions of the same party have histories of their own.
    expect(await store.listRevisions('estimated', 'position', 'ua')).toEqual([]);
    expect((await store.listRevisions('estimated', 'estimate', 'ru')).map((v) => v.value)).toEqual(
      sample.estimates,
    );
    expect(await store.deleteEstimate('estimated', 'ua')).toBe(true);
    expect(await store.listRevisions('estimated', 'estimate', 'ua')).toEqual([]);
  });

  test('released packages start empty and are replaced whole', async () => {
    expect(await store.readReleasedPackages('estimated')).toEqual([]);
    expect(await store.writeReleasedPackages('estimated', [{ nato: 'excluded' }])).toBe(true);
    expect(await store.readReleasedPackages('estimated')).toEqual([{ nato: 'excluded' }]);
    expect(await store.readReleasedPackages('nowhere')).toBeUndefined();
    expect(await store.writeReleasedPackages('nowhere', [])).toBe(false);
  });
});
