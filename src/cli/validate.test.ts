import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const fixtures = fileURLToPath(new URL('../../test/fixtures/cases/', import.meta.url));
const fixture = (name: string): string => join(fixtures, name);

/** Every path under a folder with a hash of its contents, to show that validating wrote nothing. */
async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(
      async (f) =>
        `${f} ${createHash('sha1')
          .update(await readFile(f))
          .digest('hex')}`,
    ),
  );
  return hashes.sort();
}

test('a valid case prints its summary and exits 0', async () => {
  const run = await runCli(['validate', fixture('small')]);
  expect(run).toEqual({
    status: 0,
    stdout: 'ok: 3 parties, 2 issues, 2 proposals, 2 positions\n',
    stderr: '',
  });
});

test('the demo case is valid', async () => {
  const run = await runCli(['validate', fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url))]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

describe('each bad input is one file:line: message line on stderr, exit 1, and nothing written', () => {
  const cases: Array<[string, string[]]> = [
    [
      'bad-yaml',
      [
        'positions/ua.yaml:5: invalid yaml: flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'unclosed-front-matter',
      [
        "proposals/us-28.md:1: the front matter opened on this line is never closed: add a '---' line after its last field",
      ],
    ],
    [
      'bad-front-matter',
      [
        'proposals/us-28.md:5: invalid yaml: flow sequence in block collection must be sufficiently indented and end with a ]',
      ],
    ],
    [
      'wrong-types',
      [
        "positions/ua.yaml:2: field 'reservation' must be a number (0..100), a range such as 5..8, or { low, mode, high }, not 'high'",
      ],
    ],
    [
      'unknown-field',
      [
        "positions/ua.yaml:6: unknown field 'minimum' in red line 'army-floor' (expected one of: issue, in, notIn, min, max, all, any, not, if, then)",
      ],
    ],
    [
      'empty-file',
      [
        'positions/ua.yaml: the file is empty: expected a position: party, reservation, weights, utilities and red lines',
      ],
    ],
    [
      'binary-file',
      ['proposals/us-28.md: this is a binary file, not text: case files are UTF-8 YAML or Markdown'],
    ],
    [
      'missing-case-yaml',
      [
        `case.yaml: missing in '${fixture('missing-case-yaml')}': a case folder holds case.yaml, proposals/<id>.md and positions/<party>.yaml`,
      ],
    ],
    [
      'file-name-mismatch',
      [
        "positions/ua.yaml:1: party 'ru' does not match the file name: rename the file to positions/ru.yaml or write party: ua",
      ],
    ],
    [
      'unknown-refs',
      [
        "positions/ua.yaml:4: 'militry.cap' is not an issue of this case (did you mean military.cap?)",
        "positions/ua.yaml:6: unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-800k, cap-600k)",
        "positions/ua.yaml:10: 'min' on issue nato.membership, whose options have no value: use 'in' or 'notIn', or give the options a value",
        "proposals/us-28.md:12: unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-800k, cap-600k)",
        "proposals/us-28.md:15: 'nato.membershp' is not an issue of this case (did you mean nato.membership?)",
      ],
    ],
    [
      'conflicting-codes',
      [
        'proposals/plan.md:8: provision 2 codes military.cap=cap-800k, but provision 1 codes it as cap-600k',
        "proposals/plan.md:9: 'nato.membership' is not a code: write issue=option, e.g. military.cap=cap-600k, or issue=a|b for alternatives",
      ],
    ],
  ];
  test.each(cases)('%s', async (name, lines) => {
    const before = await snapshot(fixture(name));
    const run = await runCli(['validate', fixture(name)]);
    expect(run.stderr).toBe(lines.map((line) => `${line}\n`).join(''));
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(await snapshot(fixture(name))).toEqual(before);
  });
});

describe('paths that are not case folders', () => {
  const scratch = mkdtemp(join(tmpdir(), 'parley-validate-'));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  test('a path that does not exist', async () => {
    const missing = join(await scratch, 'nowhere');
    expect(await runCli(['validate', missing])).toEqual({
      status: 1,
      stdout: '',
      stderr: `${missing}: no such folder: expected a case folder holding case.yaml\n`,
    });
  });

  test('a file instead of a folder', async () => {
    const file = fixture('small/case.yaml');
    expect((await runCli(['validate', file])).stderr).toBe(
      `${file}: this is a file, not a case folder: pass the folder that holds case.yaml\n`,
    );
  });

  test('a file over 10 MB is refused without being read', async () => {
    const dir = join(await scratch, 'large');
    await cp(fixture('small'), dir, { recursive: true });
    await writeFile(join(dir, 'proposals/huge.md'), Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    const run = await runCli(['validate', dir]);
    expect(run.stderr).toBe('proposals/huge.md: the file is 10.0 MB, over the 10 MB limit for a case file\n');
    expect(run.status).toBe(1);
  });

  test('a 50 MB position file is refused in one line, and the case folder is left as it was', async () => {
    const dir = join(await scratch, 'fifty');
    await cp(fixture('small'), dir, { recursive: true });
    const huge = join(dir, 'positions/huge.yaml');
    await writeFile(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
    const run = await runCli(['validate', dir]);
    expect(run.stderr).toBe('positions/huge.yaml: the file is 50 MB, over the 10 MB limit for a case file\n');
    expect(run.status).toBe(1);
    expect((await stat(huge)).size).toBe(50 * 1024 * 1024);
  });
});

describe('YAML that would exhaust the machine is one line on stderr, exit 1, no stack trace', () => {
  const scratch = mkdtemp(join(tmpdir(), 'parley-validate-yaml-'));
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));
  /** The small case with one file replaced. */
  const caseWith = async (name: string, file: string, text: string) => {
    const dir = join(await scratch, name);
    await cp(fixture('small'), dir, { recursive: true });
    await writeFile(join(dir, file), text);
    return dir;
  };
  const aliasBomb = () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    return levels.join('\n');
  };

  test.each([
    [
      'an alias bomb in a position',
      'positions/ua.yaml',
      aliasBomb(),
      /^positions\/ua\.yaml:1: invalid yaml: its aliases/,
    ],
    [
      'two megabytes of YAML in a position',
      'positions/ua.yaml',
      'party: ua\nnotes:\n' + '  - a note of some length\n'.repeat(90_000),
      /^positions\/ua\.yaml:1: invalid yaml: 2\.3 million characters of YAML, over the limit of 1 million/,
    ],
    [
      'an alias bomb in front matter',
      'proposals/us-28.md',
      `---\n${aliasBomb()}\n---\n1. text\n`,
      /^proposals\/us-28\.md:2: invalid yaml: its aliases/,
    ],
  ])('%s', async (name, file, text, line) => {
    const run = await runCli(['validate', await caseWith(name.replaceAll(' ', '-'), file, text)]);
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(line), '']);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  });
});

test('--json prints { ok, errors } with file, line, code, message and expected', async () => {
  const run = await runCli(['validate', fixture('unknown-field'), '--json']);
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout)).toEqual({
    ok: false,
    errors: [
      {
        file: 'positions/ua.yaml',
        line: 6,
        code: 'unknown_field',
        message: "unknown field 'minimum' in red line 'army-floor'",
        expected: ['issue', 'in', 'notIn', 'min', 'max', 'all', 'any', 'not', 'if', 'then'],
      },
    ],
  });
  expect(JSON.parse((await runCli(['validate', fixture('small'), '--json'])).stdout)).toEqual({
    ok: true,
    errors: [],
  });
});

test('a missing argument is a usage error', async () => {
  expect((await runCli(['validate'])).status).toBe(2);
});

test('--help shows an example', async () => {
  const run = await runCli(['validate', '--help']);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('parley validate cases/ukraine-2025');
});
