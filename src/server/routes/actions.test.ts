import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../../store/store-targets.test-support.js';
import { openHarness } from '../harness.test-support.js';
import type { Harness } from '../harness.test-support.js';

describe.each(storeTargets())('action routes on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  test('a comparison asked for as Word is an attachment whose document.xml deletes and inserts words', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/compare',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
      payload: { a: 'public-plan', b: 'ua-draft', format: 'docx' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="public-plan-ua-draft.docx"');
    const xml = await (await JSZip.loadAsync(response.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:del ');
    expect(xml).toContain('<w:ins ');
  });
});
