// Takes the screenshots of web/README.md: serves the demo case (ukraine-2025), drives Debian's Chromium
// through each screen as its mediator (and Ukraine's delegate where the delegate's view differs) and writes
// 1280×800 PNGs into web/docs/screenshots/. Run it after a change to the screens:
//
//   npm run screenshots            (node bin/run-ts.js scripts/screenshots.ts)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  demoAdmin,
  demoDelegate,
  demoMediator,
  hasChromium,
  openDemoBrowser,
} from '../test/e2e/demo-browser.test-support.js';
import type { Account } from '../test/e2e/demo-browser.test-support.js';
import { projectRoot } from '../test/e2e/parley-server.test-support.js';
import { chromiumMissing } from '../test/chromium.test-support.js';

/** One screenshot: who looks, where, what to wait for (or do) before taking it. */
interface Shot {
  file: string;
  account: Account;
  path: string;
  prepare: (page: Page) => Promise<unknown>;
}

const demoProcess = '#/p/ukraine-2025';
const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name, level: 1 }).waitFor({ timeout: 30_000 });

/** The red-line matrix with the US plan's cell for Ukraine open: its red lines and deciding provisions. */
async function openUkraineCell(page: Page): Promise<void> {
  await page.getByRole('button', { name: /US 28-point plan.* for Ukraine/ }).click();
  await page.locator('.evidence-panel').waitFor();
}

const shots: Shot[] = [
  {
    file: 'process-picker.png',
    account: demoAdmin,
    path: '#/',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'New process', exact: true }).click();
      await page.getByRole('form', { name: 'New process' }).waitFor();
    },
  },
  { file: 'dashboard.png', account: demoMediator, path: demoProcess, prepare: heading(/Russia–Ukraine/) },
  {
    file: 'proposal-reader.png',
    account: demoMediator,
    path: `${demoProcess}/proposals/us-28?point=6`,
    prepare: (page) => page.locator('#p-6 .chip-issue').first().waitFor(),
  },
  {
    file: 'compare.png',
    account: demoMediator,
    path: `${demoProcess}/compare?ids=us-28,e3-counter&mode=pair`,
    prepare: (page) => page.locator('.kind-row-deleted').first().waitFor(),
  },
  {
    file: 'compare-matrix.png',
    account: demoMediator,
    path: `${demoProcess}/compare?ids=istanbul-2022,us-28,e3-counter&mode=matrix`,
    prepare: (page) => page.getByRole('heading', { name: 'Issues across proposals' }).waitFor(),
  },
  {
    file: 'compare-merge.png',
    account: demoMediator,
    path: `${demoProcess}/compare?ids=istanbul-2022,us-28,e3-counter&mode=merge`,
    prepare: (page) => page.getByRole('heading', { name: /Merged draft of A/ }).waitFor({ timeout: 30_000 }),
  },
  {
    file: 'red-lines.png',
    account: demoMediator,
    path: `${demoProcess}/redlines`,
    prepare: openUkraineCell,
  },
  {
    file: 'red-lines-delegate.png',
    account: demoDelegate,
    path: `${demoProcess}/redlines`,
    prepare: openUkraineCell,
  },
  {
    file: 'converge.png',
    account: demoMediator,
    path: `${demoProcess}/converge`,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Run the solver' }).click();
      const relax = page.getByRole('button', { name: 'See the packages without these red lines' }).first();
      const solutions = page.getByRole('heading', { name: 'The bargaining solutions' });
      await solutions.or(relax).first().waitFor({ timeout: 90_000 });
      if (await relax.isVisible()) {
        await relax.click();
        await solutions.waitFor({ timeout: 90_000 });
      }
      await page.locator('.plot-frame svg').first().scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'how-sure.png',
    account: demoMediator,
    path: `${demoProcess}/robustness`,
    prepare: async (page) => {
      await page.getByLabel('Samples', { exact: true }).fill('60');
      await page.getByLabel('Detail samples').fill('6');
      await page.getByRole('button', { name: 'Run the analysis' }).click();
      await page.locator('.acceptance-chart [role="img"]').first().waitFor({ timeout: 180_000 });
      await page.locator('.acceptance-chart').scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'position-editor.png',
    account: demoDelegate,
    path: `${demoProcess}/positions/ua`,
    prepare: (page) => page.getByRole('form', { name: 'Position of Ukraine' }).waitFor(),
  },
  {
    file: 'setup.png',
    account: demoMediator,
    path: `${demoProcess}/setup`,
    prepare: (page) => page.getByRole('button', { name: 'Save set-up' }).waitFor(),
  },
  {
    file: 'members.png',
    account: demoMediator,
    path: `${demoProcess}/members`,
    prepare: (page) => page.getByRole('button', { name: 'Invite a member' }).waitFor(),
  },
  { file: 'account.png', account: demoAdmin, path: '#/account', prepare: heading('Your account') },
];

if (!hasChromium()) {
  console.error(`screenshots need Chromium: ${chromiumMissing()}`);
  process.exit(1);
}
const out = join(projectRoot, 'web', 'docs', 'screenshots');
await mkdir(out, { recursive: true });
const demo = await openDemoBrowser();
try {
  for (const shot of shots) {
    const page = await demo.signIn(shot.account, { width: 1280, height: 800 });
    await page.goto(`${demo.server.url}/${shot.path}`);
    await shot.prepare(page);
    // The focus ring a route change puts on the heading is not part of the screen.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({ path: join(out, shot.file) });
    await page.close();
    console.log(`web/docs/screenshots/${shot.file}`);
  }
} finally {
  await demo.close();
}
