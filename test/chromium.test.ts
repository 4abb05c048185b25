import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { chromiumMissing, findChromium, hasChromium, requireChromium } from './chromium.test-support.js';

const root = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder holding the named files, executable unless `plain`. */
function folderWith(name: string, files: string[], plain = false): string {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  for (const file of files) {
    writeFileSync(join(folder, file), '#!/bin/sh\n');
    chmodSync(join(folder, file), plain ? 0o644 : 0o755);
  }
  return folder;
}

describe('finding Chromium without a machine path', () => {
  const empty = folderWith('empty', []);
  const debian = folderWith('debian', ['chromium']);
  const ubuntu = folderWith('ubuntu', ['chromium-browser']);
  const notExecutable = folderWith('plain', ['chromium'], true);

  test('the first chromium on PATH is used, before any chromium-browser', () => {
    const PATH = [empty, ubuntu, debian].join(delimiter);
    expect(findChromium({ PATH })).toBe(join(debian, 'chromium'));
    expect(findChromium({ PATH: [empty, ubuntu].join(delimiter) })).toBe(join(ubuntu, 'chromium-browser'));
  });
  test('a file that cannot be executed is passed over', () => {
    expect(findChromium({ PATH: [notExecutable, ubuntu].join(delimiter) })).toBe(
      join(ubuntu, 'chromium-browser'),
    );
    expect(hasChromium({ PATH: notExecutable })).toBe(false);
  });
  test('PARLEY_CHROMIUM wins over PATH, and a wrong one is named in the message', () => {
    const chosen = join(ubuntu, 'chromium-browser');
    expect(findChromium({ PATH: debian, PARLEY_CHROMIUM: chosen })).toBe(chosen);
    const wrong = join(empty, 'nothing-here');
    expect(findChromium({ PATH: debian, PARLEY_CHROMIUM: wrong })).toBeUndefined();
    expect(() => requireChromium({ PATH: debian, PARLEY_CHROMIUM: wrong })).toThrow(
      `PARLEY_CHROMIUM is '${wrong}', which is not an executable file`,
    );
  });
  test('with none, the message says how to get one', () => {
    expect(hasChromium({ PATH: empty })).toBe(false);
    expect(chromiumMissing({ PATH: empty })).toBe(
      'no Chromium: no chromium or chromium-browser on PATH; install it (Debian: apt-get install chromium) or set PARLEY_CHROMIUM to its executable',
    );
    expect(() => requireChromium({})).toThrow('apt-get install chromium');
  });
});
