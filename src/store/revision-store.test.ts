import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Case } from '../model/index.js';
import { storeTargets } from './store-targets.test-support.js';
import type { Store } from './index.js';

const sample = Case.parse({
  id: 'hist',
  title: 'History',
  parties: [{ id: 'ua', name: 'Ukraine' }],
  issues: [{ id: 'cap', title: 'Cap', options: [{ id: 'none', label: 'No cap', value: Infinity }] }],
  proposals: [{ id: 'p1', title: 'First' }],
  positions: [{ party: 'ua', reservation: 20 }],
});

describe.each(storeTargets())('history and set-up on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await store.createProcess(sample);
  });
  afterAll(async () => store?.close());

  test('every saved version of a proposal is kept, newest first, with who saved it and when', async () => {
    const first = (await store.readProposal('hist', 'p1'))!;
    const author = { userId: 'u1', at: '2026-01-02T00:00:00.000Z' };
    const written = await store.writeProposal(
      'hist',
      { ...first.value, title: 'Second' },
      first.version,
      author,
    );
    expect(written).toEqual({ ok: true, version: first.version + 1 });
    const stale = await store.writeProposal('hist', { ...first.value, title: 'Lost' }, first.version, author);
    expect(stale.ok).toBe(false);
    const revisions = await store.listRevisions('hist', 'proposal', 'p1');
    expect(revisions.map((r) => [r.version, r.value.title, r.userId])).toEqual([
      [first.version + 1, 'Second', 'u1'],
      [first.version, 'First', null],
    ]);
    expect((await store.readRevision('hist', 'proposal', 'p1', first.version))?.value.title).toBe('First');
  });

  test('a position keeps its versions too, infinities included', async () => {
    const first = (await store.readPosition('hist', 'ua'))!;
    const next = {
      ...first.value,
      reservation: 30,
      redlines: [{ id: 'r', text: 't', rule: { issue: 'cap', max: Infinity } }],
    };
    await store.writePosition('hist', next, first.version, { userId: 'u2', at: '2026-01-03T00:00:00.000Z' });
    const revisions = await store.listRevisions('hist', 'position', 'ua');
    expect(revisions).toHaveLength(2);
    expect(revisions[0]?.value).toMatchObject({ reservation: 30, redlines: [{ rule: { max: Infinity } }] });
    expect(revisions[1]?.value.reservation).toBe(20);
  });

  test('the manifest is replaced whole under its version, and a stale version changes nothing', async () => {
    const version = (await store.readManifestVersion('hist'))!;
    const manifest = (await store.readManifest('hist'))!;
    const { id: _id, ...content } = manifest;
    const changed = {
      ...content,
      title: 'Renamed',
      parties: [...content.parties, { id: 'ru', name: 'Russia', kind: 'party' as const }],
    };
    expect(await store.writeManifest('hist', changed, version)).toEqual({ ok: true, version: version + 1 });
    expect(await store.writeManifest('hist', { ...changed, title: 'Lost' }, version)).toEqual({
      ok: false,
      reason: 'stale',
      currentVersion: version + 1,
    });
    const read = (await store.readManifest('hist'))!;
    expect(read.title).toBe('Renamed');
    expect(read.parties.map((p) => p.id)).toEqual(['ua', 'ru']);
    expect(await store.writeManifest('nowhere', changed, 1)).toEqual({ ok: false, reason: 'missing' });
  });

  test('earlier versions of a position are kept in its history, older first, and read back as earlierPositions', async () => {
    const dated = Case.parse({
      ...sample,
      id: 'dated',
      positions: [{ party: 'ua', asOf: '2025-11-20', reservation: 30 }],
      earlierPositions: [
        { party: 'ua', asOf: '2024-01-01', reservation: 35 },
        { party: 'ua', asOf: '2022-03-29', reservation: 40 },
      ],
    });
    await store.createProcess(dated);
    const revisions = await store.listRevisions('dated', 'position', 'ua');
    expect(revisions.map((r) => [r.value.asOf, r.value.reservation])).toEqual([
      ['2025-11-20', 30],
      ['2024-01-01', 35],
      ['2022-03-29', 40],
    ]);
    const read = (await store.readCase('dated'))!;
    expect(read.positions.map((p) => p.asOf)).toEqual(['2025-11-20']);
    expect(read.earlierPositions?.map((p) => [p.asOf, p.reservation])).toEqual([
      ['2022-03-29', 40],
      ['2024-01-01', 35],
    ]);
  });

  test('saving a position with a later asOf makes the one before it an earlier version; a correction does not', async () => {
    const first = (await store.readPosition('dated', 'ua'))!;
    const corrected = await store.writePosition('dated', { ...first.value, reservation: 31 }, first.version);
    expect(corrected.ok).toBe(true);
    let read = (await store.readCase('dated'))!;
    expect(read.earlierPositions?.map((p) => p.asOf)).toEqual(['2022-03-29', '2024-01-01']);
    const current = (await store.readPosition('dated', 'ua'))!;
    await store.writePosition(
      'dated',
      { ...current.value, asOf: '2025-12-24', reservation: 25 },
      current.version,
    );
    read = (await store.readCase('dated'))!;
    expect(read.positions[0]).toMatchObject({ asOf: '2025-12-24', reservation: 25 });
    // The corrected version (31) stands for 2025-11-20, not the one it corrected (30).
    expect(read.earlierPositions?.map((p) => [p.asOf, p.reservation])).toEqual([
      ['2022-03-29', 40],
      ['2024-01-01', 35],
      ['2025-11-20', 31],
    ]);
  });

  test('an undated position has no earlier versions, whatever its history holds', async () => {
    const read = (await store.readCase('hist'))!;
    expect(read.earlierPositions).toBeUndefined();
  });
});
