import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const fixture = (name: string): string => join(process.cwd(), 'test/fixtures/compare', name);
const scratch = mkdtempSync(join(tmpdir(), 'parley-compare-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

const ESC = String.fromCharCode(27);

interface JsonPair {
  from: string | null;
  to: string | null;
  kind: string;
  similarity: number;
  redline: { op: string; text: string }[];
}

describe('parley compare --json', () => {
  test('prints one JSON document of pairs in the DESIGN.md shape', async () => {
    const { status, stdout, stderr } = await runCli([
      'compare',
      fixture('us-28.md'),
      fixture('e3-counter.md'),
      '--json',
    ]);
    expect([status, stderr]).toEqual([0, '']);
    const { pairs } = JSON.parse(stdout) as { pairs: JsonPair[] };
    expect(Object.keys(pairs[0]!).slice(0, 5)).toEqual(['from', 'to', 'kind', 'similarity', 'redline']);
    expect(pairs.find((p) => p.from === '3')).toMatchObject({ to: null, kind: 'deleted' });
    expect(pairs.filter((p) => p.to === '24').map((p) => p.from)).toEqual(['24', '24a', '24b', '24c', '24d']);
  });

  test('reads a proposal file with front matter and issue codes, and summarises the issue changes', async () => {
    const a = write(
      'a.md',
      '---\nid: a\ntitle: A\n---\n6. The army is capped at 600,000. <!-- parley: military.cap=cap-600k -->\n',
    );
    const b = write(
      'b.md',
      '---\nid: b\ntitle: B\n---\n6. The army is capped at 800,000. <!-- parley: military.cap=cap-800k -->\n',
    );
    const { status, stdout } = await runCli(['compare', a, b, '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).issues).toEqual([
      {
        issue: 'military.cap',
        change: 'changed',
        from: 'cap-600k',
        to: 'cap-800k',
        fromProvisions: ['6'],
        toProvisions: ['6'],
      },
    ]);
  });
});

describe('parley compare', () => {
  test('shows each change with its redline, marked in the text when there is no colour', async () => {
    const { status, stdout } = await runCli(['compare', fixture('us-28.md'), fixture('e3-counter.md')], {
      isTTY: false,
    });
    expect(status).toBe(0);
    expect(stdout).toContain('deleted   3 → —');
    expect(stdout).toContain('capped at [-600,000-]{+800,000+} personnel{+ in peacetime+}.');
  });

  test('on a terminal deletions are red and struck through, insertions green and underlined', async () => {
    const { stdout } = await runCli(['compare', fixture('us-28.md'), fixture('e3-counter.md')], {
      isTTY: true,
      env: { NO_COLOR: undefined },
    });
    expect(stdout).toContain(`${ESC}[31m${ESC}[9m600,000`);
    expect(stdout).toContain(`${ESC}[32m${ESC}[4m800,000`);
    expect(stdout).not.toContain('[-600,000-]');
  });

  test('side by side puts the old text left and the new text right', async () => {
    const { stdout } = await runCli(
      ['compare', fixture('us-28.md'), fixture('e3-counter.md'), '--side-by-side'],
      { isTTY: false },
    );
    expect(stdout).toMatch(/\[-600,000-\] +│ .*\{\+800,000\+\}/);
  });

  test('--html prints a standalone page with escaped text and no external assets', async () => {
    const a = write('x.md', '1. Keep <script>alert(1)</script> out.\n');
    const b = write('y.md', '1. Keep <b>this</b> out.\n');
    const { status, stdout } = await runCli(['compare', a, b, '--html']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).not.toContain('<script>');
    // However the redline cuts the markup, it shows as text: `<` and `>` escaped.
    expect(stdout).toMatch(/&lt;\/?script&gt;|script&gt;/);
    expect(stdout).not.toMatch(/(src|href)="http/);
  });

  test('a missing file is reported with its path and exit status 1', async () => {
    const { status, stderr } = await runCli(['compare', join(scratch, 'nope.md'), fixture('us-28.md')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/nope\.md: no such file/);
  });

  test('a missing argument is a usage error', async () => {
    const { status } = await runCli(['compare', fixture('us-28.md')]);
    expect(status).toBe(2);
  });
});
