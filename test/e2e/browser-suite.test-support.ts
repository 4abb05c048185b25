// The set-up every browser suite shares: the web app built, the screenshot folder made, one server and one
// headless Chromium for the whole suite, both closed after it. Apart from parley-server.test-support.ts
// because it registers vitest hooks, and importing vitest outside a vitest run throws: the screenshot
// script (scripts/screenshots.ts) imports that file.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchChromium, projectRoot, signIn } from './parley-server.test-support.js';
import type { RunningServer, TestAccount } from './parley-server.test-support.js';

/** Where the browser tests put their screenshots. */
export const screenshotFolder = join(projectRoot, 'test-results', 'e2e');

/** A browser suite's server and Chromium; read them inside its tests (they start before the first). */
export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A new browser context signed in as `account` through the sign-in form, on the process picker. */
  signIn(account: TestAccount): Promise<Page>;
}

/**
 * Called inside a `describe`: before its tests, builds the web app when stale, makes the screenshot folder,
 * starts the server `start` resolves to and launches Chromium; after them, closes both (whichever started).
 * @example const suite = useBrowserSuite(() => startCaseServer([demoMediator]));
 */
export function useBrowserSuite(start: () => Promise<RunningServer>): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    await ensureWebBuilt();
    await mkdir(screenshotFolder, { recursive: true });
    server = await start();
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // Read before beforeAll ran (at collection, say), a field would be undefined and fail far from the cause.
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} of the browser suite is read before the suite started`);
    return value;
  };
  const suite: BrowserSuite = {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    signIn: (account) => signIn(suite.browser, suite.server.url, account),
  };
  return suite;
}
