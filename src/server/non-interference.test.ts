// Non-interference (docs/security.md): no answer to a caller who may not read party B's position depends on
// that position. Generated from the route table, like the authorisation matrix: every route, every variant,
// every such caller, is asked the same thing of two servers whose cases differ only in B's position (the
// fixture's, and a random one), and the answers must be the same once ids and times are taken out.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, test } from 'vitest';
import { Case } from '../model/index.js';
import type { Position } from '../model/index.js';
import { positionArbitrary } from '../solver/arbitrary-case.test-support.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import type { StoreTarget } from '../store/store-targets.test-support.js';
import { callers, routeCases } from './route-cases.test-support.js';
import type { Caller } from './route-cases.test-support.js';
import { fixtureCase, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const clock = () => new Date('2025-11-25T12:00:00Z');

/** The fixture with `position` in place of its party's. */
const withPosition = (position: Position): Case =>
  Case.parse({
    ...fixtureCase,
    positions: fixtureCase.positions.map((p) => (p.party === position.party ? position : p)),
  });

/** Who may not read `party`'s position: everyone but the mediator and that party's delegate. */
const sealedFrom = (party: string): Caller[] =>
  callers.filter((c) => c !== 'mediator' && c !== `delegate-${party}`);

// What differs between two servers whatever their data: random ids, versions, tokens and hashes, clock readings.
const randomParts: [RegExp, string][] = [
  [/"(id|userId|target)":"[\w-]{16}"/g, '"$1":"<id>"'], // user and token ids (also as audit targets)
  [/"(version|currentVersion)":\d+/g, '"$1":"<version>"'], // versions start at random numbers
  [/\bversion \d+/g, 'version <version>'], // the same versions, as audit entries name them ("restored version 7")
  [/parley_[A-Za-z0-9_-]+/g, '<token>'], // API tokens
  [/(?<![\w-])[\w-]{32,}(?![\w-])/g, '<token>'], // session, CSRF and login-link tokens
  [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'],
];

/** The text of a body; a zip (a Word document) as its entries' names and texts, since zips stamp times. */
function bodyText(response: LightMyRequestResponse): string {
  const raw = response.rawPayload;
  if (raw.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return response.body;
  return Object.entries(unzipSync(new Uint8Array(raw)))
    .map(([name, bytes]) => `${name}\n${strFromU8(bytes)}`)
    .join('\n');
}

/** Each user id of the harness, with the name it is replaced by. */
async function userNames(h: Harness): Promise<[string, string][]> {
  const spare = await h.store.findUserByEmail('spare@example.org');
  const ids: [string, string][] = Object.entries(h.userIds);
  if (spare) ids.push(['spare', spare.id]);
  return ids.map(([role, id]) => [id, `<user ${role}>`]);
}

/**
 * A comparable rendering of an answer: status, type, attachment name and body, ids and times removed. Lists
 * of members come ordered by user id, which is random: they are compared as sets.
 */
async function normalise(response: LightMyRequestResponse, h: Harness): Promise<string> {
  let body = bodyText(response);
  for (const [id, name] of await userNames(h)) body = body.replaceAll(id, name);
  for (const [pattern, replacement] of randomParts) body = body.replace(pattern, replacement);
  if (response.headers['content-type']?.toString().split(';')[0] === 'application/json') {
    body = JSON.stringify(JSON.parse(body), (_key, value: unknown) =>
      Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'userId' in v)
        ? value.map((v) => JSON.stringify(v)).sort()
        : value,
    );
  }
  return [
    response.statusCode,
    response.headers['content-type'],
    response.headers['content-disposition'],
    body,
  ].join('\n');
}

/** Asks both harnesses every route as each caller, in the same order; the requests that answered differently. */
async function differences(x: Harness, y: Harness, askers: readonly Caller[]): Promise<string[]> {
  const found: string[] = [];
  for (const [route, cases] of Object.entries(routeCases))
    for (const routeCase of cases)
      for (const caller of askers) {
        const a = await x.app.inject(await routeCase.request(x, caller));
        const b = await y.app.inject(await routeCase.request(y, caller));
        if ((await normalise(a, x)) !== (await normalise(b, y)))
          found.push(`${route} (${routeCase.variant}) as ${caller}`);
      }
  return found;
}

async function compareServers(
  target: StoreTarget,
  position: Position,
  askers: readonly Caller[],
  differ: (position: Position) => Case = withPosition,
) {
  const x = await openHarness(target, clock);
  const y = await openHarness(target, clock, differ(position));
  try {
    return await differences(x, y, askers);
  } finally {
    await x.close();
    await y.close();
  }
}

const shape = { maxIssues: 0, maxOptions: 0, minParties: 0, maxParties: 0, maxRedLines: 3 };

describe.each(storeTargets())('non-interference on $name', (target) => {
  test("a mediator's answers do change with a party's position, so the property below can fail", async () => {
    const ru = fixtureCase.positions.find((p) => p.party === 'ru')!;
    const changed = { ...ru, redlines: [] };
    expect(await compareServers(target, changed, ['mediator'])).toContain(
      'POST /api/processes/:processId/check () as mediator',
    );
  }, 120_000); // two servers, each starting its job threads (src/jobs), asked every route

  const withEstimate = (estimate: Position): Case => Case.parse({ ...fixtureCase, estimates: [estimate] });

  test("a mediator's answers do change with the mediators' estimates, so the property below can fail", async () => {
    const ua = fixtureCase.positions.find((p) => p.party === 'ua')!;
    expect(await compareServers(target, { ...ua, reservation: 99 }, ['mediator'], withEstimate)).toContain(
      'GET /api/processes/:processId/estimates () as mediator',
    );
  }, 120_000);

  test("no answer to anyone but a mediator depends on the mediators' estimates, not even the estimated party's", async () => {
    // One server has no estimate of the party, the other a random one (the route cases then add the
    // fixture's estimate of the other party to both).
    await fc.assert(
      fc.asyncProperty(positionArbitrary('ua', fixtureCase.issues, shape), async (estimate) => {
        const askers = callers.filter((c) => c !== 'mediator');
        expect(await compareServers(target, estimate, askers, withEstimate)).toEqual([]);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  }, 240_000);

  for (const party of ['ua', 'ru']) {
    test(`no answer to anyone who may not read ${party}'s position depends on it`, async () => {
      await fc.assert(
        fc.asyncProperty(positionArbitrary(party, fixtureCase.issues, shape), async (position) => {
          expect(await compareServers(target, position, sealedFrom(party))).toEqual([]);
        }),
        { numRuns: 3, endOnFailure: true },
      );
    }, 240_000);
  }
});
