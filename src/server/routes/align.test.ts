import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../../store/store-targets.test-support.js';
import { openHarness } from '../harness.test-support.js';
import type { FixtureRole, Harness } from '../harness.test-support.js';

// A merge settled in the browser, downloaded as Word with tracked changes against its base (issue 14).
describe.each(storeTargets())('a settled merge as Word on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const download = (role: FixtureRole, body: object) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/merge/docx',
      headers: { authorization: `Bearer ${h.tokens[role]}` },
      payload: body,
    });
  const settled = [
    { num: '1', label: '1.', text: 'The army is capped at 800,000.', codes: [] },
    { num: '2', label: '2.', text: 'Ukraine does not join NATO.', codes: [] },
  ];

  test('the settled text is a Word file whose tracked changes are its differences from the base', async () => {
    const response = await download('delegate-ua', {
      base: 'public-plan',
      title: 'Settled merge',
      provisions: settled,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('merge-public-plan.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(response.rawPayload))['word/document.xml']!);
    expect(xml).toMatch(/<w:del\b[^>]*>.*600,000/s);
    expect(xml).toMatch(/<w:ins\b[^>]*>.*800,000/s);
    expect(xml).toContain('Ukraine does not join NATO.');
  });

  test('a base the caller may not read answers 404, an empty title 400, and neither sends a document', async () => {
    const hidden = await download('delegate-ua', { base: 'ru-note', title: 'x', provisions: settled });
    expect(hidden.statusCode).toBe(404);
    const untitled = await download('delegate-ua', { base: 'public-plan', title: ' ', provisions: settled });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.body).toContain('title');
  });
});
