import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const demoCase = join(process.cwd(), 'cases/ukraine-2025');
let scratch: string;
let wordFile: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'parley-import-'));
  const numbering = { reference: 'points', level: 0 };
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'points',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2)', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Framework for a just peace', style: 'Title' }),
          new Paragraph('Geneva, 23 November 2025'),
          new Paragraph({ text: 'Ukraine keeps armed forces of up to 800,000 in peacetime.', numbering }),
          new Paragraph({ text: 'Security guarantees:', numbering }),
          new Paragraph({ text: 'from the United States;', numbering: { ...numbering, level: 1 } }),
          new Paragraph({ text: 'from Europe.', numbering: { ...numbering, level: 1 } }),
        ],
      },
    ],
  });
  wordFile = join(scratch, 'framework.docx');
  await writeFile(wordFile, await Packer.toBuffer(document));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

const copyCase = async (name: string): Promise<string> => {
  const dir = join(scratch, name);
  await cp(demoCase, dir, { recursive: true });
  return dir;
};

describe('parley import', () => {
  test('writes proposals/<id>.md from a Word file, title and date from the document, and the case stays valid', async () => {
    const dir = await copyCase('ok');
    const { status, stdout, stderr } = await runCli([
      'import',
      wordFile,
      '--case',
      dir,
      '--authors',
      'us,ua',
      '--track',
      'us-ua',
    ]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      `wrote proposals/framework-for-a-just-peace.md: 4 provisions (2 top-level), uncoded; code them with parley suggest ${dir} framework-for-a-just-peace\n`,
    );
    const written = await readFile(join(dir, 'proposals/framework-for-a-just-peace.md'), 'utf8');
    expect(written).toBe(
      '---\nid: framework-for-a-just-peace\ntitle: Framework for a just peace\nauthors: [ us, ua ]\ntrack: us-ua\ndate: 2025-11-23\n---\n' +
        '# Framework for a just peace\n\nGeneva, 23 November 2025\n\n' +
        '1. Ukraine keeps armed forces of up to 800,000 in peacetime.\n\n2. Security guarantees:\n    a) from the United States;\n    b) from Europe.\n',
    );
    expect((await runCli(['validate', dir])).status).toBe(0);
  });

  test('--dry-run prints the Markdown and writes nothing', async () => {
    const dir = await copyCase('dry');
    const before = await readdir(join(dir, 'proposals'));
    const { status, stdout } = await runCli(['import', wordFile, '--case', dir, '--id', 'fw', '--dry-run']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\nid: fw\ntitle: Framework for a just peace\n/);
    expect(await readdir(join(dir, 'proposals'))).toEqual(before);
  });

  test('an unknown track, author or revised proposal, or a taken id, is refused and nothing is written', async () => {
    const dir = await copyCase('bad');
    const before = await readdir(join(dir, 'proposals'));
    const { status, stderr } = await runCli([
      'import',
      wordFile,
      '--case',
      dir,
      '--id',
      'us-28',
      '--track',
      'nope',
      '--authors',
      'xx',
      '--revises',
      'gone',
    ]);
    expect(status).toBe(1);
    expect(stderr.split('\n').filter((line) => line !== '')).toEqual([
      "proposals/us-28.md:1: the case already has a proposal 'us-28'; give another --id",
      expect.stringMatching(/^proposals\/us-28\.md:1: unknown track 'nope' \(expected one of: /),
      expect.stringMatching(/^proposals\/us-28\.md:1: unknown party 'xx' in --authors \(expected one of: /),
      expect.stringMatching(
        /^proposals\/us-28\.md:1: unknown proposal 'gone' in --revises \(expected one of: /,
      ),
    ]);
    expect(await readdir(join(dir, 'proposals'))).toEqual(before);
  });

  test('a bad file is one line saying what to do, and a bad id is refused before anything is read into the case', async () => {
    const dir = await copyCase('badfile');
    const empty = join(scratch, 'empty.pdf');
    await writeFile(empty, '');
    expect(await runCli(['import', empty, '--case', dir])).toMatchObject({
      status: 1,
      stderr: `${empty}: the file is empty: give a document with text\n`,
    });
    expect(await runCli(['import', wordFile, '--case', dir, '--id', 'Bad Id'])).toMatchObject({
      status: 1,
      stderr: `${wordFile}: --id 'Bad Id' is not an id: use lower-case letters, digits, "." and "-"\n`,
    });
  });
});
