// The demo case served to headless Chromium, with an admin, a mediator and Ukraine's delegate, for the e2e tests and
// the screenshot script: one server over a fresh database, one browser, one signed-in context per account.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  demoAdmin,
  demoDelegate,
  demoMediator,
  ensureWebBuilt,
  hasChromium,
  launchChromium,
  startCaseServer,
} from './parley-server.test-support.js';
import type { RunningServer, TestAccount } from './parley-server.test-support.js';

export { hasChromium };

export type Account = TestAccount;
export { demoAdmin, demoDelegate, demoMediator };

/** A running demo: the server, the browser, and pages signed in as an account. */
export interface DemoBrowser {
  server: RunningServer;
  browser: Browser;
  /**
   * A new page at the process picker, signed in as `account`: the first call per account signs in through
   * the form (the server allows 10 logins a minute per address), later ones share its session.
   */
  signIn(account: Account, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Starts `parley serve` over the demo case (ukraine-2025) and Chromium; `close` ends both. */
export async function openDemoBrowser(): Promise<DemoBrowser> {
  await ensureWebBuilt();
  const server = await startCaseServer([demoMediator, demoDelegate, demoAdmin]);
  const browser = await launchChromium();
  const sessions = new Map<string, BrowserContext>();
  return {
    server,
    browser,
    async signIn(account, viewport = { width: 1280, height: 800 }) {
      const known = sessions.get(account.email);
      const context = known ?? (await browser.newContext({ viewport }));
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto(server.url);
      if (!known) {
        await page.getByLabel('E-mail').fill(account.email);
        await page.getByLabel('Password').fill(account.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        sessions.set(account.email, context);
      }
      await page.getByRole('heading', { name: 'Your negotiation processes' }).waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
