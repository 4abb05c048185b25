// Test support (never imported by production code): for every route of the API, how to call it as each
// caller and which roles must be allowed. The authorisation matrix and the canary test are generated from
// this table, and a test checks that it covers `routeTable(app)` exactly, so a new route cannot be missed.
import type { InjectOptions } from 'fastify';
import { caseToFiles } from '../io/index.js';
import type { Case } from '../model/index.js';
import { addUser, createApiToken, createLoginLink } from './accounts.js';
import { writeCaseArchive } from './archive.js';
import { fixtureCase, fixturePassword, fixtureUsers, testPasswordCost } from './harness.test-support.js';
import type { FixtureRole, Harness } from './harness.test-support.js';

/** Who calls: a fixture role, or nobody logged in. */
export type Caller = FixtureRole | 'anonymous';

/** Every caller of the matrix. */
export const callers: readonly Caller[] = [...(Object.keys(fixtureUsers) as FixtureRole[]), 'anonymous'];

/** One row of the matrix: a variant of a route (a visibility, a party), who may use it, and how to call it. */
export interface RouteCase {
  variant: string;
  allow: readonly FixtureRole[];
  /** True for the few routes that answer nobody too (GET /api/whoami): anonymous is then allowed. */
  anonymous?: boolean;
  request(h: Harness, caller: Caller): Promise<InjectOptions>;
}

const everyone: readonly FixtureRole[] = [
  'admin',
  'mediator',
  'delegate-ua',
  'delegate-ru',
  'observer',
  'outsider',
];
const members: readonly FixtureRole[] = ['admin', 'mediator', 'delegate-ua', 'delegate-ru', 'observer'];
const clock = () => new Date('2025-11-25T12:00:00Z');
// Names made up for a request count per harness, so that two harnesses called in the same order (the
// non-interference test) are given the same requests.
const counters = new WeakMap<Harness, number>();
const unique = (h: Harness, prefix: string): string => {
  const next = (counters.get(h) ?? 0) + 1;
  counters.set(h, next);
  return `${prefix}-${next}`;
};

const auth = (h: Harness, caller: Caller): Record<string, string> =>
  caller === 'anonymous' ? {} : { authorization: `Bearer ${h.tokens[caller]}` };
const partyOf = (caller: Caller): string | undefined =>
  caller === 'delegate-ua' ? 'ua' : caller === 'delegate-ru' ? 'ru' : undefined;

const simple =
  (method: InjectOptions['method'], url: string, payload?: object) =>
  async (h: Harness, caller: Caller): Promise<InjectOptions> => ({
    method,
    url,
    headers: auth(h, caller),
    ...(payload ? { payload } : {}),
  });

/** The three fixture proposals, one per visibility, with who may read and who may edit each. */
const proposals = [
  { variant: 'public', id: 'public-plan', read: members, edit: ['mediator'] as FixtureRole[] },
  {
    variant: 'private',
    id: 'ua-draft',
    read: ['mediator', 'delegate-ua'] as FixtureRole[],
    edit: ['mediator', 'delegate-ua'] as FixtureRole[],
  },
  {
    variant: 'shared',
    id: 'ru-note',
    read: ['mediator', 'delegate-ru'] as FixtureRole[],
    edit: ['mediator', 'delegate-ru'] as FixtureRole[],
  },
];
const positions = [
  { variant: 'party ua', party: 'ua', allow: ['mediator', 'delegate-ua'] as FixtureRole[] },
  { variant: 'party ru', party: 'ru', allow: ['mediator', 'delegate-ru'] as FixtureRole[] },
];

async function proposalVersion(
  h: Harness,
  id: string,
): Promise<{ version: number; value: (typeof fixtureCase.proposals)[number] }> {
  const found = await h.store.readProposal('talks', id);
  if (!found) throw new Error(`fixture proposal ${id} is gone`);
  return found;
}

async function spareUser(h: Harness): Promise<string> {
  const existing = await h.store.findUserByEmail('spare@example.org');
  if (existing) return existing.id;
  const added = await addUser(
    h.store,
    { email: 'spare@example.org', password: null, isAdmin: false },
    clock,
    testPasswordCost,
  );
  if (!added.ok) throw new Error(added.message);
  return added.user.id;
}

