// Capture in the browser (issue 13): a mediator adds a proposal from a Word file with the one "Add a
// proposal" button, fixes a number, splits one provision and joins another in the preview, saves it; then,
// in the proposal reader, asks for suggested codes, rejects one, accepts all above a confidence and saves
// them as one versioned edit. Screenshots go to test-results/e2e/.
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoMediator, hasChromium, startCaseServer } from './parley-server.test-support.js';
import type { TestAccount } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const mediator = demoMediator;

/** A Word file as a negotiator might receive it: typed numbers, one skipped by mistake. */
async function frameworkDocx(): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Geneva framework', style: 'Title' }),
          new Paragraph(
            '1. Ukraine’s armed forces are capped at 800,000 personnel in peacetime. A joint commission oversees the cap.',
          ),
          new Paragraph('2. NATO fighter aircraft are to be based in Poland.'),
          new Paragraph(
            '4. Ukraine qualifies for EU membership; pending a decision it enjoys temporary preferential access to the EU market.',
          ),
          new Paragraph('5. This applies from signature.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe.runIf(hasChromium())('adding a proposal and coding it with suggestions, in Chromium', () => {
  const suite = useBrowserSuite(() => startCaseServer([mediator]));

  const signIn = (account: TestAccount = mediator): Promise<Page> => suite.signIn(account);

  test('a Word file becomes a proposal after review, and its suggested codes are saved as one edit', async () => {
    const page = await signIn();
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('heading', { name: 'Proposals', exact: true }).waitFor();
    // One control, and only one, has this name (the compare view's column button reads "Add a column").
    const add = page.getByRole('button', { name: 'Add a proposal', exact: true });
    expect(await add.count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Add a proposal', exact: true }).count()).toBe(0);
    await add.click();

    await page.getByLabel('Document (Word, PDF, HTML or text)').setInputFiles({
      name: 'framework.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await frameworkDocx(),
    });
    await page.getByLabel('Revises').selectOption('us-28');
    await page.getByRole('button', { name: 'Read the document' }).click();
    const firstText = page.getByLabel('Text of provision 1', { exact: true });
    await firstText.waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Geneva framework');

    // Fix the skipped number, split point 1 before its second sentence, join point 5 to point 4.
    await page.getByLabel('Number of provision 3', { exact: true }).fill('3');
    await page.getByLabel('Number of provision 3', { exact: true }).blur();
    const at = (await firstText.inputValue()).indexOf('A joint commission');
    await firstText.evaluate(
      (el, offset) => (el as HTMLTextAreaElement).setSelectionRange(offset, offset),
      at,
    );
    await page.getByRole('button', { name: 'Split provision 1 at the cursor' }).click();
    await page.getByLabel('Text of provision 2', { exact: true }).waitFor();
    expect(await page.getByLabel('Text of provision 2', { exact: true }).inputValue()).toBe(
      'A joint commission oversees the cap.',
    );
    await page.getByLabel('Number of provision 2', { exact: true }).fill('1a');
    await page.getByLabel('Number of provision 2', { exact: true }).blur();
    await page.getByRole('button', { name: 'Join provision 5 to the previous one' }).click();
    expect(await page.getByLabel(/^Text of provision \d+$/).count()).toBe(4);
    await page.screenshot({ path: join(screenshotFolder, '20-add-proposal-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save the proposal' }).click();

    // The new proposal opens in the reader, as it was reviewed.
    await page.getByRole('heading', { name: 'Geneva framework', level: 1 }).waitFor();
    const stored = await page.evaluate(async () =>
      (await fetch('/api/processes/ukraine-2025/proposals/geneva-framework')).json(),
    );
    expect(stored.provisions.map((p: { num: string }) => p.num)).toEqual(['1', '1a', '2', '3']);
    expect(stored.provisions[3].text).toMatch(/EU market\. This applies from signature\.$/);
    expect(stored.revises).toBe('us-28');

    // Suggestions beside the uncoded provisions: reject one, accept the rest above 0.5, save once.
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/geneva-framework/')) writes.push(r.url());
    });
    await page.getByRole('button', { name: 'Suggest codes' }).click();
    const bar = page.getByRole('region', { name: 'Suggested codes' });
    await bar.waitFor();
    const accepts = page.getByRole('button', { name: /^Accept (?!all)/ });
    expect(await accepts.count()).toBeGreaterThanOrEqual(2);
    const rejected = page.getByRole('button', { name: /^Reject / }).last();
    const rejectedName = ((await rejected.getAttribute('aria-label')) ?? '').replace(/^Reject /, '');
    await rejected.click();
    await bar.getByLabel('Confidence from').fill('0.5');
    await bar.getByRole('button', { name: 'Accept all above this confidence' }).click();
    await page.screenshot({ path: join(screenshotFolder, '21-suggested-codes.png'), fullPage: true });
    const save = bar.getByRole('button', { name: /^Save \d+ accepted codes$/ });
    const accepted = Number(/\d+/.exec((await save.textContent()) ?? '')![0]);
    expect(accepted).toBeGreaterThanOrEqual(1);
    await save.click();
    await page.getByRole('button', { name: 'Suggest codes' }).waitFor();

    const coded = await page.evaluate(async () =>
      (await fetch('/api/processes/ukraine-2025/proposals/geneva-framework')).json(),
    );
    expect(coded.version).toBe(stored.version + 1);
    expect(coded.provisions.flatMap((p: { codes: unknown[] }) => p.codes)).toHaveLength(accepted);
    const savedNames = await page.locator('.codes .chip').allTextContents();
    expect(savedNames).not.toContain(rejectedName);
    expect(writes).toEqual([expect.stringMatching(/\/proposals\/geneva-framework\/codes$/)]);
    expect(coded.provisions.find((p: { num: string }) => p.num === '1').codes).toContainEqual({
      issue: 'military.cap',
      option: 'cap-800k',
    });
  }, 180_000);
});
