import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encryptedPdf } from '../../test/encrypted-pdf.test-support.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { formData } from './route-cases.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { FixtureRole, Harness } from './harness.test-support.js';

/** A multipart body with one file part (and text fields), as a browser's FormData sends an upload. */
function upload(file: { name: string; bytes: Uint8Array }, fields: Record<string, string> = {}) {
  const boundary = 'parley-upload-boundary';
  const head = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const payload = Buffer.concat([
    Buffer.from(
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(file.bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload };
}

describe.each(storeTargets())('document import and suggestions on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const bearer = (role: FixtureRole) => ({ authorization: `Bearer ${h.tokens[role]}` });
  const importAs = (role: FixtureRole, body: { headers: Record<string, string>; payload: string | Buffer }) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/proposals/import',
      headers: { ...bearer(role), ...body.headers },
      payload: body.payload,
    });

  test('an uploaded Word file answers its segmented proposal for review, saves nothing, and is audited', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Framework for talks', style: 'Title' }),
            new Paragraph('1. The army is capped at 800,000.'),
            new Paragraph('2. Ukraine may join NATO.'),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    const before = (await h.store.listProposals('talks')).length;
    const response = await importAs(
      'delegate-ua',
      upload({ name: 'framework.docx', bytes }, { track: 'main' }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const { proposal, markdown, warnings } = response.json();
    expect(proposal).toMatchObject({
      id: 'framework-for-talks',
      title: 'Framework for talks',
      authors: ['ua'],
      track: 'main',
    });
    expect(proposal.provisions.map((p: { num: string; text: string }) => [p.num, p.text])).toEqual([
      ['1', 'The army is capped at 800,000.'],
      ['2', 'Ukraine may join NATO.'],
    ]);
    expect(markdown).toContain('1. The army is capped at 800,000.');
    expect(warnings).toEqual([]);
    expect((await h.store.listProposals('talks')).length).toBe(before);
    const audit = await h.app.inject({ url: '/api/processes/talks/audit', headers: bearer('mediator') });
    expect(audit.body).toContain('import-proposal');
  });

  test('pasted text is imported like a file; an observer may not import', async () => {
    const form = formData({ text: '1. Talks continue.\n2. Elections follow.\n', title: 'Pasted plan' });
    const response = await importAs('mediator', form);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().proposal.provisions).toHaveLength(2);
    expect((await importAs('observer', form)).statusCode).toBe(403);
  });

  test('a password-protected PDF is refused with what to do, an image by its content, whatever its name', async () => {
    const locked = await importAs('mediator', upload({ name: 'plan.pdf', bytes: encryptedPdf() }));
    expect(locked.statusCode).toBe(422);
    expect(locked.json().detail).toBe(
      'this PDF is protected by a password: save a copy without the password and import that',
    );
    const image = await importAs(
      'mediator',
      upload({ name: 'plan.docx', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]) }),
    );
    expect(image.statusCode).toBe(415);
    expect(image.json().detail).toBe('this is an image: run OCR on it first and import the text');
  });

  test('a JSON body is not an upload (415), and a form without a document says what to send (400)', async () => {
    const json = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/proposals/import',
      headers: bearer('mediator'),
      payload: { text: '1. x' },
    });
    expect(json.statusCode).toBe(415);
    const empty = await importAs('mediator', formData({ title: 'Nothing' }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('send a file, or the text in a field named text');
  });

  test('suggestions draw only on the proposals the caller may read', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/proposals',
      headers: bearer('mediator'),
      payload: {
        id: 'uncoded',
        title: 'Uncoded',
        authors: ['us'],
        provisions: [{ num: '1', label: '1.', text: 'No cap on the army.', codes: [] }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const suggest = async (role: FixtureRole) => {
      const response = await h.app.inject({
        url: '/api/processes/talks/proposals/uncoded/suggestions?minConfidence=0',
        headers: bearer(role),
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json().suggestions as {
        provision: string;
        issue: string;
        option: string;
        because: string;
      }[];
    };
    // The private Ukrainian draft says the very same words and codes them: the mediator may read it.
    expect((await suggest('mediator')).find((s) => s.issue === 'military.cap')).toMatchObject({
      option: 'none',
      because: expect.stringContaining('ua-draft 1'),
    });
    for (const role of ['delegate-ru', 'observer'] as const)
      for (const s of await suggest(role)) expect(s.because).not.toContain('ua-draft');
  });

  test('accepted suggestions are saved as one versioned edit of several provisions', async () => {
    const { version } = (await h.store.readProposal('talks', 'public-plan'))!;
    const put = (ifMatch: number) =>
      h.app.inject({
        method: 'PUT',
        url: '/api/processes/talks/proposals/public-plan/codes',
        headers: { ...bearer('mediator'), 'if-match': `"${ifMatch}"` },
        payload: {
          provisions: [
            { num: '1', codes: [{ issue: 'military.cap', option: 'cap-800k' }] },
            { num: '2', codes: [] },
          ],
        },
      });
    const saved = await put(version);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(version + 1);
    expect(saved.json().provisions.map((p: { codes: unknown[] }) => p.codes)).toEqual([
      [{ issue: 'military.cap', option: 'cap-800k' }],
      [],
    ]);
    expect((await put(version)).statusCode).toBe(412);
  });
});
