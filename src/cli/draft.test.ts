import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { CheckReport, evaluateRule } from '../analysis/index.js';
import { BridgeDraft } from '../draft/index.js';
import { loadCase } from '../io/index.js';
import type { Case, CodedOption } from '../model/index.js';
import { runCli } from '../../test/cli-harness.test-support.js';

const demoCase = join(process.cwd(), 'cases/ukraine-2025');
const tiny = join(process.cwd(), 'test/fixtures/draft/tiny');
const alone = join(process.cwd(), 'test/fixtures/draft/alone');
const scratch = mkdtemp(join(tmpdir(), 'parley-draft-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

const exists = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => undefined)) !== undefined;

async function loaded(dir: string): Promise<Case> {
  const result = await loadCase(dir);
  if (!result.ok) throw new Error(`${dir} should load`);
  return result.value;
}

/** Each party's red-line verdicts on the package itself, as `party:redline:verdict`. */
function packageVerdicts(theCase: Case, pkg: Record<string, string>): string[] {
  const coded = new Map<string, CodedOption>(
    Object.entries(pkg).map(([issue, option]) => [
      issue,
      {
        option: theCase.issues.find((i) => i.id === issue)!.options.find((o) => o.id === option)!,
        provisions: [],
      },
    ]),
  );
  return theCase.positions.flatMap((position) =>
    position.redlines.map((r) => `${position.party}:${r.id}:${evaluateRule(r.rule, coded).verdict}`),
  );
}

