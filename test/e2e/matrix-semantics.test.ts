// The red-line matrix in the browser shows issue 15's semantics (docs: web/README.md): a red line met by a
// proposal's silence says so ("Implied by silence"), one left open by bracketed alternatives gives its
// verdict under each (✓ if one, ✕ if the other), and a proposal that breaks a coherence rule is marked
// incoherent, with the rule in words. The case is the demo with one more, muddled, text that offers an
// Article 5-style guarantee while banning every foreign contingent. Screenshots go to test-results/e2e/.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoMediator, hasChromium, startAlteredDemoServer } from './parley-server.test-support.js';
import { screenshotFolder, useBrowserSuite } from './browser-suite.test-support.js';

const mediator = demoMediator;

const muddle = `---
id: muddle
title: A muddled text
authors: [us]
track: us-ua
date: 2025-12-30
visibility: public
---
A muddled text

1. The US, NATO and Europe give Ukraine legally binding guarantees on the Article 5 model.
<!-- parley: guarantees=western-article-5 -->

2. No foreign troops, bases or military infrastructure of any kind are allowed in Ukraine.
<!-- parley: troops.foreign=no-foreign-troops -->
`;

describe.runIf(hasChromium())('the red-line matrix in Chromium', () => {
  const suite = useBrowserSuite(() =>
    startAlteredDemoServer([mediator], (folder) => writeFile(join(folder, 'proposals', 'muddle.md'), muddle)),
  );

  test('shows silence, bracketed alternatives and incoherence', async () => {
    const page = await suite.signIn(mediator);
    await page.goto(`${suite.server.url}/#/p/ukraine-2025`);
    await page.getByRole('link', { name: 'Red lines', exact: true }).click();
    await page.getByRole('heading', { name: 'Red lines', level: 1 }).waitFor();

    // Incoherence: the muddled text's row is marked, and the list names the rule in words with its points.
    const row = page.getByRole('row', { name: /A muddled text/ });
    await row.getByText('incoherent', { exact: true }).waitFor();
    const list = page.locator('section', {
      has: page.getByRole('heading', { name: 'Options that make no sense together' }),
    });
    expect(await list.textContent()).toMatch(
      /A muddled text breaks the coherence rule “A legally binding Article 5-style guarantee[^”]*” \(points 1, 2\)/,
    );

    // The 20-point framework for Ukraine: the amnesty line is met by silence, the Donbas line is open
    // between the two versions of point 14b.
    await page.getByRole('button', { name: /US–Ukraine 20-point framework.* for Ukraine/ }).click();
    const panel = page.locator('.evidence-panel');
    await panel.locator('.implied-by-silence').first().waitFor();
    expect(await panel.locator('.implied-by-silence').allTextContents()).toContain(
      'Implied by silence: the proposal says nothing about Amnesty for wartime conduct, which reads as “No blanket amnesty”.',
    );
    const alternatives = (await panel.locator('.alternatives').allTextContents()).join('\n');
    expect(alternatives).toContain(
      '✓ if The part of Donetsk oblast that Ukraine still holds is “No withdrawal; any talks start from the line of contact”',
    );
    expect(alternatives).toContain(
      '✕ if The part of Donetsk oblast that Ukraine still holds is “Ukraine withdraws; demilitarised free economic zone, not recognised as Russian”',
    );
    expect(alternatives).toContain(
      '✕ if The Zaporizhzhia nuclear power plant is “Operated jointly by the US, Ukraine and Russia”',
    );
    await page.screenshot({
      path: join(screenshotFolder, '30-matrix-silence-alternatives-incoherence.png'),
      fullPage: true,
    });
    await page.context().close();
  });
});
