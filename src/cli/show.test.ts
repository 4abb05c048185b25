import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const small = fileURLToPath(new URL('../../test/fixtures/cases/small', import.meta.url));

test('a proposal prints its front matter, preamble and provisions indented by depth, with code chips', async () => {
  const run = await runCli(['show', small, 'us-28']);
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(
    [
      'US 28-point plan (us-28)',
      'by us · 2025-11-20 · leaked draft · public',
      '',
      'US 28-point plan to end the war (leaked draft)',
      '',
      "1. Ukraine's status as a sovereign state is confirmed.",
      "6. Ukraine's armed forces are capped at 600,000 personnel. [military.cap = 600,000]",
      '7. Ukraine amends its constitution to rule out NATO accession. [nato.membership = Excluded for good]',
      '10. The United States provides a security guarantee on the following terms:',
      '  a. the US receives compensation for providing the guarantee;',
      '  b. the guarantee lapses if Ukraine invades Russia.',
      '',
      '6 provisions, 2 coded',
      '',
    ].join('\n'),
  );
});

test('code chips are coloured on a terminal', async () => {
  const run = await runCli(['show', small, 'us-28'], { isTTY: true, env: { NO_COLOR: undefined } });
  expect(run.stdout).toContain('\u001b[33m[military.cap = 600,000]\u001b[39m');
});

test('--json prints the proposal object', async () => {
  const run = await runCli(['show', small, 'e3-counter', '--json']);
  const proposal = JSON.parse(run.stdout);
  expect(proposal).toMatchObject({
    id: 'e3-counter',
    revises: 'us-28',
    visibility: 'shared',
    sharedWith: ['ua'],
  });
  expect(proposal.provisions[1]).toMatchObject({
    num: '6',
    label: '6.',
    codes: [{ issue: 'military.cap', option: 'cap-800k' }],
  });
});

test('an unknown proposal suggests the close one and exits 1', async () => {
  expect(await runCli(['show', small, 'us-29'])).toEqual({
    status: 1,
    stdout: '',
    stderr: `${small}: no proposal 'us-29' in this case (did you mean us-28?)\n`,
  });
});

test('a case with mistakes reports them instead', async () => {
  const bad = fileURLToPath(new URL('../../test/fixtures/cases/unknown-field', import.meta.url));
  const run = await runCli(['show', bad, 'us-28']);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/^positions\/ua\.yaml:6: unknown field 'minimum'/);
});
