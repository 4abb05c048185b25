// axe-core in the e2e suite (issue 14): every view is checked against WCAG 2.1 A and AA, and a test expects
// no violation. The engine is injected through the DevTools protocol (page.evaluate), which the app's
// Content-Security-Policy does not govern, so the app needs no exception for it.
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.0 and 2.1 levels A and AA, as axe-core tags its rules. */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One rule broken on one element, in words a failing test can print. */
export interface AxeFinding {
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/**
 * Runs axe-core on the page as it stands and returns every element that breaks a WCAG 2.1 A/AA rule
 * (empty when the page passes).
 * @example expect(await findViolations(page)).toEqual([])
 */
export async function findViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, wcag21aa);
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ rule: v.id, impact: v.impact, target: n.target, summary: n.summary })),
  );
}

/** One line for a finding: rule, impact, element and what to fix. */
export function describeFinding(f: AxeFinding): string {
  return `${f.rule} (${f.impact}) at ${f.target}: ${f.summary.replace(/\s+/g, ' ')}`;
}

/**
 * Fails with every violation listed (rule, element, what to fix) when axe-core finds any on the page.
 * `view` names the page in the message.
 */
export async function expectAccessible(page: Page, view: string): Promise<void> {
  const found = await findViolations(page);
  if (found.length === 0) return;
  const lines = found.map((f) => `  ${describeFinding(f)}`);
  throw new Error(`axe-core finds ${found.length} WCAG 2.1 A/AA violations on ${view}:\n${lines.join('\n')}`);
}