/** The harness's fixture process as stored: the fixture case, or the variant the harness was opened with. */
async function fixtureProcess(h: Harness): Promise<Case> {
  const found = await h.store.readCase('talks');
  if (!found) throw new Error('the fixture process is gone');
  return found;
}

/**
 * A process like the fixture with a second public proposal, so that observers too have two proposals to
 * draft from (a bridging draft takes its wording from proposals other than the base). One per harness.
 */
const draftingProcesses = new WeakMap<Harness, Promise<string>>();
function draftingProcess(h: Harness): Promise<string> {
  let id = draftingProcesses.get(h);
  if (!id) {
    id = (async () => {
      const processId = unique(h, 'drafting');
      const talks = await fixtureProcess(h);
      const counter = {
        ...fixtureCase.proposals[0]!,
        id: 'public-counter',
        title: 'Public counter-proposal',
        provisions: [
          {
            num: '1',
            label: '1.',
            text: 'The army is capped at 800,000.',
            codes: [{ issue: 'military.cap', option: 'cap-800k' }],
          },
        ],
      };
      await h.store.createProcess({ ...talks, id: processId, proposals: [...talks.proposals, counter] });
      for (const role of members) {
        const m = fixtureUsers[role].membership;
        if (m)
          await h.store.setMembership({ userId: h.userIds[role], processId, role: m.role, party: m.party });
      }
      return processId;
    })();
    draftingProcesses.set(h, id);
  }
  return id;
}

/** A package that breaks both parties' red lines, and names an option no proposal words (a placeholder). */
const breakingPackage = { 'military.cap': 'cap-600k', nato: 'open' };

/**
 * The mediators' estimate of a party's position, made when the harness has none yet (a route case may have
 * removed it, or the harness was opened with one of its own, which is kept): its version.
 */
async function fixtureEstimate(h: Harness, party: string): Promise<number> {
  const found = await h.store.readEstimate('talks', party);
  if (found) return found.version;
  const written = await h.store.writeEstimate(
    'talks',
    { ...fixturePosition(party), reservation: '10..50' },
    null,
  );
  if (written.ok) return written.version;
  // Requests are built concurrently (the scale-out test): another case may have made it in between.
  const madeMeanwhile = await h.store.readEstimate('talks', party);
  if (madeMeanwhile) return madeMeanwhile.version;
  throw new Error(`the estimate of ${party} could not be made: ${written.reason}`);
}

function fixturePosition(party: string) {
  const position = fixtureCase.positions.find((p) => p.party === party);
  if (!position) throw new Error(`the fixture has no position of ${party}`);
  return position;
}

/** A multipart/form-data body of text fields (what a browser's FormData sends), for the import route. */
export function formData(fields: Record<string, string>): {
  headers: Record<string, string>;
  payload: string;
} {
  const boundary = 'parley-form-boundary';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `${parts.join('')}--${boundary}--\r\n`,
  };
}

