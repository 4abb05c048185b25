import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { builtFrom, newestSource } from '../scripts/cli-build-state.js';
import { renderHelp } from '../src/cli/main.js';

// The CLI runs from dist/, compiled ahead of time (scripts/build-cli.js); these tests build it (a no-op when
// it is current, as after `npm ci`) and check that the built command answers as the sources do.
const build = spawnSync(process.execPath, ['scripts/build-cli.js'], { encoding: 'utf8' });
const parley = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/parley.js', ...args], { encoding: 'utf8' });

test('the build succeeds and leaves dist/ current with the sources', () => {
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  expect(builtFrom()).toBeGreaterThanOrEqual(newestSource());
});

test('parley --help from the build prints the help the sources render', async () => {
  const run = parley('--help');
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(await renderHelp());
  expect(run.stdout).toContain('check [options] <case>');
});

test('a command runs from the build, with the exit status of the sources', () => {
  const valid = parley('validate', 'cases/ukraine-2025');
  expect(valid.stderr).toBe('');
  expect(valid.status).toBe(0);
  const missing = parley('validate', 'no-such-case-folder');
  expect(missing.status).toBe(1);
  expect(parley('no-such-command').status).toBe(2);
});

test('the build loads zod, its fastify type provider and the stemmers from dist/vendor, one zod for all', () => {
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  const vendored = /from "(zod|zod\/[^"]*|fastify-type-provider-zod|snowball-stemmers)"/;
  expect(built.filter((file) => vendored.test(readFileSync(join('dist', file), 'utf8')))).toEqual([]);
  expect(readFileSync('dist/vendor/fastify-type-provider-zod.js', 'utf8')).toContain('from "./zod.js"');
});

const scratch = mkdtempSync(join(tmpdir(), 'parley-build-state-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a source edited after the build makes it stale, also deep in a folder', () => {
  mkdirSync(join(scratch, 'deep', 'er'), { recursive: true });
  writeFileSync(join(scratch, 'deep', 'er', 'a.ts'), '');
  const old = new Date('2020-01-01T00:00:00Z');
  for (const path of [
    join(scratch, 'deep', 'er', 'a.ts'),
    join(scratch, 'deep', 'er'),
    join(scratch, 'deep'),
    scratch,
  ]) {
    utimesSync(path, old, old);
  }
  const before = newestSource(scratch);
  utimesSync(join(scratch, 'deep', 'er', 'a.ts'), new Date(), new Date());
  expect(newestSource(scratch)).toBeGreaterThan(before);
});
