// The robustness view in the browser (issue 17): a mediator runs the Monte Carlo on the demo case and reads
// acceptance per party and package, the tornado, the leverage curves and the concession values; a long run
// shows its progress and is cancelled, which aborts the request; a delegate sees its own party's acceptance
// and sensitivity alone. Screenshots go to test-results/e2e/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  demoDelegate,
  demoMediator,
  hasChromium,
  startAlteredDemoServer,
} from './parley-server.test-support.js';
import type { TestAccount } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const mediator = demoMediator;
const delegate = demoDelegate;

describe.runIf(hasChromium())('the robustness view in Chromium', () => {
  // The demo case with the mediators' estimate of Russia's position: its reservation lower than entered.
  const suite = useBrowserSuite(() =>
    startAlteredDemoServer([mediator, delegate], async (folder) => {
      const ru = await readFile(join(folder, 'positions', 'ru.yaml'), 'utf8');
      await mkdir(join(folder, 'estimates'));
      await writeFile(
        join(folder, 'estimates', 'ru.yaml'),
        ru.replace(/^reservation: .*$/m, 'reservation: 20..40'),
      );
    }),
  );

  const signIn = (account: TestAccount = mediator): Promise<Page> => suite.signIn(account);

  test('a mediator reads acceptance, the tornado, leverage and concessions, and cancels a long run', async () => {
    const page = await signIn(mediator);
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'How sure' }).click();
    await page.getByRole('heading', { name: 'How sure', level: 1 }).waitFor();
    await page.getByLabel('Samples', { exact: true }).fill('40');
    await page.getByLabel('Detail samples').fill('5');
    // The mediators' estimates are listed, and the run weighs them when asked to.
    expect(await page.locator('.estimates-table').getByRole('rowheader', { name: 'Russia' }).count()).toBe(1);
    await page.getByLabel('Positions weighed').selectOption('estimates');
    await page.getByRole('button', { name: 'Run the analysis' }).click();
    await page
      .getByRole('heading', { name: /An agreement zone exists in \d+\.\d% of samples/ })
      .waitFor({ timeout: 180_000 });
    await page
      .getByText("Weighing the mediators' estimates of Russia in place of the positions they entered")
      .waitFor();
    // The mediator releases the most frequent Nash package to the delegates.
    await page.getByRole('button', { name: 'Release Nash package 1 to delegates' }).click();
    await page.getByRole('button', { name: 'Withdraw released package 1' }).waitFor();
    for (const chart of ['acceptance-chart', 'tornado-chart', 'leverage-chart', 'concession-chart'])
      expect(await page.locator(`.${chart} [role="img"]`).count(), chart).toBeGreaterThan(0);
    // A column per party and one for all; a row per proposal, then the most frequent Nash packages.
    const acceptance = page.locator('.acceptance-chart');
    for (const text of ['Ukraine', 'Russia', 'all parties', 'US 28-point plan', 'Nash package 1'])
      expect(await acceptance.getByText(text, { exact: false }).count(), text).toBeGreaterThan(0);
    // The demo's Donbas and recognition lines are uncertain: they top the tornado and open the zone.
    expect(await page.locator('.tornado-chart').textContent()).toMatch(/redlines/);
    expect(await page.locator('.concession-table tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshotFolder, '20-robustness-mediator.png'), fullPage: true });

    // A long run shows its progress and is cancelled: the request is aborted, the page says so.
    const aborted: string[] = [];
    page.on('requestfailed', (r) => {
      if (r.url().endsWith('/robustness')) aborted.push(r.failure()?.errorText ?? '');
    });
    await page.getByLabel('Samples', { exact: true }).fill('20000');
    await page.getByLabel('Detail samples').fill('200');
    await page.getByRole('button', { name: 'Run again' }).click();
    // Its progress is a share of the work: solves done of all of them.
    await page
      .getByRole('status')
      .filter({ hasText: /drawing 20,000 samples on the server: \d+% \([\d,]+ of [\d,]+ solves\)/ })
      .waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText(/Cancelled: the run was stopped/).waitFor();
    // The browser reports the aborted stream a moment after the page says so.
    await expect.poll(() => aborted.length, { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('button', { name: /Run/ }).isEnabled()).toBe(true);
    await page.close();
  }, 300_000);

  test("a delegate sees its own party's acceptance and sensitivity, and nothing that combines positions", async () => {
    const page = await signIn(delegate);
    const answers: string[] = [];
    page.on('response', async (response) => {
      if (response.url().endsWith('/robustness')) answers.push(await response.text().catch(() => ''));
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/robustness`);
    await page.getByRole('heading', { name: 'How sure', level: 1 }).waitFor();
    expect(await page.getByLabel('Detail samples').count()).toBe(0);
    await page.getByLabel('Samples', { exact: true }).fill('60');
    await page.getByRole('button', { name: 'Run the analysis' }).click();
    await page
      .getByRole('heading', { name: 'How likely Ukraine accepts each proposal' })
      .waitFor({ timeout: 120_000 });
    expect(await page.locator('.tornado-chart').textContent()).toMatch(/ua\.redlines\./);
    expect(await page.locator('.tornado-chart').textContent()).not.toMatch(/\b(ru|us|eu)\./);
    expect(await page.locator('.acceptance-chart').getByText('all parties').count()).toBe(0);
    // The package the mediator released is weighed for Ukraine too; nothing about estimates is shown.
    expect(await page.locator('.acceptance-chart').getByText('Released package 1').count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByText("The mediators' estimates").count()).toBe(0);
    expect(await page.locator('.leverage-chart, .concession-chart').count()).toBe(0);
    expect(answers).toHaveLength(1);
    expect(Object.keys(JSON.parse(answers[0]!) as object)).not.toContain('zone');
    await page.screenshot({ path: join(screenshotFolder, '21-robustness-delegate.png'), fullPage: true });
    await page.close();
  }, 180_000);
});
