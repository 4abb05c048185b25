import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { callerFor, canary, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

// Set-up in the browser (issue 14): create a process, then replace its manifest in one versioned write.
describe.each(storeTargets())('process set-up on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  const call = callerFor(() => h);
  const manifestOf = async (processId: string) => {
    const read = await call('mediator', 'GET', `/api/processes/${processId}`);
    const { id: _id, access: _access, version, ...manifest } = read.json();
    return { manifest, version: version as number, etag: read.headers.etag };
  };

  test('an admin creates an empty process, and sets it up: parties, a track, an issue with options', async () => {
    const created = await call('admin', 'POST', '/api/processes', { id: 'new-talks', title: 'New talks' });
    expect(created.statusCode, created.body).toBe(201);
    const version = (await h.store.readManifestVersion('new-talks'))!;
    const manifest = {
      title: 'New talks, renamed',
      description: 'Set up in the browser',
      parties: [
        { id: 'a', name: 'Alpha' },
        { id: 'b', name: 'Beta' },
      ],
      tracks: [{ id: 't', name: 'Main', parties: ['a', 'b'] }],
      issues: [{ id: 'cap', title: 'Cap', options: [{ id: 'none', label: 'None', value: Infinity }] }],
    };
    const saved = await call('admin', 'PUT', '/api/processes/new-talks/manifest', manifest, {
      'if-match': `"${version}"`,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe(`"${version + 1}"`);
    const read = (await h.store.readManifest('new-talks'))!;
    expect(read).toMatchObject({ title: 'New talks, renamed', parties: [{ id: 'a' }, { id: 'b' }] });
    expect(read.issues[0]?.options[0]?.value).toBe(Infinity);
  });

  test('a duplicate id, an empty name or a second process with a taken id are refused at their field', async () => {
    const taken = await call('admin', 'POST', '/api/processes', { id: 'talks', title: 'Again' });
    expect(taken.statusCode).toBe(409);
    const untitled = await call('admin', 'POST', '/api/processes', { id: 'x', title: ' ' });
    expect(untitled.json().errors).toEqual([{ path: 'body/title', message: 'give the process a title' }]);
    const { manifest, version } = await manifestOf('talks');
    const duplicate = await call(
      'mediator',
      'PUT',
      '/api/processes/talks/manifest',
      { ...manifest, parties: [...manifest.parties, { id: 'ua', name: 'Ukraine again' }] },
      { 'if-match': `"${version}"` },
    );
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().errors[0].path).toBe('parties.3.id');
    const empty = await call(
      'mediator',
      'PUT',
      '/api/processes/talks/manifest',
      { ...manifest, parties: [{ ...manifest.parties[0], name: '' }, ...manifest.parties.slice(1)] },
      { 'if-match': `"${version}"` },
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toContain('parties/0/name');
    expect(await h.store.readManifestVersion('talks')).toBe(version);
  });

  test('retiring an option still coded and named by red lines is refused with every place, and nothing changes', async () => {
    const { manifest, version } = await manifestOf('talks');
    const withoutCap600 = {
      ...manifest,
      title: 'Should not be saved',
      issues: manifest.issues.map((i: { id: string; options: { id: string }[] }) =>
        i.id === 'military.cap' ? { ...i, options: i.options.filter((o) => o.id !== 'cap-600k') } : i,
      ),
    };
    const refused = await call('mediator', 'PUT', '/api/processes/talks/manifest', withoutCap600, {
      'if-match': `"${version}"`,
    });
    expect(refused.statusCode, refused.body).toBe(409);
    const places = refused.json().errors.map((e: { path: string }) => e.path);
    expect(places).toEqual(expect.arrayContaining(["proposal 'public-plan', provision 1."]));
    expect(places.some((p: string) => p.startsWith("position of 'ua'"))).toBe(true);
    expect((await h.store.readManifest('talks'))?.title).toBe('Fixture talks');
    expect(await h.store.readManifestVersion('talks')).toBe(version);

    // An admin reads no sealed position: the same refusal names no party and no red line.
    const asAdmin = await call('admin', 'PUT', '/api/processes/talks/manifest', withoutCap600, {
      'if-match': `"${version}"`,
    });
    expect(asAdmin.statusCode).toBe(409);
    expect(asAdmin.body).not.toContain("position of 'ua'");
    expect(asAdmin.body).not.toContain(canary('ua'));
    expect(asAdmin.body).toContain('a sealed position');
  });

  test("retiring an option a mediators' estimate names is refused too, naming the estimate to mediators alone", async () => {
    const ua = (await h.store.readPosition('talks', 'ua'))!.value;
    const estimate = { ...ua, redlines: [], utilities: { nato: { open: 80 } } };
    expect((await h.store.writeEstimate('talks', estimate, null)).ok).toBe(true);
    try {
      const { manifest, version } = await manifestOf('talks');
      const withoutOpen = {
        ...manifest,
        issues: manifest.issues.map((i: { id: string; options: { id: string }[] }) =>
          i.id === 'nato' ? { ...i, options: i.options.filter((o) => o.id !== 'open') } : i,
        ),
      };
      const asMediator = await call('mediator', 'PUT', '/api/processes/talks/manifest', withoutOpen, {
        'if-match': `"${version}"`,
      });
      expect(asMediator.statusCode, asMediator.body).toBe(409);
      expect(asMediator.json().errors.map((e: { path: string }) => e.path)).toContain(
        "the mediators' estimate of 'ua'",
      );
      const asAdmin = await call('admin', 'PUT', '/api/processes/talks/manifest', withoutOpen, {
        'if-match': `"${version}"`,
      });
      expect(asAdmin.statusCode).toBe(409);
      expect(asAdmin.body).toContain("a mediators' estimate");
      expect(asAdmin.body).not.toContain("estimate of 'ua'");
    } finally {
      await h.store.deleteEstimate('talks', 'ua');
    }
  });

  test('retiring an option a released package chooses, or adding an issue it leaves out, is refused naming the package', async () => {
    const { manifest, version } = await manifestOf('talks');
    const issues = manifest.issues as { id: string; options: { id: string }[] }[];
    const released = Object.fromEntries(issues.map((i) => [i.id, i.options.at(-1)!.id]));
    expect(await h.store.writeReleasedPackages('talks', [released])).toBe(true);
    try {
      const natoChoice = released.nato!;
      const withoutChoice = {
        ...manifest,
        issues: issues.map((i) =>
          i.id === 'nato' ? { ...i, options: i.options.filter((o) => o.id !== natoChoice) } : i,
        ),
      };
      const retired = await call('mediator', 'PUT', '/api/processes/talks/manifest', withoutChoice, {
        'if-match': `"${version}"`,
      });
      expect(retired.statusCode, retired.body).toBe(409);
      expect(retired.json().errors.map((e: { path: string }) => e.path)).toContain('released package 1');
      const withNewIssue = {
        ...manifest,
        issues: [...issues, { id: 'water', title: 'Water', options: [{ id: 'shared', label: 'Shared' }] }],
      };
      const added = await call('mediator', 'PUT', '/api/processes/talks/manifest', withNewIssue, {
        'if-match': `"${version}"`,
      });
      expect(added.statusCode, added.body).toBe(409);
      expect(added.body).toContain('released package 1 leaves out water');
      expect(await h.store.readManifestVersion('talks')).toBe(version);
    } finally {
      await h.store.writeReleasedPackages('talks', []);
    }
  });

  test('retiring a party that has a delegate is refused; a stale version or none is refused too', async () => {
    const { manifest, version } = await manifestOf('talks');
    const withoutRu = {
      ...manifest,
      parties: manifest.parties.filter((p: { id: string }) => p.id !== 'ru'),
      tracks: [{ id: 'main', name: 'Main track', parties: ['ua', 'us'] }],
    };
    const refused = await call('mediator', 'PUT', '/api/processes/talks/manifest', withoutRu, {
      'if-match': `"${version}"`,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('member ru@example.org');
    const stale = await call('mediator', 'PUT', '/api/processes/talks/manifest', manifest, {
      'if-match': `"${version - 1}"`,
    });
    expect(stale.statusCode).toBe(412);
    expect((await call('mediator', 'PUT', '/api/processes/talks/manifest', manifest)).statusCode).toBe(428);
  });

  test('renaming and reordering parties and adding an option are saved in one write', async () => {
    const { manifest, version } = await manifestOf('talks');
    const [ua, ru, us] = manifest.parties;
    const next = {
      ...manifest,
      parties: [{ ...ru, name: 'Russian Federation' }, ua, us],
      issues: manifest.issues.map((i: { id: string; options: object[] }) =>
        i.id === 'nato' ? { ...i, options: [...i.options, { id: 'frozen', label: 'Frozen' }] } : i,
      ),
    };
    const saved = await call('mediator', 'PUT', '/api/processes/talks/manifest', next, {
      'if-match': `"${version}"`,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const read = (await h.store.readManifest('talks'))!;
    expect(read.parties.map((p) => p.name)).toEqual(['Russian Federation', 'Ukraine', 'United States']);
    expect(read.issues[1]?.options.map((o) => o.id)).toEqual(['open', 'excluded', 'frozen']);
  });
});