/** The matrix, keyed `METHOD /url` exactly as Fastify registers the route. */
export const routeCases: Record<string, RouteCase[]> = {
  'POST /api/session': [
    {
      variant: 'password',
      allow: everyone,
      request: async (_h, caller) => ({
        method: 'POST',
        url: '/api/session',
        payload:
          caller === 'anonymous'
            ? { email: 'nobody@example.org', password: 'wrong password' }
            : { email: fixtureUsers[caller].email, password: fixturePassword },
      }),
    },
  ],
  'POST /api/session/link': [
    {
      variant: 'one-time link',
      allow: everyone,
      request: async (h, caller) => ({
        method: 'POST',
        url: '/api/session/link',
        payload: {
          token:
            caller === 'anonymous'
              ? 'not-a-link-token'
              : await createLoginLink(h.store, h.userIds[caller], clock),
        },
      }),
    },
  ],
  'GET /api/session': [{ variant: '', allow: everyone, request: simple('GET', '/api/session') }],
  'GET /api/whoami': [
    { variant: '', allow: everyone, anonymous: true, request: simple('GET', '/api/whoami') },
  ],
  'DELETE /api/session': [{ variant: '', allow: everyone, request: simple('DELETE', '/api/session') }],
  'GET /api/processes': [{ variant: '', allow: everyone, request: simple('GET', '/api/processes') }],
  'GET /api/processes/:processId': [
    { variant: '', allow: members, request: simple('GET', '/api/processes/talks') },
  ],
  'DELETE /api/processes/:processId': [
    {
      variant: 'scratch process',
      allow: ['admin'],
      request: async (h, caller) => {
        const id = unique(h, 'scratch');
        await h.store.createProcess({ ...(await fixtureProcess(h)), id });
        for (const role of members) {
          const m = fixtureUsers[role].membership;
          if (m)
            await h.store.setMembership({
              userId: h.userIds[role],
              processId: id,
              role: m.role,
              party: m.party,
            });
        }
        return { method: 'DELETE', url: `/api/processes/${id}`, headers: auth(h, caller) };
      },
    },
  ],
  'POST /api/processes': [
    {
      variant: 'an empty process',
      allow: ['admin'],
      request: async (h, caller) =>
        simple('POST', '/api/processes', { id: unique(h, 'empty'), title: 'An empty process' })(h, caller),
    },
    {
      variant: 'a tar archive',
      allow: ['admin'],
      request: async (h, caller) => {
        const id = unique(h, 'imported');
        return {
          method: 'POST',
          url: '/api/processes',
          headers: { ...auth(h, caller), 'content-type': 'application/x-tar' },
          payload: await writeCaseArchive(caseToFiles({ ...fixtureCase, id }), id, 'tar'),
        };
      },
    },
  ],
  'PUT /api/processes/:processId/manifest': [
    {
      variant: 'the same set-up again',
      allow: ['admin', 'mediator'],
      request: async (h, caller) => {
        const { id: _id, ...manifest } = (await h.store.readManifest('talks'))!;
        const version = await h.store.readManifestVersion('talks');
        return {
          method: 'PUT',
          url: '/api/processes/talks/manifest',
          headers: { ...auth(h, caller), 'if-match': `"${version}"`, 'content-type': 'application/json' },
          payload: JSON.stringify(manifest, (_key, value: unknown) =>
            value === Infinity ? 'Infinity' : value,
          ),
        };
      },
    },
  ],
  'GET /api/processes/:processId/export': [
    { variant: 'tar', allow: ['mediator'], request: simple('GET', '/api/processes/talks/export') },
    { variant: 'zip', allow: ['mediator'], request: simple('GET', '/api/processes/talks/export?format=zip') },
  ],
  'GET /api/processes/:processId/settings': [
    { variant: '', allow: members, request: simple('GET', '/api/processes/talks/settings') },
  ],
  'PUT /api/processes/:processId/settings': [
    {
      variant: 'the default, verdicts not released',
      allow: ['mediator'],
      request: simple('PUT', '/api/processes/talks/settings', { shareVerdicts: false }),
    },
  ],
  'GET /api/processes/:processId/proposals': [
    { variant: '', allow: members, request: simple('GET', '/api/processes/talks/proposals') },
  ],
  'GET /api/processes/:processId/proposals/:proposalId': proposals.map((p) => ({
    variant: p.variant,
    allow: p.read,
    request: simple('GET', `/api/processes/talks/proposals/${p.id}`),
  })),
  'POST /api/processes/:processId/proposals': [
    {
      variant: "the caller's party as author",
      allow: ['mediator', 'delegate-ua', 'delegate-ru'],
      request: async (h, caller) =>
        simple('POST', '/api/processes/talks/proposals', {
          id: unique(h, 'new'),
          title: 'A new proposal',
          authors: [partyOf(caller) ?? 'us'],
          visibility: 'private',
          provisions: [{ num: '1', label: '1.', text: 'Talks continue.', codes: [] }],
        })(h, caller),
    },
  ],
  'POST /api/processes/:processId/proposals/import': [
    {
      variant: 'pasted text',
      allow: ['mediator', 'delegate-ua', 'delegate-ru'],
      request: async (h, caller) => {
        const form = formData({
          text: '1. Talks continue.\n2. The army is capped at 800,000.\n',
          title: 'Pasted',
        });
        return {
          method: 'POST',
          url: '/api/processes/talks/proposals/import',
          headers: { ...auth(h, caller), ...form.headers },
          payload: form.payload,
        };
      },
    },
  ],
  'GET /api/processes/:processId/proposals/:proposalId/suggestions': proposals.map((p) => ({
    variant: p.variant,
    allow: p.read,
    request: simple('GET', `/api/processes/talks/proposals/${p.id}/suggestions?minConfidence=0`),
  })),
  'POST /api/processes/:processId/proposals/:proposalId/suggestions': proposals.map((p) => ({
    variant: p.variant,
    allow: p.read,
    request: simple('POST', `/api/processes/talks/proposals/${p.id}/suggestions`, { minConfidence: 0 }),
  })),
  'PUT /api/processes/:processId/proposals/:proposalId/codes': proposals.map((p) => ({
    variant: p.variant,
    allow: p.edit,
    request: async (h, caller) => {
      const { version, value } = await proposalVersion(h, p.id);
      const first = value.provisions[0]!;
      return {
        method: 'PUT',
        url: `/api/processes/talks/proposals/${p.id}/codes`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
        payload: { provisions: [{ num: first.num, codes: first.codes }] },
      };
    },
  })),
  'PATCH /api/processes/:processId/proposals/:proposalId': proposals.map((p) => ({
    variant: p.variant,
    allow: p.edit,
    request: async (h, caller) => {
      const { version, value } = await proposalVersion(h, p.id);
      return {
        method: 'PATCH',
        url: `/api/processes/talks/proposals/${p.id}`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
        payload: { visibility: value.visibility, sharedWith: value.sharedWith },
      };
    },
  })),
  'PUT /api/processes/:processId/proposals/:proposalId/provisions/:num/codes': proposals.map((p) => ({
    variant: p.variant,
    allow: p.edit,
    request: async (h, caller) => {
      const { version, value } = await proposalVersion(h, p.id);
      return {
        method: 'PUT',
        url: `/api/processes/talks/proposals/${p.id}/provisions/1/codes`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
        payload: { codes: value.provisions[0]?.codes ?? [] },
      };
    },
  })),
  'GET /api/processes/:processId/positions/:partyId': positions.map((p) => ({
    variant: p.variant,
    allow: p.allow,
    request: simple('GET', `/api/processes/talks/positions/${p.party}`),
  })),
  'PUT /api/processes/:processId/positions/:partyId': positions.map((p) => ({
    variant: p.variant,
    allow: p.allow,
    request: async (h, caller) => {
      const found = await h.store.readPosition('talks', p.party);
      if (!found) throw new Error(`fixture position ${p.party} is gone`);
      return {
        method: 'PUT',
        url: `/api/processes/talks/positions/${p.party}`,
        headers: { ...auth(h, caller), 'if-match': `"${found.version}"` },
        payload: found.value,
      };
    },
  })),
  'POST /api/processes/:processId/check': [
    { variant: '', allow: members, request: simple('POST', '/api/processes/talks/check', {}) },
    {
      variant: "weighing the mediators' estimates",
      allow: ['mediator'],
      request: async (h, caller) => {
        await fixtureEstimate(h, 'ru');
        return simple('POST', '/api/processes/talks/check', { use: 'estimates' })(h, caller);
      },
    },
  ],
  'POST /api/processes/:processId/compare': [
    {
      variant: 'public proposals',
      allow: members,
      request: simple('POST', '/api/processes/talks/compare', { a: 'public-plan', b: 'public-plan' }),
    },
    {
      variant: 'a private proposal',
      allow: ['mediator', 'delegate-ua'],
      request: simple('POST', '/api/processes/talks/compare', { a: 'public-plan', b: 'ua-draft' }),
    },
    {
      variant: 'a private proposal, as Word',
      allow: ['mediator', 'delegate-ua'],
      request: simple('POST', '/api/processes/talks/compare', {
        a: 'public-plan',
        b: 'ua-draft',
        format: 'docx',
      }),
    },
  ],
  'POST /api/processes/:processId/matrix': [
    {
      variant: 'public proposals',
      allow: members,
      request: simple('POST', '/api/processes/talks/matrix', {
        base: 'public-plan',
        proposals: ['public-plan', 'public-plan'],
      }),
    },
    {
      variant: 'a shared proposal',
      allow: ['mediator', 'delegate-ru'],
      request: simple('POST', '/api/processes/talks/matrix', {
        base: 'public-plan',
        proposals: ['public-plan', 'ru-note'],
      }),
    },
  ],
  'POST /api/processes/:processId/merge': [
    {
      variant: 'public proposals',
      allow: members,
      request: simple('POST', '/api/processes/talks/merge', {
        base: 'public-plan',
        a: 'public-plan',
        b: 'public-plan',
      }),
    },
    {
      variant: 'a private proposal',
      allow: ['mediator', 'delegate-ua'],
      request: simple('POST', '/api/processes/talks/merge', {
        base: 'public-plan',
        a: 'ua-draft',
        b: 'public-plan',
      }),
    },
  ],
  'POST /api/processes/:processId/merge/docx': [
    {
      variant: 'on a public base',
      allow: members,
      request: simple('POST', '/api/processes/talks/merge/docx', {
        base: 'public-plan',
        title: 'Settled merge',
        provisions: [{ num: '1', label: '1.', text: 'A settled text.', codes: [] }],
      }),
    },
    {
      variant: 'on a shared base',
      allow: ['mediator', 'delegate-ru'],
      request: simple('POST', '/api/processes/talks/merge/docx', {
        base: 'ru-note',
        title: 'Settled merge',
        provisions: [{ num: '1', label: '1.', text: 'A settled text.', codes: [] }],
      }),
    },
  ],
  'POST /api/processes/:processId/solve': [
    {
      variant: 'with explanations',
      allow: members,
      request: simple('POST', '/api/processes/talks/solve', { pareto: true, explain: true }),
    },
    {
      variant: 'near a private proposal',
      allow: ['mediator', 'delegate-ua'],
      request: simple('POST', '/api/processes/talks/solve', { near: ['ua-draft'] }),
    },
    {
      variant: "weighing the mediators' estimates",
      allow: ['mediator'],
      request: async (h, caller) => {
        await fixtureEstimate(h, 'ru');
        return simple('POST', '/api/processes/talks/solve', { use: 'estimates' })(h, caller);
      },
    },
  ],
  'POST /api/processes/:processId/robustness': [
    {
      variant: 'a few samples',
      allow: ['mediator', 'delegate-ua', 'delegate-ru'],
      request: simple('POST', '/api/processes/talks/robustness', { samples: 5, detailSamples: 1 }),
    },
    {
      variant: 'with a released package',
      allow: ['mediator', 'delegate-ua', 'delegate-ru'],
      request: async (h, caller) => {
        await h.store.writeReleasedPackages('talks', [breakingPackage]);
        return simple('POST', '/api/processes/talks/robustness', {
          samples: 5,
          detailSamples: 0,
          packages: [breakingPackage],
        })(h, caller);
      },
    },
    {
      variant: "weighing the mediators' estimates",
      allow: ['mediator'],
      request: async (h, caller) => {
        await fixtureEstimate(h, 'ru');
        return simple('POST', '/api/processes/talks/robustness', {
          samples: 5,
          detailSamples: 1,
          use: 'estimates',
        })(h, caller);
      },
    },
  ],
  'GET /api/processes/:processId/estimates': [
    {
      variant: '',
      allow: ['mediator'],
      request: async (h, caller) => {
        await fixtureEstimate(h, 'ru');
        return simple('GET', '/api/processes/talks/estimates')(h, caller);
      },
    },
  ],
  'GET /api/processes/:processId/estimates/:partyId': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      await fixtureEstimate(h, p.party);
      return simple('GET', `/api/processes/talks/estimates/${p.party}`)(h, caller);
    },
  })),
  'PUT /api/processes/:processId/estimates/:partyId': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      const version = await fixtureEstimate(h, p.party);
      const found = await h.store.readEstimate('talks', p.party);
      return {
        method: 'PUT',
        url: `/api/processes/talks/estimates/${p.party}`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
        payload: found!.value,
      };
    },
  })),
  'DELETE /api/processes/:processId/estimates/:partyId': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      await fixtureEstimate(h, p.party);
      return simple('DELETE', `/api/processes/talks/estimates/${p.party}`)(h, caller);
    },
  })),
  'GET /api/processes/:processId/released-packages': [
    { variant: '', allow: members, request: simple('GET', '/api/processes/talks/released-packages') },
  ],
  'PUT /api/processes/:processId/released-packages': [
    {
      variant: 'one package',
      allow: ['mediator'],
      request: simple('PUT', '/api/processes/talks/released-packages', { packages: [breakingPackage] }),
    },
  ],
  'POST /api/processes/:processId/draft': [
    {
      variant: 'public proposals, towards the nash package, as Word',
      allow: members,
      request: async (h, caller) =>
        simple('POST', `/api/processes/${await draftingProcess(h)}/draft`, {
          base: 'public-plan',
          solution: 'nash',
          format: 'docx',
        })(h, caller),
    },
    {
      variant: 'a private base, breaking both red lines, as HTML',
      allow: ['mediator', 'delegate-ua'],
      request: simple('POST', '/api/processes/talks/draft', {
        base: 'ua-draft',
        package: breakingPackage,
        format: 'html',
      }),
    },
    {
      variant: 'a shared base, breaking both red lines, as JSON',
      allow: ['mediator', 'delegate-ru'],
      request: simple('POST', '/api/processes/talks/draft', { base: 'ru-note', package: breakingPackage }),
    },
  ],
  'GET /api/users': [{ variant: '', allow: ['admin'], request: simple('GET', '/api/users') }],
  'POST /api/users': [
    {
      variant: '',
      allow: ['admin'],
      request: async (h, caller) =>
        simple('POST', '/api/users', { email: `${unique(h, 'user')}@example.org` })(h, caller),
    },
  ],
  'GET /api/users/:userId': [
    {
      variant: "the mediator's account",
      allow: ['admin', 'mediator'],
      request: async (h, caller) => simple('GET', `/api/users/${h.userIds.mediator}`)(h, caller),
    },
  ],
  'GET /api/processes/:processId/members': [
    { variant: '', allow: ['admin', 'mediator'], request: simple('GET', '/api/processes/talks/members') },
  ],
  'PUT /api/processes/:processId/members/:userId': [
    {
      variant: '',
      allow: ['admin', 'mediator'],
      request: async (h, caller) =>
        simple('PUT', `/api/processes/talks/members/${await spareUser(h)}`, { role: 'observer' })(h, caller),
    },
  ],
  'DELETE /api/processes/:processId/members/:userId': [
    {
      variant: '',
      allow: ['admin', 'mediator'],
      request: async (h, caller) => {
        const userId = await spareUser(h);
        await h.store.setMembership({ userId, processId: 'talks', role: 'observer', party: null });
        return simple('DELETE', `/api/processes/talks/members/${userId}`)(h, caller);
      },
    },
  ],
  'POST /api/processes/:processId/invitations': [
    {
      variant: 'a new observer',
      allow: ['admin', 'mediator'],
      request: async (h, caller) =>
        simple('POST', '/api/processes/talks/invitations', {
          email: `${unique(h, 'invited')}@example.org`,
          role: 'observer',
        })(h, caller),
    },
  ],
  'PUT /api/session/password': [
    {
      variant: 'the same password again',
      allow: everyone,
      request: simple('PUT', '/api/session/password', {
        currentPassword: fixturePassword,
        newPassword: fixturePassword,
      }),
    },
  ],
  'GET /api/processes/:processId/proposals/:proposalId/versions': proposals.map((p) => ({
    variant: p.variant,
    allow: p.read,
    request: simple('GET', `/api/processes/talks/proposals/${p.id}/versions`),
  })),
  'GET /api/processes/:processId/proposals/:proposalId/versions/:version': proposals.map((p) => ({
    variant: p.variant,
    allow: p.read,
    request: async (h, caller) => {
      const { version } = await proposalVersion(h, p.id);
      return simple('GET', `/api/processes/talks/proposals/${p.id}/versions/${version}`)(h, caller);
    },
  })),
  'GET /api/processes/:processId/proposals/:proposalId/versions/:version/compare/:other': proposals.map(
    (p) => ({
      variant: p.variant,
      allow: p.read,
      request: async (h, caller) => {
        const { version } = await proposalVersion(h, p.id);
        const url = `/api/processes/talks/proposals/${p.id}/versions/${version}/compare/${version}`;
        return simple('GET', url)(h, caller);
      },
    }),
  ),
  'POST /api/processes/:processId/proposals/:proposalId/versions/:version/restore': proposals.map((p) => ({
    variant: p.variant,
    allow: p.edit,
    request: async (h, caller) => {
      const { version } = await proposalVersion(h, p.id);
      return {
        method: 'POST',
        url: `/api/processes/talks/proposals/${p.id}/versions/${version}/restore`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
      };
    },
  })),
  'GET /api/processes/:processId/positions/:partyId/versions': positions.map((p) => ({
    variant: p.variant,
    allow: p.allow,
    request: simple('GET', `/api/processes/talks/positions/${p.party}/versions`),
  })),
  'GET /api/processes/:processId/positions/:partyId/versions/:version': positions.map((p) => ({
    variant: p.variant,
    allow: p.allow,
    request: async (h, caller) => {
      const found = await h.store.readPosition('talks', p.party);
      return simple('GET', `/api/processes/talks/positions/${p.party}/versions/${found?.version}`)(h, caller);
    },
  })),
  'POST /api/processes/:processId/positions/:partyId/versions/:version/restore': positions.map((p) => ({
    variant: p.variant,
    allow: p.allow,
    request: async (h, caller) => {
      const found = await h.store.readPosition('talks', p.party);
      return {
        method: 'POST',
        url: `/api/processes/talks/positions/${p.party}/versions/${found?.version}/restore`,
        headers: { ...auth(h, caller), 'if-match': `"${found?.version}"` },
      };
    },
  })),
  'GET /api/processes/:processId/estimates/:partyId/versions': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      await fixtureEstimate(h, p.party);
      return simple('GET', `/api/processes/talks/estimates/${p.party}/versions`)(h, caller);
    },
  })),
  'GET /api/processes/:processId/estimates/:partyId/versions/:version': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      const version = await fixtureEstimate(h, p.party);
      return simple('GET', `/api/processes/talks/estimates/${p.party}/versions/${version}`)(h, caller);
    },
  })),
  'POST /api/processes/:processId/estimates/:partyId/versions/:version/restore': positions.map((p) => ({
    variant: p.variant,
    allow: ['mediator'],
    request: async (h, caller) => {
      const version = await fixtureEstimate(h, p.party);
      return {
        method: 'POST',
        url: `/api/processes/talks/estimates/${p.party}/versions/${version}/restore`,
        headers: { ...auth(h, caller), 'if-match': `"${version}"` },
      };
    },
  })),
  'GET /api/tokens': [{ variant: '', allow: everyone, request: simple('GET', '/api/tokens') }],
  'POST /api/tokens': [
    { variant: '', allow: everyone, request: simple('POST', '/api/tokens', { name: 'script' }) },
  ],
  'DELETE /api/tokens/:tokenId': [
    {
      variant: "the caller's own token",
      allow: everyone,
      request: async (h, caller) => {
        const owner = caller === 'anonymous' ? h.userIds.mediator : h.userIds[caller];
        const { info } = await createApiToken(h.store, owner, 'to revoke', clock);
        return simple('DELETE', `/api/tokens/${info.id}`)(h, caller);
      },
    },
  ],
  'GET /api/audit': [{ variant: '', allow: ['admin'], request: simple('GET', '/api/audit') }],
  'GET /api/audit/export': [{ variant: '', allow: ['admin'], request: simple('GET', '/api/audit/export') }],
  'GET /api/processes/:processId/audit': [
    { variant: '', allow: ['admin', 'mediator'], request: simple('GET', '/api/processes/talks/audit') },
  ],
  'GET /api/processes/:processId/audit/export': [
    {
      variant: '',
      allow: ['admin', 'mediator'],
      request: simple('GET', '/api/processes/talks/audit/export'),
    },
  ],
};
