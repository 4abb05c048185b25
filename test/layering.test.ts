import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The layering of DESIGN.md (Architecture) is enforced by eslint.config.js; these cases prove each rule
// fires where it should and stays quiet where the layering allows an import.
const eslint = new ESLint();

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('imports run one way, downwards', () => {
  test.each([
    ["import { buildApp } from '../server/index.js'; export const use = buildApp;", 'src/analysis/x.ts'],
    [
      "import { buildApp } from '../../server/index.js'; export const use = buildApp;",
      'src/store/sqlite/x.ts',
    ],
    ["import { solveCase } from '../solver/index.js'; export const use = solveCase;", 'src/model/x.ts'],
    ["import { main } from '../cli/main.js'; export const use = main;", 'src/jobs/x.ts'],
  ])('%s in %s is refused', async (code, file) => {
    expect(await rulesBroken(code, file)).toContain('no-restricted-imports');
  });
  test.each([
    ["import { checkCase } from '../analysis/index.js'; export const use = checkCase;", 'src/solver/x.ts'],
    ["import { openStore } from '../../store/index.js'; export const use = openStore;", 'src/cli/x/y.ts'],
  ])('%s in %s is allowed', async (code, file) => {
    expect(await rulesBroken(code, file)).toEqual([]);
  });
});

describe('the core reads no clock, process or randomness and uses no Node API', () => {
  test.each([
    'export const t = new Date();',
    'export const t = Date.now();',
    'export const t = Date();',
    'export const t = performance.now();',
    'export const e = process.env.HOME;',
    'export const r = Math.random();',
    "import { readFileSync } from 'node:fs'; export const use = readFileSync;",
  ])('%s', async (code) => {
    expect((await rulesBroken(code, 'src/compare/x.ts')).length).toBeGreaterThan(0);
  });
  test('a date from its argument is fine', async () => {
    expect(await rulesBroken('export const at = (iso: string) => new Date(iso);', 'src/model/x.ts')).toEqual(
      [],
    );
  });
  test('the shells may read the clock', async () => {
    expect(await rulesBroken('export const t = new Date();', 'src/server/x.ts')).toEqual([]);
  });
});

test('the web app reaches src/ only through the pure layers', async () => {
  expect(
    await rulesBroken(
      "import { openStore } from '../../../src/store/index.js'; export const use = openStore;",
      'web/src/views/x.tsx',
    ),
  ).toContain('no-restricted-imports');
  expect(
    await rulesBroken(
      "import { checkCase } from '../../../src/analysis/index.js'; export const use = checkCase;",
      'web/src/views/x.tsx',
    ),
  ).toEqual([]);
});

describe('test support is named *.test-support.ts and only tests use it', () => {
  test('a source file importing test support is refused, in the layers and in the web app', async () => {
    expect(
      await rulesBroken(
        "import { openHarness } from './harness.test-support.js'; export const use = openHarness;",
        'src/server/x.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        "import { storeTargets } from './store-targets.test-support.js'; export { storeTargets };",
        'src/store/index.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await rulesBroken(
        "import { demo } from '../logic/fixtures.test-support.js'; export const use = demo;",
        'web/src/views/x.tsx',
      ),
    ).toContain('no-restricted-imports');
  });
  test('tests and other test support may import it, within the layering', async () => {
    const code = "import { openHarness } from './harness.test-support.js'; export const use = openHarness;";
    expect(await rulesBroken(code, 'src/server/x.test.ts')).toEqual([]);
    expect(await rulesBroken(code, 'src/server/y.test-support.ts')).toEqual([]);
    expect(
      await rulesBroken(
        "import { buildApp } from '../server/index.js'; export const use = buildApp;",
        'src/analysis/x.test-support.ts',
      ),
    ).toContain('no-restricted-imports');
  });
  test('no test support goes by another name', () => {
    const otherNames =
      /(^|\/)(test-fixtures|testing|test-harness|fixtures|[\w-]+\.test-helper|[\w-]+-testing)\.tsx?$/;
    const files = ['src', 'web/src', 'test'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => `${dir}/${file}`),
    );
    expect(files.filter((file) => otherNames.test(file))).toEqual([]);
  });
  test('every TypeScript file under test/ is a test or test support', () => {
    const files = readdirSync('test', { recursive: true, encoding: 'utf8' }).map((file) => `test/${file}`);
    const others = files.filter((file) => /\.tsx?$/.test(file) && !/\.test(-support)?\.tsx?$/.test(file));
    expect(others).toEqual([]);
  });
});
