// Accessibility of every view (issue 14): axe-core (WCAG 2.1 A/AA) finds no violation on any page, as a
// mediator and as a delegate; the names the checks outside the project use are there, once a page; the
// first load asks who is signed in without an error status; and a delegate's walk makes no request bound
// to fail (no 4xx answer at all).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeFinding, expectAccessible, findViolations } from './axe.test-support.js';
import {
  demoAdmin,
  demoDelegate,
  demoMediator,
  hasChromium,
  openDemoBrowser,
} from './demo-browser.test-support.js';
import type { Account, DemoBrowser } from './demo-browser.test-support.js';

/** One place of the app: its address under the process, and what shows that it is ready. */
interface View {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 30_000 });

const views: Record<string, View> = {
  picker: { name: 'process picker', path: '#/', ready: heading('Your negotiation processes') },
  dashboard: { name: 'dashboard', path: '#/p/ukraine-2025', ready: heading(/Russia–Ukraine/) },
  reader: {
    name: 'proposal reader',
    path: '#/p/ukraine-2025/proposals/us-28',
    ready: (page) => page.locator('#p-6 .chip-issue').first().waitFor(),
  },
  pair: {
    name: 'compare, side by side',
    path: '#/p/ukraine-2025/compare?ids=us-28,e3-counter&mode=pair',
    ready: (page) => page.locator('.kind-row-deleted').first().waitFor(),
  },
  matrix: {
    name: 'compare, matrix',
    path: '#/p/ukraine-2025/compare?ids=istanbul-2022,us-28,e3-counter&mode=matrix',
    ready: (page) => page.getByRole('heading', { name: 'Issues across proposals' }).waitFor(),
  },
  merge: {
    name: 'compare, three-way merge',
    path: '#/p/ukraine-2025/compare?ids=istanbul-2022,us-28,e3-counter&mode=merge',
    ready: (page) => page.getByRole('heading', { name: /Merged draft of A/ }).waitFor({ timeout: 30_000 }),
  },
  redlines: {
    name: 'red-line matrix with a cell open',
    path: '#/p/ukraine-2025/redlines',
    ready: async (page) => {
      await page.getByRole('button', { name: /US 28-point plan.* for Ukraine/ }).click();
      await page.locator('.evidence-panel').waitFor();
    },
  },
  converge: {
    name: 'converge after a solve',
    path: '#/p/ukraine-2025/converge',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Run the solver' }).click();
      await page.locator('.plot-frame svg, .converge-view .note').first().waitFor({ timeout: 90_000 });
    },
  },
  robustness: {
    name: 'how sure after a run',
    path: '#/p/ukraine-2025/robustness',
    ready: async (page) => {
      await page.getByLabel('Samples', { exact: true }).fill('30');
      const detail = page.getByLabel('Detail samples');
      if ((await detail.count()) > 0) await detail.fill('4');
      await page.getByRole('button', { name: 'Run the analysis' }).click();
      await page.locator('.acceptance-chart [role="img"]').first().waitFor({ timeout: 180_000 });
    },
  },
  position: {
    name: 'position editor',
    path: '#/p/ukraine-2025/positions/ua',
    ready: (page) => page.getByRole('form', { name: 'Position of Ukraine' }).waitFor(),
  },
  estimate: {
    name: "the mediators' estimate editor, ranges and firmness included",
    path: '#/p/ukraine-2025/estimates/ru',
    ready: (page) => page.getByRole('form', { name: "Estimate of Russia's position" }).waitFor(),
  },
  setup: {
    name: 'set-up',
    path: '#/p/ukraine-2025/setup',
    ready: (page) => page.getByRole('button', { name: 'Save set-up' }).waitFor(),
  },
  members: {
    name: 'members',
    path: '#/p/ukraine-2025/members',
    ready: (page) => page.getByRole('button', { name: 'Invite a member' }).waitFor(),
  },
  account: { name: 'account', path: '#/account', ready: heading('Your account') },
  adding: {
    name: 'dashboard with the Add a proposal form open',
    path: '#/p/ukraine-2025',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Add a proposal', exact: true }).click();
      await page.getByRole('button', { name: 'Add a proposal', exact: true }).waitFor({ state: 'detached' });
    },
  },
  editing: {
    name: 'proposal reader with the coding and sharing editors open',
    path: '#/p/ukraine-2025/proposals/us-28',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Edit coding of point 6' }).click();
      await page.getByRole('button', { name: 'Save codes' }).waitFor();
      await page.getByRole('button', { name: 'Visibility and sharing…' }).click();
      await page.getByRole('button', { name: 'Save sharing' }).waitFor();
    },
  },
  proposalHistory: {
    name: 'history of a proposal',
    path: '#/p/ukraine-2025/history?doc=proposal:us-28',
    ready: (page) => page.getByRole('heading', { name: /^Versions of / }).waitFor({ timeout: 30_000 }),
  },
  positionHistory: {
    name: 'history of a position',
    path: '#/p/ukraine-2025/history?doc=position:ua',
    ready: (page) => page.getByRole('heading', { name: /^Versions of / }).waitFor({ timeout: 30_000 }),
  },
};

