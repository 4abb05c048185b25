import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const fixture = (name: string): string => join(process.cwd(), 'test/fixtures/compare', name);
const scratch = mkdtempSync(join(tmpdir(), 'parley-merge-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('parley merge writes a readable merged draft and exits 1 while conflicts remain', async () => {
  const out = join(scratch, 'merged.md');
  const { status, stderr } = await runCli([
    'merge',
    fixture('us-28.md'),
    fixture('e3-counter.md'),
    fixture('us-ua-revision.md'),
    '--out',
    out,
  ]);
  expect(status).toBe(1);
  expect(stderr).toMatch(/^\d+ conflicts to settle\n$/);
  const markdown = readFileSync(out, 'utf8');
  expect(markdown).toMatch(/^# us-28 merged with e3-counter and us-ua-revision\n/);
  expect(markdown).toContain('9. NATO fighter aircraft are to be based in Poland and Romania.');
  expect(markdown).toContain('   > **us-ua-revision**: *deletes this provision*');
});

test('parley merge --json gives the blocks and the number of conflicts', async () => {
  const { status, stdout } = await runCli([
    'merge',
    fixture('us-28.md'),
    fixture('us-28.md'),
    fixture('us-28.md'),
    '--json',
  ]);
  expect(status).toBe(0);
  const result = JSON.parse(stdout) as { blocks: { source: string }[]; conflicts: number };
  expect(result.conflicts).toBe(0);
  expect(result.blocks).toHaveLength(52);
  expect(new Set(result.blocks.map((b) => b.source))).toEqual(new Set(['base']));
});

test('merge names the authors from a case proposal', async () => {
  const demo = join(process.cwd(), 'cases/ukraine-2025');
  const { stdout } = await runCli(['merge', '--case', demo, 'us-28', 'e3-counter', 'us-28']);
  expect(stdout).toContain('9. NATO fighter aircraft');
  expect(stdout).not.toContain('**Conflict**');
});
