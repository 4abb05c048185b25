import tar from 'tar-stream';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseToFiles } from '../io/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { fixtureCase, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';
import { declareSizes, markSymlink, zipOf } from './test-zips.js';

async function tarOf(
  entries: { name: string; type?: 'file' | 'symlink' | 'link'; linkname?: string; body?: string }[],
): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const e of entries)
    if (e.type && e.type !== 'file') pack.entry({ name: e.name, type: e.type, linkname: e.linkname });
    else pack.entry({ name: e.name }, e.body ?? '');
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

const goodFiles = [...caseToFiles({ ...fixtureCase, id: 'evil' })].map(([name, body]) => ({ name, body }));
const goodZip = Object.fromEntries(goodFiles.map((f) => [f.name, f.body]));
const zipRequest = (payload: Buffer): InjectOptions => ({
  method: 'POST',
  url: '/api/processes',
  headers: { 'content-type': 'application/zip' },
  payload,
});
const nested = (depth: number): string =>
  '{"not":'.repeat(depth) + '{"issue":"nato","in":["open"]}' + '}'.repeat(depth);

function aliasBomb(): string {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) {
    const [previous, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return levels.join('\n');
}
const longYaml = 'party: ua\nnotes:\n' + '  - a note of some length\n'.repeat(50_000);
/** An import of the fixture case whose position of ua is `yaml`. */
const yamlArchive = async (yaml: string): Promise<InjectOptions> => ({
  method: 'POST',
  url: '/api/processes',
  headers: { 'content-type': 'application/x-tar' },
  payload: await tarOf(goodFiles.map((f) => (f.name === 'positions/ua.yaml' ? { ...f, body: yaml } : f))),
});

/** Requests that must each be refused with a 4xx problem, leaving the data as it was. */
const badRequests: Record<string, (h: Harness) => Promise<InjectOptions>> = {
  'an oversized JSON body': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: `{"proposals":["${'a'.repeat(2 * 1024 * 1024)}"]}`,
    headers: { 'content-type': 'application/json' },
  }),
  'malformed JSON': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: '{"proposals": [',
    headers: { 'content-type': 'application/json' },
  }),
  'an unknown field': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: { proposals: [], dropTables: true },
  }),
  'a wrong type': async () => ({
    method: 'POST',
    url: '/api/processes/talks/compare',
    payload: { a: 5, b: ['x'] },
  }),
  'a huge array': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: { proposals: Array.from({ length: 100_000 }, (_, i) => `p${i}`) },
  }),
  'an SQL-looking path parameter': async () => ({
    method: 'GET',
    url: "/api/processes/talks'%20OR%20'1'='1/proposals",
  }),
  'an SQL-looking id in a body': async () => ({
    method: 'POST',
    url: '/api/processes/talks/compare',
    payload: { a: "x' OR 1=1; DROP TABLE proposal; --", b: 'public-plan' },
  }),
  'invalid UTF-8': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    headers: { 'content-type': 'application/json' },
  }),
  'a prototype-polluting key': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: '{"__proto__": {"isAdmin": true}}',
    headers: { 'content-type': 'application/json' },
  }),
  'a content type that is not JSON': async () => ({
    method: 'POST',
    url: '/api/processes/talks/check',
    payload: 'proposals=all',
    headers: { 'content-type': 'text/plain' },
  }),
  'a red line nested thousands deep': async (h) => {
    const found = await h.store.readPosition('talks', 'ua');
    const body = JSON.stringify({ ...found!.value, redlines: [] }).replace(
      '"redlines":[]',
      `"redlines":[{"id":"deep","text":"deep","rule":${nested(5000)}}]`,
    );
    return {
      method: 'PUT',
      url: '/api/processes/talks/positions/ua',
      headers: { 'if-match': `"${found!.version}"`, 'content-type': 'application/json' },
      payload: body,
    };
  },
  'an archive entry climbing out with ..': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/x-tar' },
    payload: await tarOf([...goodFiles, { name: '../../etc/evil.md', body: 'x' }]),
  }),
  'an archive entry with an absolute path': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/x-tar' },
    payload: await tarOf([...goodFiles, { name: '/etc/passwd', body: 'x' }]),
  }),
  'a symlink in a tar archive': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/x-tar' },
    payload: await tarOf([
      ...goodFiles,
      { name: 'positions/ru.yaml', type: 'symlink', linkname: '/etc/passwd' },
    ]),
  }),
  'a hard link in a tar archive': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/x-tar' },
    payload: await tarOf([...goodFiles, { name: 'positions/x.yaml', type: 'link', linkname: 'case.yaml' }]),
  }),
  'a symlink in a zip archive': async () =>
    zipRequest(markSymlink(zipOf({ ...goodZip, 'proposals/link.md': '/etc/passwd' }), 'proposals/link.md')),
  'a zip entry climbing out with ..': async () => zipRequest(zipOf({ ...goodZip, '../evil.md': 'x' })),
  'a zip entry declaring 1 GB': async () =>
    zipRequest(
      declareSizes(zipOf({ ...goodZip, 'proposals/big.md': 'x' }), 2 ** 30, (n) => n.endsWith('big.md')),
    ),
  'a zip bomb (a small entry that unpacks 1,000 times)': async () =>
    zipRequest(zipOf({ ...goodZip, 'proposals/zeros.md': new Uint8Array(8 * 1024 * 1024) })),
  'bytes that are no archive': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from('this is not a tar file at all, just some text that goes on'.repeat(20)),
  }),
  'an archive whose YAML is an alias bomb': async () => yamlArchive(aliasBomb()),
  'an archive whose YAML is over a million characters': async () => yamlArchive(longYaml),
  'an archive whose case is invalid': async () => ({
    method: 'POST',
    url: '/api/processes',
    headers: { 'content-type': 'application/x-tar' },
    payload: await tarOf(
      goodFiles.map((f) => (f.name === 'case.yaml' ? { ...f, body: f.body.replace('title:', 'titel:') } : f)),
    ),
  }),
};