/** The names outside checks look for: none of them may be given to two controls of one page. */
const namedOnce = [
  'Add a proposal',
  'Add a column',
  'New process',
  'Invite a member',
  'Save position',
  'Position',
  'History',
];

/** How many controls (buttons, links, tabs) on the page have exactly this accessible name. */
async function countNamed(page: Page, name: string): Promise<number> {
  let count = 0;
  for (const role of ['button', 'link', 'tab'] as const)
    count += await page.getByRole(role, { name, exact: true }).count();
  return count;
}

/** Opens each view in turn and lists what axe-core finds and which names appear more than once. */
async function walk(demo: DemoBrowser, account: Account, names: (keyof typeof views)[]) {
  const page = await demo.signIn(account);
  const found: string[] = [];
  const repeated: string[] = [];
  for (const key of names) {
    const view = views[key]!;
    await page.goto(`${demo.server.url}/${view.path}`);
    await view.ready(page);
    found.push(...(await findViolations(page)).map((f) => `${view.name}: ${describeFinding(f)}`));
    for (const name of namedOnce) {
      const count = await countNamed(page, name);
      if (count > 1) repeated.push(`${view.name}: ${count} × ${name}`);
    }
  }
  return { page, found, repeated };
}

describe.runIf(hasChromium())('accessibility of every view in Chromium', () => {
  let demo: DemoBrowser;

  beforeAll(async () => {
    demo = await openDemoBrowser();
  }, 240_000);

  afterAll(async () => demo?.close());

  test('the first load asks who is signed in without an error status', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') failed.push(m.text());
    });
    await page.goto(demo.server.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAccessible(page, 'the sign-in form');
    expect(failed).toEqual([]);
    await context.close();
  }, 60_000);

  test('axe-core finds no violation on any view of a mediator, and the named controls are unique', async () => {
    const { page, found, repeated } = await walk(demo, demoMediator, [
      ...['picker', 'dashboard', 'reader', 'pair', 'matrix', 'merge', 'redlines'],
      ...['converge', 'robustness', 'position', 'estimate', 'setup', 'members', 'account'],
      ...['proposalHistory', 'positionHistory', 'adding', 'editing'],
    ] as const);
    expect({ found, repeated }).toEqual({ found: [], repeated: [] });
    // The names themselves, each where it belongs.
    await page.goto(`${demo.server.url}/#/p/ukraine-2025`);
    await page.getByRole('button', { name: 'Add a proposal', exact: true }).waitFor();
    await page.goto(`${demo.server.url}/${views.matrix!.path}`);
    await page.getByRole('button', { name: 'Add a column', exact: true }).waitFor();
    expect(await countNamed(page, 'Add a proposal')).toBe(0);
    await page.goto(`${demo.server.url}/${views.members!.path}`);
    await page.getByRole('button', { name: 'Invite a member', exact: true }).waitFor();
    // "Compare with" offers the proposal this one revises, by its title.
    await page.goto(`${demo.server.url}/#/p/ukraine-2025/proposals/e3-counter`);
    const compareWith = page.getByRole('link', { name: /^Compare with / });
    expect(await compareWith.textContent()).toMatch(/^Compare with US 28-point plan/);
    expect(await compareWith.getAttribute('href')).toContain('ids=us-28,e3-counter');
    await page.close();
  }, 600_000);

  test('an admin’s process picker, new-process form and account pass axe-core', async () => {
    const { page, found, repeated } = await walk(demo, demoAdmin, ['picker', 'account']);
    await page.goto(`${demo.server.url}/#/`);
    await page.getByRole('button', { name: 'New process', exact: true }).click();
    await page.getByRole('form', { name: 'New process' }).waitFor();
    found.push(...(await findViolations(page)).map((f) => `new-process form: ${describeFinding(f)}`));
    expect({ found, repeated }).toEqual({ found: [], repeated: [] });
    await page.close();
  }, 120_000);

  test('focus: a skip link comes first, a change of page focuses its heading, a finished search its answer', async () => {
    const page = await demo.signIn(demoMediator);
    await page.goto(`${demo.server.url}/#/p/ukraine-2025`);
    await page.getByRole('heading', { name: /Russia–Ukraine/, level: 1 }).waitFor();
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return { tag: active?.tagName, text: active?.textContent?.trim(), className: active?.className };
      });
    // The skip link is the first thing Tab reaches on the page.
    const first = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
      return document.querySelector(selector)?.textContent;
    });
    expect(first).toBe('Skip to content');
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    await page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'MAIN' });
    await page.getByRole('link', { name: 'Red lines', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Red lines');
    expect(await focused()).toMatchObject({ tag: 'H1', text: 'Red lines' });
    await page.getByRole('link', { name: 'Converge', exact: true }).click();
    await page.getByRole('button', { name: 'Run the solver' }).click();
    await page.waitForFunction(() => document.activeElement?.classList.contains('solve-summary'), null, {
      timeout: 90_000,
    });
    expect((await focused()).text).toMatch(/red line|packages/);
    await page.close();
  }, 180_000);

  test('axe-core finds no violation on any view of a delegate, whose walk gets no 4xx answer', async () => {
    const page = await demo.signIn(demoDelegate);
    const failed: string[] = [];
    page.context().on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`);
    });
    await page.close();
    const walked = await walk(demo, demoDelegate, [
      ...['picker', 'dashboard', 'reader', 'pair', 'matrix', 'merge', 'redlines'],
      ...['converge', 'robustness', 'position', 'account', 'proposalHistory', 'positionHistory'],
    ] as const);
    const { found, repeated } = walked;
    expect({ found, repeated, failed }).toEqual({ found: [], repeated: [], failed: [] });
    // Ukraine's own position: the tab *Position* and the form named after the party.
    await walked.page.goto(`${demo.server.url}/#/p/ukraine-2025`);
    await walked.page.getByRole('link', { name: 'Position', exact: true }).click();
    const form = walked.page.getByRole('form', { name: 'Position of Ukraine' });
    await form.getByRole('button', { name: 'Save position', exact: true }).waitFor();
    await walked.page.getByRole('link', { name: 'History', exact: true }).click();
    await walked.page.getByRole('heading', { name: 'History', level: 1 }).waitFor();
    // The party by its name, not its id, in the process picker's role chip.
    await walked.page.goto(`${demo.server.url}/#/`);
    expect(await walked.page.locator('.chip-role').first().textContent()).toBe('delegate · Ukraine');
    await walked.page.close();
  }, 600_000);
});
