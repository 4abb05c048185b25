import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';
import { encryptedPdf } from '../../test/encrypted-pdf.test-support.js';
import { blankFrontMatter } from './segment.js';

const fixture = (name: string): string => join(process.cwd(), 'test/fixtures/segment', name);
const scratch = mkdtempSync(join(tmpdir(), 'parley-segment-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array): string => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

interface JsonProvision {
  num: string;
  text: string;
  start: number;
  end: number;
  label: string;
}

describe('parley segment --json', () => {
  test('prints one JSON document with the 52 provisions of us-28 and their offsets', async () => {
    const { status, stdout, stderr } = await runCli(['segment', fixture('us-28.md'), '--json']);
    expect([status, stderr]).toEqual([0, '']);
    const { provisions } = JSON.parse(stdout) as { provisions: JsonProvision[] };
    expect(provisions).toHaveLength(52);
    expect(provisions[10]).toMatchObject({ num: '10a', label: 'a.', parent: '10', depth: 1 });
    expect(Object.keys(provisions[0] ?? {}).slice(0, 4)).toEqual(['num', 'text', 'start', 'end']);
  });

  test('skips front matter and keeps offsets relative to the whole file', async () => {
    const content = '---\nid: x\ntitle: "1. not a point"\n---\n1. First.\n2. Second.\n';
    const file = write('proposal.md', content);
    const { status, stdout } = await runCli(['segment', file, '--json']);
    const { provisions } = JSON.parse(stdout) as { provisions: JsonProvision[] };
    expect(status).toBe(0);
    expect(provisions.map((p) => [p.num, p.start])).toEqual([
      ['1', content.indexOf('1. First')],
      ['2', content.indexOf('2. Second')],
    ]);
  });

  test('a Word file is read by content, whatever its name, and offsets index the source in the JSON', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph('1. First.'), new Paragraph('2. Second.')] }],
    });
    const file = write('framework.bin', new Uint8Array(await Packer.toBuffer(document)));
    const { status, stdout } = await runCli(['segment', file, '--json']);
    expect(status).toBe(0);
    const { provisions, source } = JSON.parse(stdout) as { provisions: JsonProvision[]; source: string };
    expect(source).toBe('1. First.\n\n2. Second.');
    expect(provisions.map((p) => source.slice(p.start, p.end))).toEqual(['1. First.', '2. Second.']);
  });

  test('a label-like line kept as text is a warning, on stderr and in the JSON', async () => {
    const file = write('warned.txt', '4. Four.\n5a. Five a.\n');
    const { status, stdout, stderr } = await runCli(['segment', file, '--json']);
    expect(status).toBe(0);
    const warning =
      "line 2: '5a.' looks like a label but is kept as text: it is not under point 5 (number the point before it 5)";
    expect(JSON.parse(stdout)).toMatchObject({ warnings: [warning] });
    expect(stderr).toBe(`${file}: ${warning}\n`);
  });

  test('an empty file is refused with one line saying what to give, exit 1', async () => {
    const { status, stdout, stderr } = await runCli(['segment', fixture('empty.md'), '--json']);
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toBe(`${fixture('empty.md')}: the file is empty: give a document with text\n`);
  });
});

describe('parley segment', () => {
  test('prints a table of nums and texts, uncoloured when stdout is not a terminal', async () => {
    const { status, stdout } = await runCli(['segment', fixture('roman.md')], { isTTY: false });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^num +label +text\n/);
    expect(stdout).toMatch(/\n {4}1b-iv +iv\. +Poland;\n/);
    expect(stdout).toContain('20 provisions (2 top-level)');
    expect(stdout).not.toContain('\u001b[');
  });

  test('colours the table on a terminal', async () => {
    const { stdout } = await runCli(['segment', fixture('roman.md')], {
      isTTY: true,
      env: { NO_COLOR: undefined },
    });
    expect(stdout).toContain('\u001b[');
  });

  test('cuts long texts at 80 characters', async () => {
    const { stdout } = await runCli(['segment', fixture('us-28.md')]);
    const row = stdout.split('\n').find((line) => line.startsWith('14 '));
    expect(row).toMatch(/ Use of frozen funds: .{58}…$/);
  });

  test('never cuts a character in half', async () => {
    const file = write('emoji.md', `1. ${'🕊'.repeat(100)}\n`);
    const { stdout } = await runCli(['segment', file]);
    expect(stdout).toContain(`${'🕊'.repeat(79)}…\n`);
  });

  test.each([
    [
      'a missing file',
      () => join(scratch, 'missing.md'),
      'no such file (give a .docx, .pdf, .html, .txt or .md file)',
    ],
    ['a directory', () => scratch, 'is a folder, not a file (give a .docx, .pdf, .html, .txt or .md file)'],
    [
      'an image',
      () => write('image.md', new Uint8Array([137, 80, 78, 71, 0, 1])),
      'this is an image: run OCR on it first and import the text',
    ],
    [
      'a binary file',
      () => write('data.bin', new Uint8Array([1, 2, 0, 3])),
      'this is a binary file Parley does not read: give a .docx, .pdf, .html, .txt or .md file',
    ],
    [
      'a file that is not UTF-8',
      () => write('latin1.md', new Uint8Array([0x31, 0x2e, 0x20, 0xe9])),
      'this text is not UTF-8: save it as UTF-8 and try again',
    ],
    [
      'a password-protected PDF',
      () => write('locked.pdf', encryptedPdf()),
      'this PDF is protected by a password: save a copy without the password and import that',
    ],
    [
      'a file over 50 MB',
      () => {
        const file = write('huge.md', '');
        truncateSync(file, 50 * 1024 * 1024 + 1);
        return file;
      },
      'is 50.0 MB, over the 50 MB limit for a document',
    ],
  ])('rejects %s with one line naming the file, exit 1', async (_, path, what) => {
    const file = path();
    const { status, stdout, stderr } = await runCli(['segment', file]);
    expect([status, stdout, stderr]).toEqual([1, '', `${file}: ${what}\n`]);
  });

  test('is a usage error without a file, exit 2', async () => {
    const { status, stderr } = await runCli(['segment']);
    expect(status).toBe(2);
    expect(stderr).toContain("missing required argument 'file'");
  });

  test('--help shows an example', async () => {
    const { status, stdout } = await runCli(['segment', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('Example:\n  parley segment');
  });
});

describe('blankFrontMatter', () => {
  test('replaces the front matter by spaces of the same length and keeps line breaks', () => {
    const text = '---\r\nid: x\r\n---\r\n1. a';
    expect(blankFrontMatter(text)).toBe('   \r\n     \r\n   \r\n1. a');
  });

  test('leaves text without a closed front matter block alone', () => {
    expect(blankFrontMatter('---\nid: x\n1. a')).toBe('---\nid: x\n1. a');
    expect(blankFrontMatter('1. a\n---\n')).toBe('1. a\n---\n');
  });
});
