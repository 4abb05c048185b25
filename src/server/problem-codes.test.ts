import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { problemCodes } from './problem-codes.js';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The rows of docs/api.md's problem-code table: code → the statuses listed. */
async function documentedCodes(): Promise<Map<string, number[]>> {
  const rows = (await read('docs/api.md')).matchAll(/^\| `([a-z0-9_]+)` \| ([0-9, ]+) \|/gm);
  return new Map(
    [...rows].map((row) => [row[1]!, row[2]!.split(',').map((status) => Number(status.trim()))]),
  );
}

test('docs/api.md lists every problem code the server may throw, with its statuses', async () => {
  const documented = await documentedCodes();
  for (const [code, statuses] of Object.entries(problemCodes)) {
    expect(documented.get(code), `${code} in docs/api.md`).toEqual([...statuses]);
  }
});

test("docs/api.md also lists every draft request problem, as the draft route's 422", async () => {
  const documented = await documentedCodes();
  const draftCodes = [...(await read('src/draft/bridge-draft.ts')).matchAll(/^ {4}\| '([a-z_]+)'/gm)].map(
    (m) => m[1]!,
  );
  expect(draftCodes.length).toBeGreaterThan(3);
  for (const code of draftCodes) expect(documented.get(code), `${code} in docs/api.md`).toEqual([422]);
});

test('every documented code is one the server can send', async () => {
  const draftSource = await read('src/draft/bridge-draft.ts');
  for (const code of (await documentedCodes()).keys()) {
    expect(code in problemCodes || draftSource.includes(`'${code}'`), code).toBe(true);
  }
});