describe('parley draft on the demo case', () => {
  const requests = [
    ['--solution', 'nash'],
    ['--solution', 'utilitarian'],
    ['--near', 'us-28', 'e3-counter'],
  ].map((args) => [args.join(' '), args] as const);

  test.each(requests)(
    'a draft on e3-counter (%s) saved into the case checks exactly as its package does, party by party',
    async (_, request) => {
      const copy = join(await scratch, `demo-${request.join('-').replace(/-+/g, '-')}`);
      await cp(demoCase, copy, { recursive: true });
      const run = await runCli([
        'draft',
        copy,
        '--base',
        'e3-counter',
        ...request,
        '--into-case',
        '--json',
        '--date',
        '2025-11-25',
      ]);
      const bridge = BridgeDraft.parse(JSON.parse(run.stdout));
      expect(run.status).toBe(bridge.flags.length === 0 ? 0 : 1);
      const check = await runCli(['check', copy, '--proposal', bridge.draft.id, '--json']);
      const report = CheckReport.parse(JSON.parse(check.stdout));
      const theCase = await loaded(copy);
      expect(report.results.flatMap((r) => r.redlines.map((x) => `${r.party}:${x.id}:${x.verdict}`))).toEqual(
        packageVerdicts(theCase, bridge.package),
      );
    },
  );

  test('the nash draft keeps untouched points word for word and takes every other text verbatim from its source', async () => {
    const run = await runCli([
      'draft',
      demoCase,
      '--base',
      'e3-counter',
      '--solution',
      'nash',
      '--json',
      '--date',
      '2025-11-25',
    ]);
    const bridge = BridgeDraft.parse(JSON.parse(run.stdout));
    const theCase = await loaded(demoCase);
    const textOf = (proposal: string, num: string) =>
      theCase.proposals.find((p) => p.id === proposal)!.provisions.find((p) => p.num === num)!.text;
    bridge.draft.provisions.forEach((provision, i) => {
      const entry = bridge.provenance[i]!;
      if (entry.kind === 'placeholder') expect(provision.text).toMatch(/^\[To be drafted: .+\]$/);
      else expect(provision.text).toBe(textOf(entry.source!.proposal, entry.source!.num));
      if (entry.kind === 'kept') expect(entry.source).toEqual({ proposal: 'e3-counter', num: provision.num });
    });
    // The demo's red lines collide, so the draft follows the cheapest relaxation and says so.
    // Named by party and in the red lines' own words (issue #15), not by ids.
    expect(run.stderr).toContain(
      "red lines collide: drafted as if Russia's red line “Ukraine leaves the rest of Donbas before any ceasefire;",
    );
    expect(run.stderr).toContain(`Russia's red line “Crimea, the "LPR", the "DPR"`);
    expect(bridge.verdicts.map((v) => `${v.party}:${v.verdict}`)).toEqual([
      'ua:satisfied',
      'ru:violated',
      'us:satisfied',
      'eu:satisfied',
    ]);
  });

  test('--format docx --out writes a Word file with tracked changes', async () => {
    const out = join(await scratch, 'bridge.docx');
    const run = await runCli([
      'draft',
      demoCase,
      '--base',
      'e3-counter',
      '--near',
      'us-28',
      'e3-counter',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`written to ${out}`);
    const document = await (
      await JSZip.loadAsync(await readFile(out))
    )
      .file('word/document.xml')!
      .async('string');
    expect(document).toMatch(/<w:ins [^>]*w:author="Parley"/);
    expect(document).toMatch(/<w:del [^>]*w:author="Parley"/);
  });

  test('--format html prints a standalone page with the verdicts', async () => {
    const run = await runCli([
      'draft',
      demoCase,
      '--base',
      'e3-counter',
      '--solution',
      'nash',
      '--format',
      'html',
    ]);
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(run.stdout).toContain('<h2>Verdicts</h2>');
  });
});

describe('parley draft refuses bad input and writes nothing', () => {
  test('an unknown option in a package file is named at its line', async () => {
    const file = join(await scratch, 'bad-package.yaml');
    const out = join(await scratch, 'never.md');
    await writeFile(file, 'nato.membership: open\nmilitary.cap: cap-700k\n');
    const run = await runCli(['draft', tiny, '--base', 'eu', '--package', file, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `parley draft: ${file}:2: unknown option 'cap-700k' for issue military.cap in the package (expected one of: none, cap-800k, cap-600k)\n`,
    );
    expect(await exists(out)).toBe(false);
  });

  test('an infeasible package is drafted, and the red line it breaks is flagged', async () => {
    const file = join(await scratch, 'p600.yaml');
    await writeFile(file, 'military.cap: cap-600k\n');
    const run = await runCli(['draft', tiny, '--base', 'eu', '--package', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '1. The army is capped at 600,000. <!-- parley: military.cap=cap-600k --> <!-- source: us#1, replaces 1 -->',
    );
    expect(run.stderr).toContain(
      `red line “No cap below 800,000” is broken by provision 1: it would have to give way.`,
    );
  });

  test('a base that codes nothing and a case with one proposal are refused with what to do', async () => {
    const file = join(await scratch, 'p800.yaml');
    await writeFile(file, 'military.cap: cap-800k\n');
    const uncoded = await runCli(['draft', tiny, '--base', 'plain', '--package', file]);
    expect([uncoded.status, uncoded.stdout]).toEqual([1, '']);
    expect(uncoded.stderr).toContain("base proposal 'plain' codes no issue");
    const lonely = await runCli(['draft', alone, '--base', 'eu', '--package', file]);
    expect(lonely.status).toBe(1);
    expect(lonely.stderr).toContain("case alone has only the proposal 'eu'");
  });

  test('a solution that does not exist is a message, not a crash', async () => {
    const run = await runCli(['draft', tiny, '--base', 'eu', '--solution', 'nash']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('there is no nash package');
  });

  test.each([
    [['--package', 'x.yaml'], 'name the base proposal with --base <proposal>'],
    [['--base', 'eu'], 'give exactly one of --solution <name>, --near <proposals…> or --package <file>'],
    [['--base', 'eu', '--solution', 'nash', '--near', 'us'], 'give exactly one of'],
    [['--base', 'eu', '--solution', 'fair'], "unknown solution 'fair'"],
    [['--base', 'eu', '--solution', 'nash', '--format', 'docx'], 'write it to a file with --out'],
    [['--base', 'eu', '--solution', 'nash', '--id', 'Bridge One'], "--id 'Bridge One' is not an id"],
  ])('usage mistakes exit 2: %j', async (args, message) => {
    const run = await runCli(['draft', tiny, ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});

describe('parley compare --format docx (the Word redline writer of issue #7)', () => {
  test('writes b against a as tracked changes, and refuses to write binary to stdout', async () => {
    const out = join(await scratch, 'us28-e3.docx');
    const run = await runCli([
      'compare',
      '--case',
      demoCase,
      'us-28',
      'e3-counter',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    expect([run.status, run.stdout]).toEqual([0, '']);
    const document = await (
      await JSZip.loadAsync(await readFile(out))
    )
      .file('word/document.xml')!
      .async('string');
    expect(document).toMatch(
      /<w:del [^>]*w:author="Parley"[^>]*><w:r><w:delText xml:space="preserve">600,000<\/w:delText>/,
    );
    expect(document).toMatch(
      /<w:ins [^>]*w:author="Parley"[^>]*><w:r><w:t xml:space="preserve">800,000<\/w:t>/,
    );
    const usage = await runCli(['compare', '--case', demoCase, 'us-28', 'e3-counter', '--format', 'docx']);
    expect(usage.status).toBe(2);
  });
});
