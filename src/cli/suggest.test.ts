import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const demoCase = join(process.cwd(), 'cases/ukraine-2025');
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'parley-suggest-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** A copy of the demo case whose counter-proposal has had every code comment line removed. */
async function uncodedCase(name: string): Promise<{ dir: string; file: string; uncoded: string }> {
  const dir = join(scratch, name);
  await cp(demoCase, dir, { recursive: true });
  const file = join(dir, 'proposals/e3-counter.md');
  const uncoded = (await readFile(file, 'utf8')).replace(/^[ \t]*<!-- parley:[^\n]*-->\n/gm, '');
  await writeFile(file, uncoded);
  return { dir, file, uncoded };
}

test('suggest --json prints the contract shape, each suggestion with its reason', async () => {
  const { dir } = await uncodedCase('json');
  const run = await runCli(['suggest', dir, 'e3-counter', '--json']);
  expect(run.status).toBe(0);
  const { suggestions } = JSON.parse(run.stdout) as { suggestions: Record<string, unknown>[] };
  expect(suggestions.length).toBeGreaterThan(5);
  for (const s of suggestions)
    expect(Object.keys(s).sort()).toEqual(['because', 'confidence', 'issue', 'option', 'provision']);
  expect(suggestions).toContainEqual(
    expect.objectContaining({ provision: '6', issue: 'military.cap', option: 'cap-800k' }),
  );
});

test('suggest --apply only adds code lines to the file, and the case stays valid', async () => {
  const { dir, file, uncoded } = await uncodedCase('apply');
  const run = await runCli(['suggest', dir, 'e3-counter', '--apply', '--min-confidence', '0.7']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/wrote \d+ codes? into proposals\/e3-counter\.md; the case is valid/);
  const written = await readFile(file, 'utf8');
  expect(written).not.toBe(uncoded);
  expect(written.replace(/^[ \t]*<!-- parley:[^\n]*-->\n/gm, '')).toBe(uncoded);
  expect((await runCli(['validate', dir])).status).toBe(0);
  // Applied codes are codes now: suggesting again finds nothing new at that confidence for those provisions.
  const again = JSON.parse(
    (await runCli(['suggest', dir, 'e3-counter', '--json', '--min-confidence', '0.7'])).stdout,
  );
  expect(again.suggestions).toEqual([]);
});

test('an unknown proposal is one line naming the close id, exit 1; a bad confidence is a usage error', async () => {
  const unknown = await runCli(['suggest', demoCase, 'e3-countr']);
  expect(unknown.status).toBe(1);
  expect(unknown.stderr).toContain("no proposal 'e3-countr' in this case (did you mean e3-counter?)");
  const bad = await runCli(['suggest', demoCase, 'e3-counter', '--min-confidence', '2']);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('--min-confidence must be a number from 0 to 1');
});
