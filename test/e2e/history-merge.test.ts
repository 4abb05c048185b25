// History and the actionable merge in the browser (issue 14): a delegate lists the versions of its own
// position, reads what changed field by field and restores an old version; a mediator reads a proposal's
// versions; a delegate is never offered, and never asks for, another party's position history; a mediator
// settles a three-way merge conflict by conflict, saves it as a new proposal revising the base and downloads
// it as Word. Screenshots go to test-results/e2e/.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe.test-support.js';
import {
  demoDelegate,
  demoMediator,
  hasChromium,
  startAlteredDemoServer,
} from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const mediator = demoMediator;
const kyiv = demoDelegate;

/** The demo case plus Ukraine's revision of the US plan, which sets a cap at point 6 the E3's differs from. */
async function addTwoRevisions(folder: string): Promise<void> {
  const us28 = await readFile(join(folder, 'proposals', 'us-28.md'), 'utf8');
  const body = us28.slice(us28.indexOf('---', 3) + 3);
  const point6 =
    "6. Ukraine's armed forces are capped at 600,000 personnel.\n<!-- parley: military.cap=cap-600k -->";
  expect(body).toContain(point6);
  const revision = [
    '---',
    'id: us-28-ua',
    "title: Ukraine's revision of the US plan",
    'authors: [ua]',
    'date: 2025-11-24',
    'revises: us-28',
    'visibility: public',
    '---',
    body.replace(point6, "6. Ukraine's armed forces are capped at 900,000 personnel."),
  ].join('\n');
  await writeFile(join(folder, 'proposals', 'us-28-ua.md'), revision);
}

/** Calls the API from the page as the signed-in user, with the session's CSRF token on a change. */
function callApi(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const session = await (await fetch('/api/session')).json();
      const response = await fetch(`/api${path}`, {
        method,
        headers: {
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : null };
    },
    { method, path, body, headers },
  );
}

