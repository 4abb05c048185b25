import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readTextFile } from './read-text-file.js';

const scratch = mkdtemp(join(tmpdir(), 'parley-text-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

test('a UTF-8 file is read whole, byte-order mark included so offsets count every character', async () => {
  const file = join(await scratch, 'bom.md');
  await writeFile(file, '\uFEFF1. Статья');
  expect(await readTextFile(file, 'give a file')).toEqual({ ok: true, text: '\uFEFF1. Статья' });
});

test('each unreadable file gets one line naming the file and what to do', async () => {
  const dir = await scratch;
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x31, 0x2e, 0x20, 0xe9]));
  await writeFile(join(dir, 'nul.bin'), Buffer.from([0x31, 0x00, 0x32]));
  const message = async (name: string) => {
    const read = await readTextFile(join(dir, name), 'give a .md file');
    return read.ok ? '' : read.message.slice(dir.length + 1);
  };
  expect(await message('missing.md')).toBe('missing.md: no such file (give a .md file)');
  expect(await message('latin1.txt')).toBe('latin1.txt: is not UTF-8 text; save it as UTF-8 and try again');
  expect(await message('nul.bin')).toBe(
    'nul.bin: looks binary (it contains NUL bytes); Parley reads plain text or Markdown',
  );
  const folder = await readTextFile(dir, 'give a .md file');
  expect(folder).toEqual({ ok: false, message: `${dir}: is a folder, not a file (give a .md file)` });
});
