// The web app in a real browser (issue #6): Debian's Chromium driven by playwright-core against a real
// `parley serve` with the demo case. Walks the story — sign in, read, compare, test, converge — as a
// mediator, checks that a delegate sees no trace of another party's sealed red lines, and prints the
// performance numbers the issue asks for. Screenshots of each view go to test-results/e2e/.
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium } from 'playwright-core';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadCase } from '../../src/io/index.js';
import { ensureWebBuilt, parleyCli, projectRoot, startServer } from './parley-server.test-support.js';
import type { RunningServer } from './parley-server.test-support.js';
import { writeLargeCase } from './large-case.test-support.js';
import { chromiumMissing, findChromium, requireChromium } from '../chromium.test-support.js';

const hasChromium = findChromium() !== undefined;
if (!hasChromium && process.env.PARLEY_REQUIRE_E2E === '1') {
  throw new Error(`the e2e tests need Chromium: ${chromiumMissing()}`);
}
if (!hasChromium) console.log(`skipping the browser e2e tests: ${chromiumMissing()}`);

const shots = join(projectRoot, 'test-results', 'e2e');
const demoCase = join(projectRoot, 'cases', 'ukraine-2025');
const mediator = { email: 'mediator@example.org', password: 'mediator-e2e-password' };
const delegate = { email: 'kyiv@example.org', password: 'delegate-e2e-password' };