describe.each(storeTargets())('bad input on $name', (target) => {
  let h: Harness;
  const snapshot = async () => ({
    processes: await h.store.listProcesses(),
    talks: await h.store.readCase('talks'),
    versions: (await h.store.listPositions('talks')).map((p) => p.version),
  });
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  for (const [name, build] of Object.entries(badRequests)) {
    test(`${name} is refused with a 4xx problem, nothing is written, and the server still answers`, async () => {
      const before = await snapshot();
      const request = await build(h);
      // The admin may import and the mediator may do everything else: refusals come from the input, not the role.
      const caller = request.url === '/api/processes' ? 'admin' : 'mediator';
      const response = await h.app.inject({
        ...request,
        headers: { ...request.headers, authorization: `Bearer ${h.tokens[caller]}` },
      });
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, response.body).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json().detail).toMatch(/^[a-z'"]/);
      expect(await snapshot()).toEqual(before);
      const alive = await h.app.inject({
        url: '/api/processes',
        headers: { authorization: `Bearer ${h.tokens.mediator}` },
      });
      expect(alive.statusCode).toBe(200);
    });
  }

  test.each([
    ['an alias bomb', aliasBomb(), /^positions\/ua\.yaml:1: invalid yaml: its aliases/],
    ['over a million characters', longYaml, /^positions\/ua\.yaml:1: invalid yaml: 1\.3 million characters/],
  ])(
    'YAML of an archive with %s is a 422 invalid_case naming file, line and the limit',
    async (_, yaml, detail) => {
      const response = await h.app.inject({
        ...(await yamlArchive(yaml)),
        headers: { 'content-type': 'application/x-tar', authorization: `Bearer ${h.tokens.admin}` },
      });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json()).toMatchObject({ code: 'invalid_case', detail: expect.stringMatching(detail) });
    },
  );

  test('an SQL-looking title is stored as plain text', async () => {
    const title = "Robert'); DROP TABLE proposal; --";
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/proposals',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
      payload: { id: 'bobby', title, authors: ['us'] },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect((await h.store.readProposal('talks', 'bobby'))?.value.title).toBe(title);
    expect((await h.store.listProposals('talks')).length).toBe(fixtureCase.proposals.length + 1);
  });
});
