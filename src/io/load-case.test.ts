import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { loadCase } from './load-case.js';

const scratch = mkdtemp(join(tmpdir(), 'parley-load-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

test('the demo case loads its proposals in the order they were tabled and positions in party order', async () => {
  const loaded = await loadCase(fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url)));
  expect(loaded.ok).toBe(true);
  if (!loaded.ok) return;
  expect(loaded.value.proposals.map((p) => p.id)).toEqual([
    'istanbul-2022',
    'us-28',
    'e3-counter',
    'framework-20',
  ]);
  expect(loaded.value.positions.map((p) => p.party)).toEqual(['ua', 'ru', 'us', 'eu']);
});

test('a file that is not UTF-8 is reported as such', async () => {
  const dir = await scratch;
  await writeFile(join(dir, 'case.yaml'), Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
  const loaded = await loadCase(dir);
  expect(loaded.ok ? [] : loaded.errors).toEqual([
    {
      file: 'case.yaml',
      line: 0,
      code: 'binary_file',
      message: 'the file is not UTF-8 text: save it as UTF-8',
    },
  ]);
});
