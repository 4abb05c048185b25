import { spawnSync } from 'node:child_process';
import {
  existsSync,
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
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { z as Zod } from 'zod';
import {
  builtFrom,
  commandSourcesFile,
  isBuiltFor,
  newestSource,
  stampFile,
} from '../scripts/cli-build-state.js';
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

/** `parley <args>` run by the given build of main.ts (a command's bundle, or the compiled modules). */
const runMain = (mainFile: string, args: string[]) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(pathToFileURL(mainFile).href)}); process.exitCode = await main(process.argv.slice(1));`,
      '--',
      ...args,
    ],
    { encoding: 'utf8' },
  );

test('a command whose modules can move runs from its bundle, which answers as the compiled modules do', () => {
  expect(readdirSync('dist/cli/bundles').filter((file) => file.endsWith('.js'))).toEqual(
    expect.arrayContaining(['check.js', 'validate.js', 'solve.js']),
  );
  // serve finds the web app, robustness its worker threads, beside their modules: they run unbundled.
  expect(existsSync('dist/cli/bundles/serve.js')).toBe(false);
  expect(existsSync('dist/cli/bundles/robustness.js')).toBe(false);
  for (const args of [
    ['check', 'cases/ukraine-2025'],
    ['check', 'cases/ukraine-2025', '--json'],
    ['check'],
  ]) {
    const bundled = runMain('dist/cli/bundles/check.js', args);
    const compiled = runMain('dist/cli/main.js', args);
    expect(bundled.stdout).toBe(compiled.stdout);
    expect(bundled.stderr).toBe(compiled.stderr);
    expect(bundled.status).toBe(compiled.status);
  }
  const bundles = readdirSync('dist/cli/bundles').filter((file) => file.endsWith('.js'));
  const loads = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `for (const file of ${JSON.stringify(bundles)}) if (typeof (await import('./dist/cli/bundles/' + file)).main !== 'function') throw new Error(file);`,
    ],
    { encoding: 'utf8' },
  );
  expect(loads.stderr).toBe('');
  expect(parley('check', 'cases/ukraine-2025').stdout).toBe(
    runMain('dist/cli/main.js', ['check', 'cases/ukraine-2025']).stdout,
  );
});

test('the build loads zod, its fastify type provider and the stemmers from dist/vendor, one zod for all', () => {
  const built = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
  const vendored = /from "(zod|zod\/[^"]*|fastify-type-provider-zod|snowball-stemmers)"/;
  expect(built.filter((file) => vendored.test(readFileSync(join('dist', file), 'utf8')))).toEqual([]);
  expect(readFileSync('dist/vendor/fastify-type-provider-zod.js', 'utf8')).toContain('from "./zod.js"');
});

test('the vendored zod speaks English only, and no source asks it for another language', async () => {
  const { z } = (await import(pathToFileURL('dist/vendor/zod.js').href)) as { z: typeof Zod };
  expect(Object.keys(z.locales)).toEqual(['en']);
  expect(z.string().safeParse(1).error?.issues[0]?.message).toBe(
    'Invalid input: expected string, received number',
  );
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
  expect(sources.filter((file) => /\blocales\b/.test(readFileSync(join('src', file), 'utf8')))).toEqual([]);
});

test('each command lists the sources it loads, so that its staleness is judged on those', () => {
  const lists = JSON.parse(readFileSync(commandSourcesFile(), 'utf8')) as Record<string, string[]>;
  const commandsInHelp = [...readFileSync('dist/cli/help.txt', 'utf8').matchAll(/^ {2}([a-z]+) /gm)].map(
    ([, name]) => name,
  );
  expect(Object.keys(lists).sort()).toEqual(commandsInHelp.filter((name) => name !== 'help').sort());
  expect(lists.check).toEqual(
    expect.arrayContaining(['src/cli/main.ts', 'src/cli/check.ts', 'src/model/rule.ts']),
  );
  expect(lists.check!.filter((source) => /^src\/(server|store|jobs)\//.test(source))).toEqual([]);
  // The worker threads a command starts are loaded by no import, yet their sources count.
  expect(lists.robustness).toEqual(
    expect.arrayContaining(['src/jobs/thread-entry.js', 'src/jobs/run-job.ts']),
  );
  for (const sources of Object.values(lists))
    for (const source of sources) expect(existsSync(source)).toBe(true);
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

test('a build is current for a command until a source that command loads changes or goes', () => {
  const project = join(scratch, 'project');
  const old = new Date('2020-01-01T00:00:00Z');
  mkdirSync(join(project, 'src', 'cli'), { recursive: true });
  mkdirSync(join(project, 'dist', 'cli'), { recursive: true });
  for (const file of ['src/cli/check.ts', 'src/cli/serve.ts', 'src/cli', 'src']) {
    if (file.endsWith('.ts')) writeFileSync(join(project, file), '');
    utimesSync(join(project, file), old, old);
  }
  expect(isBuiltFor('check', project)).toBe(false); // no build yet
  writeFileSync(stampFile(project), `${newestSource(join(project, 'src'))}\n`);
  writeFileSync(commandSourcesFile(project), JSON.stringify({ check: ['src/cli/check.ts'] }));
  expect(isBuiltFor('check', project)).toBe(true);
  expect(isBuiltFor(undefined, project)).toBe(true);

  utimesSync(join(project, 'src/cli/serve.ts'), new Date(), new Date());
  expect(isBuiltFor('check', project)).toBe(true); // check does not load serve.ts
  expect(isBuiltFor('serve', project)).toBe(false); // not listed: judged on all of src/
  expect(isBuiltFor(undefined, project)).toBe(false);

  utimesSync(join(project, 'src/cli/check.ts'), new Date(), new Date());
  expect(isBuiltFor('check', project)).toBe(false);
  writeFileSync(stampFile(project), `${newestSource(join(project, 'src'))}\n`);
  expect(isBuiltFor('check', project)).toBe(true);
  rmSync(join(project, 'src/cli/check.ts'));
  expect(isBuiltFor('check', project)).toBe(false);
});