describe.runIf(hasChromium)('the web app in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let largeDir: string;

  beforeAll(async () => {
    await ensureWebBuilt();
    await mkdir(shots, { recursive: true });
    largeDir = await mkdtemp(join(tmpdir(), 'parley-large-'));
    await writeLargeCase(largeDir);
    server = await startServer(async (db) => {
      await parleyCli(db, ['process', 'import', demoCase]);
      await parleyCli(db, ['process', 'import', largeDir]);
      await parleyCli(db, ['user', 'add', mediator.email, '--password-stdin'], mediator.password);
      await parleyCli(db, ['user', 'add', delegate.email, '--password-stdin'], delegate.password);
      await parleyCli(db, [
        'member',
        'add',
        mediator.email,
        '--process',
        'ukraine-2025',
        '--role',
        'mediator',
      ]);
      await parleyCli(db, ['member', 'add', mediator.email, '--process', 'large-2000', '--role', 'mediator']);
      await parleyCli(db, [
        'member',
        'add',
        delegate.email,
        '--process',
        'ukraine-2025',
        '--role',
        'delegate',
        '--party',
        'ua',
      ]);
    });
    browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (largeDir) await rm(largeDir, { recursive: true, force: true });
  });

  // One browser context (one session) per account: the server allows 10 logins a minute per address.
  const sessions = new Map<string, BrowserContext>();

  /**
   * A new page signed in as `account`, at the process picker. The first call signs in through the form;
   * later ones open a page in the same session. Close the page when done.
   */
  async function signIn(
    account: { email: string; password: string },
    viewport = { width: 1280, height: 900 },
  ): Promise<Page> {
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
  }

  test('a mediator signs in, opens the demo and reads a proposal', async () => {
    const page = await signIn(mediator);
    await page.screenshot({ path: join(shots, '01-process-picker.png') });
    await page.getByRole('link', { name: /Russia–Ukraine settlement/ }).click();
    await page.getByRole('heading', { name: 'Proposals over time' }).waitFor();
    // Istanbul 2022, the US 28 points, the E3 counter-proposal and the 20-point framework of December 2025.
    expect(await page.locator('.timeline-dot').count()).toBe(4);
    await page.screenshot({ path: join(shots, '02-dashboard.png'), fullPage: true });
    await page
      .getByRole('link', { name: /US 28-point plan/ })
      .first()
      .click();
    await page.locator('#p-6 .chip-issue', { hasText: '600,000' }).waitFor();
    await page.screenshot({ path: join(shots, '03-proposal-reader.png') });
    await page.close();
  }, 60_000);

  test('a wrong password is refused in the server’s words', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(mediator.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('the e-mail address or password is wrong').waitFor();
    await context.close();
  }, 60_000);

  test('sharing a proposal privately and back is saved and shown', async () => {
    const page = await signIn(mediator);
    await page.goto(`${server.url}/#/p/ukraine-2025/proposals/e3-counter`);
    for (const [choice, chip] of [
      [/^Private/, 'private'],
      [/^Public/, 'public'],
    ] as const) {
      await page.getByRole('button', { name: 'Visibility and sharing…' }).click();
      await page.getByRole('radio', { name: choice }).check();
      await page.getByRole('button', { name: 'Save sharing' }).click();
      await page.locator('.meta .chip', { hasText: chip }).waitFor();
    }
    await page.close();
  }, 60_000);

  test('a coding edit saves with the version read, and a conflicting edit says so', async () => {
    const first = await signIn(mediator);
    const second = await signIn(mediator);
    const reader = `${server.url}/#/p/ukraine-2025/proposals/us-28`;
    for (const page of [first, second]) {
      await page.goto(reader);
      await page.getByRole('button', { name: 'Edit coding of point 6' }).click();
    }
    await first.getByRole('button', { name: 'Save codes' }).click();
    await first.getByRole('button', { name: 'Edit coding of point 6' }).waitFor();
    await second.getByRole('button', { name: 'Save codes' }).click();
    await second.getByText(/Someone else saved this proposal after you opened it/).waitFor();
    await second.screenshot({ path: join(shots, '03b-coding-conflict.png') });
    await second.getByRole('button', { name: 'Reload the proposal' }).click();
    await second.locator('#p-6 .chip-issue', { hasText: '600,000' }).waitFor();
    await first.close();
    await second.close();
  }, 60_000);

  test('comparing the US plan with the E3 counter-proposal shows point 3 deleted and 600,000 → 800,000, and downloads it as Word', async () => {
    const page = await signIn(mediator);
    const started = Date.now();
    await page.goto(`${server.url}/#/p/ukraine-2025/compare?ids=us-28,e3-counter&mode=pair`);
    const deleted = page.locator('.kind-row-deleted').filter({ hasText: 'NATO stops enlarging' });
    await deleted.waitFor();
    const readyMs = Date.now() - started;
    expect(await deleted.locator('.compare-cell.gap').textContent()).toMatch(/deleted/);
    const six = page
      .locator('.compare-row')
      .filter({ has: page.locator('.provision-label', { hasText: /^6\.$/ }) });
    expect(await six.locator('del').allTextContents()).toEqual(['600,000']);
    expect(await six.locator('ins').first().textContent()).toBe('800,000');
    await page.getByRole('checkbox', { name: /same/ }).uncheck();
    expect(await page.locator('.compare-row.kind-row-same').count()).toBe(0);
    console.log(
      `e2e: the 28-point comparison showed its rows ${readyMs} ms after navigation (goal: under 1000 ms)`,
    );
    await page.screenshot({ path: join(shots, '04-compare.png') });
    // The redline as Word: point 3's deletion and the new army cap are tracked changes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as Word (tracked changes)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('us-28-e3-counter.docx');
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('<w:del ');
    await page.getByRole('button', { name: 'Matrix of 3 or more' }).click();
    await page.getByRole('heading', { name: 'Issues across proposals' }).waitFor();
    await page.screenshot({ path: join(shots, '05-compare-matrix.png') });
    await page.getByRole('button', { name: 'Three-way merge' }).click();
    await page.getByRole('heading', { name: /Merged draft of A/ }).waitFor();
    await page.screenshot({ path: join(shots, '05b-compare-merge.png') });
    await page.close();
  }, 60_000);

  test('the red-line matrix opens a cell with its red lines and deciding provisions', async () => {
    const page = await signIn(mediator);
    await page.goto(`${server.url}/#/p/ukraine-2025/redlines`);
    const cell = page.getByRole('button', { name: /US 28-point plan.* for Ukraine: violated/ });
    // As the CLI's `*`: a utility not above the party's reservation is marked, in the cell and its name (the
    // E3 counter-proposal guarantees Russia 24.3, below its reservation of 50).
    await page
      .getByRole('button', { name: /European counter-proposal.* for Russia: .*not above the reservation/ })
      .waitFor();
    expect(await page.locator('.cell-utility .below-reservation').count()).toBeGreaterThan(0);
    await cell.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/for Russia/);
    await cell.click();
    const panel = page.locator('.evidence-panel');
    await panel
      .getByText(/capped below|cap below|army/i)
      .first()
      .waitFor();
    // Evidence names points by their full number: a sub-point reads "point 21a", never a bare "point a.".
    expect(await panel.locator('.provision-ref', { hasText: /^point 6$/ }).count()).toBeGreaterThan(0);
    expect(await panel.locator('.provision-ref', { hasText: /^point 21a$/ }).count()).toBe(1);
    await page.screenshot({ path: join(shots, '06-redline-matrix.png'), fullPage: true });
    await page.close();
  }, 60_000);

  test('running the solver draws the Pareto plot, past the colliding red lines lists a package, and drafts from it as Word', async () => {
    const page = await signIn(mediator);
    await page.goto(`${server.url}/#/p/ukraine-2025/converge`);
    await page.getByRole('button', { name: 'Run the solver' }).click();
    await page.locator('.plot-frame svg').first().waitFor({ timeout: 60_000 });
    // The demo's red lines collide (DESIGN.md: say which and the cheapest relaxation); when the case has an
    // agreement zone the packages are listed at once, otherwise the first relaxation opens them.
    const relax = page.getByRole('button', { name: 'See the packages without these red lines' }).first();
    const solutions = page.getByRole('heading', { name: 'The bargaining solutions' });
    await solutions.or(relax).first().waitFor({ timeout: 30_000 });
    if (await relax.isVisible()) {
      await page.screenshot({ path: join(shots, '07-converge-conflicts.png'), fullPage: true });
      await relax.click();
      // The summary counts the red lines given up, per party.
      await page
        .getByText(/Searched in your browser in [\d.]+ s with \d+ red lines? given up \(\D+ \d/)
        .waitFor({ timeout: 60_000 });
    }
    await solutions.waitFor();
    expect(await page.locator('.package-table tfoot tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.plot-frame svg [data-mark="dot"] *').count()).toBeGreaterThan(3);
    await page.screenshot({ path: join(shots, '08-converge-packages.png'), fullPage: true });

    // Draft from the package on screen (issue #7): the server composes it on the E3 counter-proposal, the
    // app lists every point with its provenance, and the Word download carries real tracked changes.
    const panel = page.locator('.draft-panel');
    await panel.getByLabel('Base proposal').selectOption('e3-counter');
    await panel.getByRole('button', { name: 'Compose the draft' }).click();
    await panel.getByRole('list', { name: 'Verdicts on the draft' }).waitFor({ timeout: 30_000 });
    expect(await panel.locator('.draft-point').count()).toBeGreaterThan(10);
    expect(await panel.locator('.draft-replaced, .draft-inserted').count()).toBeGreaterThan(0);
    // One verdict per party with a position: ua, ru, us and eu.
    expect(await panel.locator('.draft-verdicts li').count()).toBe(4);
    await panel.screenshot({ path: join(shots, '08b-converge-draft.png') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Download Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bridge-e3-counter-package\.docx$/);
    const zip = await JSZip.loadAsync(await readFile(await download.path()));
    const xml = await zip.file('word/document.xml')?.async('string');
    expect(xml).toContain('<w:ins ');
    await page.close();
  }, 120_000);

  test('a delegate finds no trace of another party’s sealed red lines', async () => {
    const loaded = await loadCase(demoCase);
    if (!loaded.ok) throw new Error('the demo case does not load');
    const { positions, proposals: _proposals, ...manifest } = loaded.value;
    // An id the delegate may legitimately see (an option id, or a red line id Ukraine also uses) proves nothing.
    const readable = JSON.stringify([manifest, positions.find((p) => p.party === 'ua')]);
    const sealed = positions.filter((p) => p.party !== 'ua').flatMap((p) => p.redlines);
    const page = await signIn(delegate);
    const bodies: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/api/')) bodies.push(await response.text().catch(() => ''));
    });
    await page.goto(`${server.url}/#/p/ukraine-2025`);
    await page.getByRole('heading', { name: 'Proposals over time' }).waitFor();
    await page.getByText(/Only the proposals you may read are listed/).waitFor();
    await page.goto(`${server.url}/#/p/ukraine-2025/compare?ids=us-28,e3-counter&mode=pair`);
    await page.locator('.kind-row-deleted').first().waitFor();
    await page.goto(`${server.url}/#/p/ukraine-2025/redlines`);
    await page.getByRole('button', { name: /US 28-point plan.* for Ukraine/ }).click();
    await page
      .getByText(/sealed to you/)
      .first()
      .waitFor();
    // Non-interference: the delegate's matrix has its own party's column only.
    expect(await page.getByRole('button', { name: /for Russia/ }).count()).toBe(0);
    await page.screenshot({ path: join(shots, '09-delegate-matrix.png'), fullPage: true });
    await page.goto(`${server.url}/#/p/ukraine-2025/converge`);
    await page.getByRole('button', { name: 'Run the solver' }).click();
    await page.locator('.converge-view .note').first().waitFor({ timeout: 60_000 });
    // The delegate's Converge weighs its own position alone: its draft is tested against Ukraine only.
    const draftPanel = page.locator('.draft-panel');
    await draftPanel.getByRole('button', { name: 'Compose the draft' }).click();
    const verdicts = draftPanel.getByRole('list', { name: 'Verdicts on the draft' });
    await verdicts.waitFor({ timeout: 30_000 });
    expect(await verdicts.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Ukraine'),
    ]);
    await draftPanel.screenshot({ path: join(shots, '10b-delegate-draft.png') });
    await page.screenshot({ path: join(shots, '10-delegate-converge.png'), fullPage: true });
    const seen = (await page.content()) + bodies.join('\n');
    const leaked = sealed.filter(
      (r) => seen.includes(r.text) || (!readable.includes(`"${r.id}"`) && seen.includes(`"${r.id}"`)),
    );
    expect(leaked.map((r) => r.id)).toEqual([]);
    await page.close();
  }, 120_000);

  test('a session ended elsewhere brings back the sign-in form', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel('E-mail').fill(delegate.email);
    await page.getByLabel('Password').fill(delegate.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: /Russia–Ukraine settlement/ }).click();
    await page.getByRole('heading', { name: 'Proposals over time' }).waitFor();
    const other = await context.newPage();
    await other.goto(server.url);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Red lines' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await context.close();
  }, 60_000);

  test('a 2,000-provision comparison scrolls; its long tasks are measured and printed', async () => {
    const page = await signIn(mediator, { width: 1280, height: 900 });
    await page.goto(`${server.url}/#/p/large-2000/compare?ids=draft-a,draft-b&mode=pair`);
    await page.locator('.compare-scroll .compare-row').first().waitFor({ timeout: 90_000 });
    // Measure the scrolling, not the first render: start observing once the page has gone idle.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.longTasks.push(e.duration)),
      ).observe({
        type: 'longtask',
      });
    });
    const scroller = page.locator('.compare-scroll');
    const height = await scroller.evaluate((el) => el.scrollHeight);
    // Jumps across the whole list (each one renders an all-new window of rows), then wheel scrolling.
    for (let step = 0; step < 40; step += 1) {
      await scroller.evaluate((el, top) => el.scrollTo({ top }), Math.round(((step + 1) / 40) * height));
      await page.waitForTimeout(50);
    }
    await scroller.hover();
    for (let step = 0; step < 30; step += 1) {
      await page.mouse.wheel(0, -900);
      await page.waitForTimeout(30);
    }
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const rows = await page.locator('.compare-scroll .compare-row').count();
    console.log(
      `e2e: scrolled a 2,000-provision comparison (${rows} rows in the DOM): ${longTasks.filter((d) => d > 100).length} long tasks over 100 ms, longest ${Math.round(Math.max(0, ...longTasks))} ms`,
    );
    expect(rows).toBeLessThan(100);
    await page.screenshot({ path: join(shots, '11-compare-2000.png') });
    await page.goto(`${server.url}/#/p/large-2000/proposals/draft-a?point=40x`);
    await page.locator('#p-40x.focused').waitFor();
    expect(await page.locator('.provisions > li').count()).toBeLessThan(100);
    await page.close();
  }, 150_000);

  test('the views fit a tablet', async () => {
    const page = await signIn(mediator, { width: 820, height: 1180 });
    await page.goto(`${server.url}/#/p/ukraine-2025/compare?ids=us-28,e3-counter&mode=pair`);
    await page.locator('.kind-row-deleted').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, '12-tablet-compare.png') });
    await page.close();
  }, 60_000);
});

describe.runIf(hasChromium)('parley start, as a newcomer runs it', () => {
  test('the printed one-time link opens the demo signed in as its mediator', async () => {
    await ensureWebBuilt();
    const server = await startServer(async () => {}, ['start', '--no-matrix'], /\?login=\S+/);
    const browser = await chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
    try {
      const link = /(http:\/\/\S+\?login=\S+)/.exec(server.output)?.[1];
      expect(link).toBeDefined();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(link!);
      await page.getByRole('link', { name: /Russia–Ukraine settlement/ }).click();
      await page.getByRole('heading', { name: 'Proposals over time' }).waitFor();
      expect(page.url()).not.toContain('login=');
      await page.screenshot({ path: join(shots, '00-start-link.png') });
    } finally {
      await browser.close();
      await server.stop();
    }
  }, 180_000);
});
