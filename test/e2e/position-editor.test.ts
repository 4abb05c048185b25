// Editing a position in the browser (issue 14): a delegate opens its own party's position from the
// "Position" tab, sees a mistake at its field with nothing saved, changes a red line and watches the live
// preview and then the red-line matrix change, and the saved position keeps every field the editor does not
// show. A delegate never asks for another party's position. Screenshots go to test-results/e2e/.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoDelegate, demoMediator, hasChromium, startCaseServer } from './parley-server.test-support.js';
import type { TestAccount } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const mediator = demoMediator;
const delegate = demoDelegate;

describe.runIf(hasChromium())('the position editor in Chromium', () => {
  const suite = useBrowserSuite(() => startCaseServer([mediator, delegate]));

  const signIn = (account: TestAccount = mediator): Promise<Page> => suite.signIn(account);

  test('a delegate edits its own position: a bad utility is refused at its field, a changed red line changes the preview and the matrix, and unshown fields are kept', async () => {
    const page = await signIn(delegate);
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/positions/')) writes.push(r.url());
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/redlines`);
    const e3Cell = (verdict: string) =>
      page.getByRole('button', { name: new RegExp(`European counter-proposal.* for Ukraine: ${verdict}`) });
    await e3Cell('violated').waitFor();
    // (The mark of a utility not above the reservation is checked in web-app.test.ts, on Russia's column:
    // since the Istanbul text is judged against Ukraine's 2022 position, no Ukrainian cell of the demo is
    // below Ukraine's reservation, and a delegate of Ukraine sees no other column.)
    await page.getByRole('link', { name: 'Position', exact: true }).click();
    const form = page.getByRole('form', { name: 'Position of Ukraine' });
    await form.waitFor();
    await form.getByLabel('Reservation', { exact: true }).waitFor();
    // Focus follows the change of page to its heading.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Position of Ukraine');
    expect(await form.getByLabel('Reservation', { exact: true }).inputValue()).toBe('30');

    // A utility above 100: the message is at the field, and "Save position" sends nothing.
    const utilityField = form.getByLabel("Utility of No cap (Peacetime cap on Ukraine's armed forces)");
    await utilityField.fill('120');
    await form.locator('.field-error', { hasText: /100/ }).first().waitFor();
    await form.getByRole('button', { name: 'Save position' }).click();
    await page
      .getByRole('alert')
      .getByText(/Nothing was saved/)
      .waitFor();
    expect(await utilityField.getAttribute('aria-invalid')).toBe('true');
    expect(writes).toEqual([]);
    await page.screenshot({ path: join(screenshotFolder, '13-position-error.png') });
    await utilityField.fill('100');

    // Red line 5 (no Russian role at the nuclear plant) is what the E3 counter-proposal breaks for Ukraine.
    const e3Row = form.locator('.preview-table tbody tr', { hasText: 'European counter-proposal' });
    expect(await e3Row.locator('td').nth(5).textContent()).toContain('violated');
    const redLine = form.locator('.redline-fields').nth(4);
    expect(await redLine.locator('legend').first().textContent()).toContain('no-russian-role-at-znpp');
    await redLine.getByLabel('Red line 5: Condition').selectOption('notIn');
    await e3Row.locator('td').nth(5).getByText('satisfied').waitFor();
    await page.screenshot({ path: join(screenshotFolder, '14-position-editor.png'), fullPage: true });
    await form.getByRole('button', { name: 'Save position' }).click();
    await form.getByText(/Saved as version \d+/).waitFor();
    expect(writes).toHaveLength(1);

    // The saved position keeps the red lines' priorities and sources, which the editor does not edit.
    const saved = await page.evaluate(async () => {
      const response = await fetch('/api/processes/ukraine-2025/positions/ua');
      return (await response.json()) as { redlines: { id: string; priority?: number; rule: unknown }[] };
    });
    const znpp = saved.redlines.find((r) => r.id === 'no-russian-role-at-znpp');
    expect(znpp).toMatchObject({ priority: 2, rule: { issue: 'znpp', notIn: ['us-ua-joint-venture'] } });
    expect(saved.redlines.every((r) => r.priority !== undefined)).toBe(true);

    // The red-line matrix no longer reads the E3 counter-proposal as violated for Ukraine (it did before).
    await page.getByRole('link', { name: 'Red lines' }).click();
    await e3Cell('(open|satisfied)').waitFor();
    await page.close();
  }, 120_000);

  test('a delegate asks for no other party’s position; a mediator picks the party', async () => {
    const page = await signIn(delegate);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/positions/')) asked.push(r.url());
    });
    await page.goto(`${suite.server.url}/#/p/ukraine-2025/positions/ru`);
    await page.getByText(/You cannot edit the position of 'ru'/).waitFor();
    expect(asked).toEqual([]);
    await page.close();

    const mediatorPage = await signIn(mediator);
    await mediatorPage.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await mediatorPage.getByRole('heading', { name: 'Proposals over time' }).waitFor();
    // "Skip to content" is the first focusable element of the page, and moves focus to the main region.
    const first = await mediatorPage.evaluate(
      () => document.querySelector('a[href], button, input, select, textarea')?.textContent,
    );
    expect(first).toBe('Skip to content');
    await mediatorPage.getByRole('link', { name: 'Skip to content' }).focus();
    await mediatorPage.keyboard.press('Enter');
    expect(await mediatorPage.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await mediatorPage.getByRole('link', { name: 'Position', exact: true }).click();
    await mediatorPage.getByLabel('Party').selectOption('ru');
    await mediatorPage.getByRole('form', { name: 'Position of Russia' }).waitFor();
    await mediatorPage.close();
  }, 60_000);
});
