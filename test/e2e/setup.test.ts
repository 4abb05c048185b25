// Setting a negotiation up in the browser (issue 14): an admin creates a process with "New process" and gives
// it parties, a track and an issue on the set-up screen, where an empty name or a duplicate id is refused at
// its field with nothing sent; a mediator renames and reorders, and retiring an option the case still uses is
// refused with the list of places, nothing saved. Screenshots go to test-results/e2e/.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAdmin, demoMediator, hasChromium, startCaseServer } from './parley-server.test-support.js';
import type { TestAccount } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const admin = demoAdmin;
const mediator = demoMediator;

describe.runIf(hasChromium())('process set-up in Chromium', () => {
  const suite = useBrowserSuite(() => startCaseServer([admin, mediator]));

  const signIn = (account: TestAccount = mediator): Promise<Page> => suite.signIn(account);

  test('an admin creates a process and sets it up; an empty name and a duplicate id are refused at their field', async () => {
    const page = await signIn(admin);
    const writes: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PUT' && r.url().includes('/manifest')) writes.push(r.url());
    });
    await page.getByRole('button', { name: 'New process' }).click();
    const create = page.getByRole('form', { name: 'New process' });
    await create.getByRole('button', { name: 'Create the process' }).click();
    await create.locator('.field-error', { hasText: 'give the process an id' }).waitFor();
    await create.getByLabel('Process id').fill('geneva-talks');
    await create.getByLabel('Process title').fill('Geneva talks');
    await create.getByRole('button', { name: 'Create the process' }).click();

    const form = page.getByRole('form', { name: 'Set-up of Geneva talks' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Add a party' }).click();
    await form.getByLabel('Party 1 id').fill('north');
    await form.getByLabel('Party 1 name').fill('North');
    await form.getByRole('button', { name: 'Add a party' }).click();
    await form.getByLabel('Party 2 id').fill('north');
    // A duplicate id and an empty name: the messages are at the fields, and saving sends nothing.
    await form.getByRole('button', { name: 'Save set-up' }).click();
    await form.locator('.field-error', { hasText: "another party already has the id 'north'" }).waitFor();
    await form.locator('.field-error', { hasText: 'give the party a name' }).waitFor();
    expect(await form.getByLabel('Party 2 id').getAttribute('aria-invalid')).toBe('true');
    await page.getByText(/Nothing was saved/).waitFor();
    expect(writes).toEqual([]);
    await page.screenshot({ path: join(screenshotFolder, '20-setup-error.png'), fullPage: true });

    await form.getByLabel('Party 2 id').fill('south');
    await form.getByLabel('Party 2 name').fill('South');
    await form.getByRole('button', { name: 'Add a track' }).click();
    await form.getByLabel('Track 1 id').fill('direct');
    await form.getByLabel('Track 1 name').fill('Direct talks');
    await form.getByRole('group', { name: 'Parties of Direct talks' }).getByLabel('North').check();
    await form.getByRole('group', { name: 'Parties of Direct talks' }).getByLabel('South').check();
    await form.getByRole('button', { name: 'Add an issue' }).click();
    await form.getByLabel('Issue 1 id').fill('border');
    await form.getByLabel('Issue 1 title').fill('Border line');
    await form.getByLabel('Option 1 id (Border line)').fill('river');
    await form.getByLabel('Option 1 label (Border line)').fill('Along the river');
    await form.getByRole('button', { name: 'Add an option to Border line' }).click();
    await form.getByLabel('Option 2 id (Border line)').fill('ridge');
    await form.getByLabel('Option 2 label (Border line)').fill('Along the ridge');
    await form.getByLabel('Option 2 value (Border line)').fill('no limit');
    await form.getByRole('button', { name: 'Move South up' }).click();
    await form.getByRole('button', { name: 'Save set-up' }).click();
    await page.getByText(/Saved as version \d+/).waitFor();
    expect(writes).toHaveLength(1);

    const saved = await page.evaluate(async () => (await fetch('/api/processes/geneva-talks')).json());
    expect(saved.parties.map((p: { id: string }) => p.id)).toEqual(['south', 'north']);
    expect(saved.tracks[0]).toMatchObject({ id: 'direct', parties: ['north', 'south'] });
    expect(saved.issues[0].options[1]).toEqual({ id: 'ridge', label: 'Along the ridge', value: 'Infinity' });
    // Stored ids are read-only now: they name data.
    expect(await form.getByLabel('Party 1 id').getAttribute('readonly')).not.toBeNull();
    await page.screenshot({ path: join(screenshotFolder, '21-setup.png'), fullPage: true });
    await page.close();
  }, 120_000);

  test('a mediator renames a party; retiring an option the case still codes is refused with the places', async () => {
    const page = await signIn(mediator);
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'Set-up' }).click();
    const form = page.getByRole('form', { name: /^Set-up of / });
    await form.waitFor();
    const issue = "Peacetime cap on Ukraine's armed forces";
    await form.getByRole('button', { name: `Retire 600,000 (${issue})` }).click();
    await form.getByRole('button', { name: 'Save set-up' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was saved' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("proposal 'us-28'");
    expect(await alert.textContent()).toContain("position of 'ua'");
    await page.screenshot({ path: join(screenshotFolder, '22-setup-in-use.png'), fullPage: true });
    const after = await page.evaluate(async () => (await fetch('/api/processes/ukraine-2025')).json());
    const cap = after.issues.find((i: { id: string }) => i.id === 'military.cap');
    expect(cap.options.map((o: { id: string }) => o.id)).toContain('cap-600k');

    await page.reload();
    await form.waitFor();
    await form.getByLabel('Party 1 name').fill('Ukraine (Kyiv)');
    await form.getByRole('button', { name: 'Save set-up' }).click();
    await page.getByText(/Saved as version \d+/).waitFor();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByText('Ukraine (Kyiv)').first().waitFor();
    await page.close();
  }, 120_000);

  test('a mediator invites a delegate; the invitee signs in by the link, sets a password, and loses the process when removed', async () => {
    const page = await signIn(mediator);
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'Members' }).click();
    const invite = page.getByRole('form', { name: 'Invite a member' });
    await invite.waitFor();
    // A delegate without a party: the message is at the field and nothing is sent.
    await invite.getByLabel('E-mail').fill('new.delegate@example.org');
    await invite.getByRole('button', { name: 'Invite a member' }).click();
    await invite.locator('.field-error', { hasText: 'choose the party' }).waitFor();
    await invite.getByLabel('Party').selectOption('ua');
    await invite.getByRole('button', { name: 'Invite a member' }).click();
    const linkField = invite.getByLabel(/One-time login link for new.delegate@example.org/);
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(/\?login=/);
    await page.getByRole('cell', { name: 'new.delegate@example.org', exact: true }).waitFor();
    await page.screenshot({ path: join(screenshotFolder, '23-members.png'), fullPage: true });

    // The invitee opens the link in a browser of their own: signed in once, as Ukraine's delegate.
    const invitee = await (
      await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'Your negotiation processes' }).waitFor();
    await invitee.getByText('delegate · Ukraine').waitFor();
    await invitee.getByRole('link', { name: 'new.delegate@example.org' }).click();
    const password = invitee.getByRole('form', { name: 'Password' });
    await password.getByLabel('New password').fill('short');
    await password.getByRole('button', { name: 'Set password' }).click();
    await password.locator('.field-error', { hasText: '12 characters' }).waitFor();
    await password.getByLabel('New password').fill('invitee-e2e-password');
    await password.getByRole('button', { name: 'Set password' }).click();
    await invitee.getByText('Your password is set').waitFor();
    const login = await invitee.evaluate(async () => {
      const r = await fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'new.delegate@example.org', password: 'invitee-e2e-password' }),
      });
      return r.status;
    });
    expect(login).toBe(200);

    // Removed by the mediator: the invitee's very next request no longer sees the process.
    await page.getByRole('button', { name: 'Remove new.delegate@example.org' }).click();
    await page.getByText(/was removed/).waitFor();
    const status = await invitee.evaluate(async () => (await fetch('/api/processes/ukraine-2025')).status);
    expect(status).toBe(404);
    await invitee.close();
    await page.close();
  }, 120_000);
});
