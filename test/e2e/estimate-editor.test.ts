// The mediators' estimates in the browser (issue 17): a mediator estimates Russia's position from the "How
// sure" view, starting from the position Russia entered — a triangle for the reservation, a range for a
// weight, a red line's firmness — saves it as one versioned write, changes it, and restores the first
// version from its History; the position Russia entered is never written. A mediator removes an estimate
// only after confirming it. A delegate is offered none of it and never asks for an estimate. Screenshots
// go to test-results/e2e/.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoDelegate, demoMediator, hasChromium, startCaseServer } from './parley-server.test-support.js';
import type { TestAccount } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

describe.runIf(hasChromium())("the mediators' estimates in Chromium", () => {
  const suite = useBrowserSuite(() => startCaseServer([demoMediator, demoDelegate]));

  const signIn = (account: TestAccount): Promise<Page> => suite.signIn(account);
  /** What the server holds now, read in the page with the signed-in session. */
  const stored = (page: Page, path: string) =>
    page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, body: response.ok ? await response.json() : null };
    }, `/api/processes/ukraine-2025/${path}`);

  test("a mediator estimates Russia's position with ranges and firmness, changes it, and restores the first version", async () => {
    const page = await signIn(demoMediator);
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT')
        writes.push(`${r.url().replace(suite.server.url, '')} ${r.headers()['if-match'] ?? 'new'}`);
    });
    const entered = (await stored(page, 'positions/ru')).body;
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'How sure' }).click();
    await page.getByText('No estimates yet').waitFor();
    await page.getByRole('link', { name: 'Russia', exact: true }).click();

    const form = page.getByRole('form', { name: "Estimate of Russia's position" });
    await form.waitFor();
    await page.getByText('this starts from the position it entered').waitFor();
    // Russia entered its reservation as the range 40..60: the estimate makes it a triangle peaking at 45.
    expect(await form.getByLabel('Reservation, low').inputValue()).toBe('40');
    expect(await form.getByLabel('Reservation, high').inputValue()).toBe('60');
    await form.getByLabel('Reservation, most likely').fill('45');
    // A weight the mediators are unsure of becomes a range.
    await form
      .getByRole('button', { name: /^Range \(Weight of / })
      .first()
      .click();
    const weightHigh = form.getByLabel(/^Weight of .*, high$/).first();
    const weight = Number(await weightHigh.inputValue());
    await weightHigh.fill(String(weight + 2));
    // The first red line would likely hold, not surely.
    await form.getByLabel('Firmness of red line 1').selectOption('likely');
    await form.getByRole('button', { name: 'Save estimate' }).click();
    const saved = page.getByRole('status').filter({ hasText: /Saved as version \d+/ });
    await saved.waitFor();
    const first = Number(/version (\d+)/.exec((await saved.textContent()) ?? '')![1]);
    await page.screenshot({ path: join(screenshotFolder, '17-estimate-editor.png'), fullPage: false });

    // A probability of its own for the same red line, saved from the version just written.
    await form.getByLabel('Firmness of red line 1').selectOption('number');
    await form.getByLabel('Firmness of red line 1: probability that it holds').fill('0.3');
    await form.getByRole('button', { name: 'Save estimate' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved as version ${first + 1}` })
      .waitFor();
    expect(writes).toEqual([
      '/api/processes/ukraine-2025/estimates/ru new',
      `/api/processes/ukraine-2025/estimates/ru "${first}"`,
    ]);
    const estimate = (await stored(page, 'estimates/ru')).body;
    expect(estimate.reservation).toEqual({ low: 40, mode: 45, high: 60 });
    expect(estimate.redlines[0].firmness).toBe(0.3);
    expect(Object.values(estimate.weights)).toContainEqual({ low: weight, high: weight + 2 });

    // History: both versions, by the mediator; restoring the first makes a third.
    await page.getByRole('link', { name: 'Earlier versions of this estimate' }).click();
    const versions = page.getByRole('table', { name: /Versions of Estimate of Russia's position/ });
    await versions.waitFor();
    expect(await versions.locator('tbody tr').count()).toBe(2);
    expect(await versions.locator('tbody tr').first().textContent()).toContain(demoMediator.email);
    await page.getByRole('button', { name: `Restore version ${first}` }).click();
    await page.getByText(`Restored version ${first} as version ${first + 2}.`).waitFor();
    const restored = (await stored(page, 'estimates/ru')).body;
    expect(restored.redlines[0].firmness).toBe('likely');
    expect(restored.version).toBe(first + 2);
    // The position Russia entered is untouched.
    expect((await stored(page, 'positions/ru')).body).toEqual(entered);
    await page.context().close();
  });

  test('a mediator removes an estimate after confirming it, and only the estimate goes', async () => {
    const page = await signIn(demoMediator);
    const entered = (await stored(page, 'positions/eu')).body;
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/estimates/eu`);
    const form = page.getByRole('form', { name: "Estimate of E3/EU's position" });
    await form.waitFor();
    await form.getByRole('button', { name: 'Save estimate' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Saved as version \d+/ })
      .waitFor();
    expect((await stored(page, 'estimates/eu')).status).toBe(200);
    const deletes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'DELETE') deletes.push(r.url().replace(suite.server.url, ''));
    });

    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'How sure' }).click();
    const table = page.locator('.estimates-table');
    await table.getByRole('row', { name: /E3\/EU/ }).waitFor();
    // Asked first: keeping it removes nothing.
    await page.getByRole('button', { name: 'Remove the estimate of E3/EU' }).click();
    const confirm = page.getByRole('group', { name: 'Remove the estimate of E3/EU?' });
    await confirm.getByText('This cannot be undone').waitFor();
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect(await confirm.count()).toBe(0);
    expect(deletes).toEqual([]);
    expect((await stored(page, 'estimates/eu')).status).toBe(200);

    await page.getByRole('button', { name: 'Remove the estimate of E3/EU' }).click();
    await page.getByRole('button', { name: 'Remove estimate of E3/EU' }).click();
    await page.getByRole('status').filter({ hasText: 'The estimate of E3/EU was removed' }).waitFor();
    expect(deletes).toEqual(['/api/processes/ukraine-2025/estimates/eu']);
    expect(await table.getByRole('row', { name: /E3\/EU/ }).count()).toBe(0);
    // It can be estimated again, the estimate and its versions are gone, the position it entered is not.
    await page.getByRole('link', { name: 'E3/EU', exact: true }).waitFor();
    expect((await stored(page, 'estimates/eu')).status).toBe(404);
    expect((await stored(page, 'estimates/eu/versions')).status).toBe(404);
    expect((await stored(page, 'positions/eu')).body).toEqual(entered);
    await page.context().close();
  });

  test('a delegate is offered no estimate, and the browser never asks for one', async () => {
    const page = await signIn(demoDelegate);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/estimates')) asked.push(r.url());
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/estimates/ru`);
    await page.getByText('Only the mediators keep and read estimates').waitFor();
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/history`);
    await page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    expect(await page.getByRole('option', { name: /Estimate of/ }).count()).toBe(0);
    expect(asked).toEqual([]);
    expect((await stored(page, 'estimates/ru')).status).toBe(403);
    await page.context().close();
  });
});
