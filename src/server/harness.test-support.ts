// Shared by the server's tests (never by production code): a fixture process with canaries planted in each
// party's sealed position, one user per role, and an app built over a fresh store.
import type { FastifyInstance } from 'fastify';
import { Case } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { StoreTarget } from '../store/store-targets.test-support.js';
import { addUser, createApiToken } from './accounts.js';
import { buildApp } from './app.js';
import type { AppOptions } from './app.js';

/** A unique string planted in a party's sealed position; it must never reach another party. */
export const canary = (party: string): string => `canary-${party}-7f3a9c`;

/** The fixture process: two parties with sealed positions, a mediator party, proposals of every visibility. */
export const fixtureCase: Case = Case.parse({
  id: 'talks',
  title: 'Fixture talks',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
    { id: 'us', name: 'United States', kind: 'mediator' },
  ],
  tracks: [{ id: 'main', name: 'Main track', parties: ['ua', 'ru', 'us'] }],
  issues: [
    {
      id: 'military.cap',
      title: 'Army cap',
      options: [
        { id: 'none', label: 'No cap', value: Infinity },
        { id: 'cap-800k', label: '800,000', value: 800000 },
        { id: 'cap-600k', label: '600,000', value: 600000 },
      ],
    },
    {
      id: 'nato',
      title: 'NATO membership',
      options: [
        { id: 'open', label: 'Open' },
        { id: 'excluded', label: 'Excluded' },
      ],
    },
  ],
  proposals: [
    {
      id: 'public-plan',
      title: 'Public plan',
      authors: ['us'],
      provisions: [
        {
          num: '1',
          label: '1.',
          text: 'The army is capped at 600,000.',
          codes: [{ issue: 'military.cap', option: 'cap-600k' }],
        },
        {
          num: '2',
          label: '2.',
          text: 'Ukraine does not join NATO.',
          codes: [{ issue: 'nato', option: 'excluded' }],
        },
      ],
    },
    {
      id: 'ua-draft',
      title: 'Ukrainian draft',
      authors: ['ua'],
      visibility: 'private',
      provisions: [
        {
          num: '1',
          label: '1.',
          text: 'No cap on the army.',
          codes: [{ issue: 'military.cap', option: 'none' }],
        },
      ],
    },
    {
      id: 'ru-note',
      title: 'Russian note to the mediator',
      authors: ['ru'],
      visibility: 'shared',
      sharedWith: ['us'],
      provisions: [
        { num: '1', label: '1.', text: 'NATO is excluded.', codes: [{ issue: 'nato', option: 'excluded' }] },
      ],
    },
  ],
  positions: ['ua', 'ru'].map((party) => ({
    party,
    reservation: party === 'ua' ? 20 : 30,
    weights: { 'military.cap': 2, nato: 1 },
    utilities: {
      'military.cap':
        party === 'ua'
          ? { none: 100, 'cap-800k': 70, 'cap-600k': 10 }
          : { none: 0, 'cap-800k': 40, 'cap-600k': 100 },
      nato: party === 'ua' ? { open: 100, excluded: 0 } : { open: 0, excluded: 100 },
    },
    notes: `notes ${canary(party)}`,
    redlines: [
      {
        id: canary(party),
        text: `the secret red line ${canary(party)}`,
        source: `source ${canary(party)}`,
        rule: party === 'ua' ? { issue: 'military.cap', min: 800000 } : { issue: 'nato', in: ['excluded'] },
      },
    ],
  })),
});

/** The roles of the fixture's users, each with an API token. */
export const fixtureUsers = {
  admin: { email: 'admin@example.org', isAdmin: true, membership: null },
  mediator: { email: 'mediator@example.org', isAdmin: false, membership: { role: 'mediator', party: null } },
  'delegate-ua': { email: 'ua@example.org', isAdmin: false, membership: { role: 'delegate', party: 'ua' } },
  'delegate-ru': { email: 'ru@example.org', isAdmin: false, membership: { role: 'delegate', party: 'ru' } },
  observer: { email: 'observer@example.org', isAdmin: false, membership: { role: 'observer', party: null } },
  outsider: { email: 'outsider@example.org', isAdmin: false, membership: null },
} as const;

export type FixtureRole = keyof typeof fixtureUsers;

/** The password every fixture user has (tests only). */
export const fixturePassword = 'correct horse battery staple';

/** A built app over a fresh store holding the fixture, with a bearer token and user id per role. */
export interface Harness {
  app: FastifyInstance;
  store: Store;
  tokens: Record<FixtureRole, string>;
  userIds: Record<FixtureRole, string>;
  close(): Promise<void>;
}

/** The cheapest argon2id cost the library accepts, so tests stay fast; production never uses it. */
export const testPasswordCost = { memoryCost: 64, timeCost: 1 };

/**
 * Opens a fresh store on `target`, loads the fixture (or `theCase`, a variant of it with the same parties
 * and proposals), creates the users and builds the app.
 */
export async function openHarness(
  target: StoreTarget,
  clock = () => new Date('2025-11-25T12:00:00Z'),
  theCase: Case = fixtureCase,
  appOptions: Partial<AppOptions> = {},
): Promise<Harness> {
  const store = await target.open();
  await store.createProcess(theCase);
  const tokens = {} as Record<FixtureRole, string>;
  const userIds = {} as Record<FixtureRole, string>;
  for (const [role, spec] of Object.entries(fixtureUsers) as [
    FixtureRole,
    (typeof fixtureUsers)[FixtureRole],
  ][]) {
    const added = await addUser(
      store,
      { email: spec.email, password: fixturePassword, isAdmin: spec.isAdmin },
      clock,
      testPasswordCost,
    );
    if (!added.ok) throw new Error(added.message);
    userIds[role] = added.user.id;
    if (spec.membership)
      await store.setMembership({
        userId: added.user.id,
        processId: 'talks',
        role: spec.membership.role,
        party: spec.membership.party,
      });
    tokens[role] = (await createApiToken(store, added.user.id, 'test', clock)).token;
  }
  const app = await buildApp({
    store,
    clock,
    passwordCost: testPasswordCost,
    loginLimit: { max: 1000, timeWindowMs: 60_000 },
    // A loaded test machine can stall the loop past the production limit; hardening.test.ts turns it on.
    loadShedding: false,
    ...appOptions,
  });
  await app.ready();
  return {
    app,
    store,
    tokens,
    userIds,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

/**
 * `call(role, method, url, payload?, headers?)` over the harness `of()` returns (read when called, so a
 * suite can open it in `beforeAll`): the role's bearer token, and a payload sent as JSON with ±Infinity
 * spelt "Infinity", as the API writes option values.
 * @example const call = callerFor(() => h); await call('mediator', 'GET', '/api/processes/talks')
 */
export const callerFor =
  (of: () => Harness) =>
  (
    role: FixtureRole,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    of().app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${of().tokens[role]}`,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined
        ? {}
        : { payload: JSON.stringify(payload, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v)) }),
    });
