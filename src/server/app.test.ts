import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import type { Store } from '../store/index.js';
import { buildApp } from './app.js';

let store: Store;
let web: string;
beforeAll(async () => {
  store = await storeTargets()[0]!.open();
  web = await mkdtemp(join(tmpdir(), 'parley-web-'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>web app</title>');
  await writeFile(join(web, 'app.js'), 'console.log(1)');
});
afterAll(async () => {
  await store?.close();
  await rm(web, { recursive: true, force: true });
});

test('the OpenAPI 3.1 document lists every route of the server contract with its parameter names', async () => {
  const app = await buildApp({ store, loadShedding: false });
  const doc = (await app.inject({ url: '/api/openapi.json' })).json();
  expect(doc.openapi).toBe('3.1.0');
  for (const [path, method] of [
    ['/api/processes', 'get'],
    ['/api/processes/{processId}', 'get'],
    ['/api/processes/{processId}/proposals', 'get'],
    ['/api/processes/{processId}/proposals/{proposalId}', 'get'],
    ['/api/processes/{processId}/positions/{partyId}', 'get'],
    ['/api/processes/{processId}/check', 'post'],
    ['/api/processes/{processId}/compare', 'post'],
    ['/api/processes/{processId}/solve', 'post'],
    ['/api/processes/{processId}/draft', 'post'],
    ['/api/processes/{processId}/estimates/{partyId}/versions', 'get'],
    ['/api/processes/{processId}/estimates/{partyId}/versions/{version}/restore', 'post'],
    ['/api/users/{userId}', 'get'],
  ] as const) {
    expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
  }
  // A mediator's check and solve may weigh the mediators' estimates (issue 17).
  for (const action of ['check', 'solve']) {
    const body =
      doc.paths[`/api/processes/{processId}/${action}`].post.requestBody.content['application/json'];
    expect(body.schema.properties.use.enum, action).toEqual(['entered', 'estimates']);
  }
  // The reference is Swagger UI, served from the package (no CDN), reading the same OpenAPI document.
  const reference = await app.inject({ url: '/api/docs/' });
  expect(reference.statusCode).toBe(200);
  expect(reference.headers['content-type']).toMatch(/text\/html/);
  expect(reference.body).toContain('swagger-ui');
  const initializer = await app.inject({ url: '/api/docs/static/swagger-initializer.js' });
  expect(initializer.statusCode).toBe(200);
  expect(initializer.body).toContain('tryItOutEnabled');
  const served = await app.inject({ url: '/api/docs/json' });
  expect(JSON.parse(served.body).paths['/api/processes/{processId}/positions/{partyId}']).toBeDefined();
  await app.close();
});

test('the web app is served at / with its routes falling back to index.html, but not missing assets', async () => {
  const app = await buildApp({ store, webRoot: web, loadShedding: false });
  expect((await app.inject({ url: '/' })).body).toContain('web app');
  expect((await app.inject({ url: '/app.js' })).body).toContain('console.log');
  expect((await app.inject({ url: '/processes/ukraine-2025/compare' })).body).toContain('web app');
  expect((await app.inject({ url: '/missing.js' })).statusCode).toBe(404);
  const api = await app.inject({ url: '/api/nothing-here' });
  expect(api.statusCode).toBe(404);
  expect(api.headers['content-type']).toMatch(/application\/problem\+json/);
  await app.close();
});

test('without a built web app, / points to the API reference', async () => {
  const app = await buildApp({ store, webRoot: join(web, 'absent'), loadShedding: false });
  expect((await app.inject({ url: '/' })).body).toContain('/api/docs');
  await app.close();
});
