import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Case } from '../model/index.js';
import { loadCase } from './load-case.js';
import { saveCase } from './save-case.js';

const small = fileURLToPath(new URL('../../test/fixtures/cases/small', import.meta.url));
let scratch: string;
let original: Case;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'parley-save-'));
  const loaded = await loadCase(small);
  if (!loaded.ok) throw new Error('the small fixture case does not load');
  original = loaded.value;
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const withoutOffsets = (c: Case): Case => ({
  ...c,
  proposals: c.proposals.map((p) => ({
    ...p,
    provisions: p.provisions.map(({ start: _s, end: _e, ...rest }) => rest),
  })),
});

test('a saved case loads back equal, up to provision offsets', async () => {
  const dir = join(scratch, 'new-case');
  await saveCase(original, dir);
  const loaded = await loadCase(dir);
  expect(loaded.ok && withoutOffsets(loaded.value)).toEqual(withoutOffsets(original));
  expect((await readdir(dir, { recursive: true })).sort()).toEqual([
    'case.yaml',
    'positions',
    'positions/ru.yaml',
    'positions/ua.yaml',
    'proposals',
    'proposals/e3-counter.md',
    'proposals/us-28.md',
  ]);
  expect(await readdir(scratch)).toEqual(['new-case']); // no temporary folder left behind
});

test('saving over a folder replaces its case files, drops stale ones and keeps other files', async () => {
  const dir = join(scratch, 'existing');
  await mkdir(join(dir, 'proposals'), { recursive: true });
  await writeFile(join(dir, 'README.md'), 'notes\n');
  await writeFile(join(dir, 'proposals/old.md'), '---\nid: old\ntitle: Old\n---\n');
  await saveCase(original, dir);
  const names = (await readdir(dir, { recursive: true })).sort();
  expect(names).toContain('README.md');
  expect(names).not.toContain('proposals/old.md');
  expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
  expect(await readFile(join(dir, 'case.yaml'), 'utf8')).toMatch(/^id: small\n/);
});

test('a failed save leaves the folder as it was', async () => {
  const dir = join(scratch, 'blocked');
  await mkdir(dir);
  await writeFile(join(dir, 'case.yaml'), 'id: before\ntitle: Before\n');
  // A file where the proposals folder should be makes the save fail before anything is renamed.
  await writeFile(join(dir, 'proposals'), 'in the way');
  await expect(saveCase(original, dir)).rejects.toThrow();
  expect(await readFile(join(dir, 'case.yaml'), 'utf8')).toBe('id: before\ntitle: Before\n');
  expect((await readdir(dir)).sort()).toEqual(['case.yaml', 'proposals']);
});