describe.runIf(hasChromium())('history and the three-way merge in Chromium', () => {
  const suite = useBrowserSuite(() => startAlteredDemoServer([mediator, kyiv], addTwoRevisions));

  test("a delegate reads its position's versions field by field and restores the old one; another party's history is never asked for", async () => {
    const page = await suite.signIn(kyiv);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) asked.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'History', exact: true }).waitFor();
    const read = await callApi(page, 'GET', '/processes/ukraine-2025/positions/ua');
    const { version, ...position } = read.json as { version: number; reservation: number };
    expect(position.reservation).toBe(30);
    const saved = await callApi(
      page,
      'PUT',
      '/processes/ukraine-2025/positions/ua',
      { ...position, reservation: 55 },
      { 'if-match': `"${version}"` },
    );
    expect(saved.status).toBe(200);

    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    const documentPicker = page.getByLabel('Document');
    // Only what the delegate may read is offered: no other party's position.
    const offered = await documentPicker.locator('option').allTextContents();
    expect(offered).toContain('Position of Ukraine');
    expect(offered.filter((o) => o.startsWith('Position of'))).toEqual(['Position of Ukraine']);
    await documentPicker.selectOption({ label: 'Position of Ukraine' });
    const versions = page.getByRole('table', { name: /Versions of Position of Ukraine/ });
    await versions.getByRole('row').nth(2).waitFor();
    const newest = versions.getByRole('row').nth(1);
    expect(await newest.textContent()).toContain('kyiv@example.org');
    expect(await newest.getByRole('cell').nth(2).textContent()).toBe('Reservation');
    const diff = page.getByRole('table', { name: /Fields that differ/ });
    const reservation = diff.getByRole('row', { name: /Reservation/ });
    await reservation.waitFor();
    expect(await reservation.getByRole('cell').allTextContents()).toEqual(['30', '55']);
    await page.screenshot({ path: join(screenshotFolder, '30-history-position.png'), fullPage: true });
    await expectAccessible(page, "the history of Ukraine's position");

    await page.getByRole('button', { name: `Restore version ${version}` }).click();
    await page.getByText(`Restored version ${version} as version ${version + 2}.`).waitFor();
    const restored = await callApi(page, 'GET', '/processes/ukraine-2025/positions/ua');
    expect(restored.json).toMatchObject({ reservation: 30, version: version + 2 });
    await versions.getByRole('row').nth(3).waitFor();

    // Asked for by address, Russia's position history is refused in the page and never requested.
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/history?doc=position:ru`);
    await page.getByText("You cannot see the history of the position of 'ru'").waitFor();
    expect(asked.filter((r) => r.includes('/positions/ru'))).toEqual([]);
    expect(await page.content()).not.toContain('donbas-before-ceasefire');
    await page.close();
  }, 120_000);

  test("a mediator reads a proposal's versions: who changed its codes, and the change in the issue summary", async () => {
    const page = await suite.signIn(mediator);
    // The proposal reader links to its earlier versions.
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/proposals/us-28`);
    await page.getByRole('link', { name: 'Earlier versions' }).click();
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    expect(page.url()).toContain('history?doc=proposal:us-28');
    const read = await callApi(page, 'GET', '/processes/ukraine-2025/proposals/us-28');
    const { version } = read.json as { version: number };
    const recoded = await callApi(
      page,
      'PUT',
      '/processes/ukraine-2025/proposals/us-28/provisions/6/codes',
      { codes: [{ issue: 'military.cap', option: 'cap-800k' }] },
      { 'if-match': `"${version}"` },
    );
    expect(recoded.status).toBe(200);
    await page.reload();
    const versions = page.getByRole('table', { name: /Versions of US 28-point plan/ });
    const newest = versions.getByRole('row').nth(1);
    await newest.getByText('codes of 6').waitFor();
    expect(await newest.textContent()).toContain('mediator@example.org');
    await page.getByRole('table', { name: /Version \d+ compared with Version \d+/ }).waitFor();
    await page.screenshot({ path: join(screenshotFolder, '31-history-proposal.png'), fullPage: true });
    await page.close();
  }, 120_000);

  test('a mediator settles the merge of two revisions conflict by conflict, saves it revising the base, and downloads it as Word', async () => {
    const page = await suite.signIn(mediator);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/proposals')) posts.push(r.url());
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await page.getByRole('button', { name: 'Three-way merge' }).click();
    await page.getByRole('heading', { name: /Merged draft of A/ }).waitFor();
    // The defaults: the US plan as base and two proposals that revise it.
    expect(await page.getByLabel('Common base').inputValue()).toBe('us-28');
    const revisions = [
      await page.getByLabel('Version A').inputValue(),
      await page.getByLabel('Version B').inputValue(),
    ];
    // The two latest of the three proposals that revise it (the demo's framework and Ukraine's revision).
    expect(revisions.sort()).toEqual(['framework-20', 'us-28-ua']);
    // The E3's counter-proposal against Ukraine's revision, chosen in the pickers: point 6 conflicts.
    await page.getByLabel('Version A').selectOption('e3-counter');
    await page.getByLabel('Version B').selectOption('us-28-ua');
    await page.getByRole('heading', { name: /Merged draft of A \(European counter-proposal/ }).waitFor();

    const conflict = page.getByRole('group', { name: 'Point 6: which text to keep' });
    await conflict.waitFor();
    // Saving with the conflict open: the message is at the conflict, and nothing is sent.
    const save = page.getByRole('form', { name: 'Save the merge' });
    await save.getByRole('button', { name: 'Save as a new proposal' }).click();
    await save
      .getByRole('alert')
      .getByText(/Nothing was saved: 1 conflict still to settle/)
      .waitFor();
    await conflict.getByText('Choose a version for point 6').waitFor();
    expect(posts).toEqual([]);

    await conflict.getByRole('radio', { name: /^[AB]: .*900,000/ }).check();
    await save.getByLabel('Title').fill('');
    await save.getByRole('button', { name: 'Save as a new proposal' }).click();
    await save.getByText('Give the merged proposal a title.').waitFor();
    expect(posts).toEqual([]);
    await save.getByLabel('Title').fill('US plan with the E3 and Ukrainian revisions');
    await conflict.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(screenshotFolder, '32-merge-settled.png') });
    await expectAccessible(page, 'a merge with its conflict settled and an error at the title');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      save.getByRole('button', { name: 'Download the merge as Word' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('merge-us-28.docx');
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:ins\b[^>]*>.*900,000/s);

    await save.getByRole('button', { name: 'Save as a new proposal' }).click();
    await save
      .getByRole('status')
      .getByText(/Saved as/)
      .waitFor();
    expect(posts).toHaveLength(1);
    const stored = await callApi(page, 'GET', '/processes/ukraine-2025/proposals/us-28-merged');
    const merged = stored.json as { revises: string; provisions: { num: string; text: string }[] };
    expect(merged.revises).toBe('us-28');
    expect(merged.provisions.find((p) => p.num === '6')?.text).toContain('900,000');
    await save.getByRole('link', { name: 'US plan with the E3 and Ukrainian revisions' }).click();
    await page.getByRole('heading', { name: 'US plan with the E3 and Ukrainian revisions' }).waitFor();
    await page.close();
  }, 120_000);
});
