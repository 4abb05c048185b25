import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../../store/store-targets.test-support.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../../test/case-builder.test-support.js';
import { canary, fixtureCase, openHarness } from '../harness.test-support.js';
import type { FixtureRole, Harness } from '../harness.test-support.js';

/** Breaks ua's army floor (cap-600k) and ru's NATO red line (open), and nobody words nato=open. */
const breaking = { 'military.cap': 'cap-600k', nato: 'open' };

describe.each(storeTargets())('bridging drafts over the API on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const draft = (role: FixtureRole, payload: object) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/draft',
      headers: { authorization: `Bearer ${h.tokens[role]}` },
      payload,
    });

  test("a mediator's draft names every party's broken red line with the provisions that break it", async () => {
    const response = await draft('mediator', { base: 'public-plan', package: breaking });
    expect(response.statusCode, response.body).toBe(200);
    const answer = response.json();
    expect(answer.draft.id).toBe('bridge-public-plan-package');
    expect(answer.towards).toBe('a package given by hand');
    expect(answer.provenance.map((e: { kind: string }) => e.kind)).toEqual(['kept', 'placeholder']);
    expect(answer.placeholders).toEqual(['2']);
    expect(answer.flags).toContainEqual(
      expect.objectContaining({
        code: 'redline_violated',
        party: 'ru',
        redline: canary('ru'),
        provisions: ['2'],
      }),
    );
    expect(answer.verdicts.map((v: { party: string; sealed: boolean }) => [v.party, v.sealed])).toEqual([
      ['ua', false],
      ['ru', false],
    ]);
  });

  test("a delegate's draft is verdicted against its own position alone: nothing of the other party's", async () => {
    const answer = (
      await draft('delegate-ua', { base: 'public-plan', package: breaking, towards: 'the test package' })
    ).json();
    expect(answer.draft.title).toBe('Bridging draft on public-plan towards the test package');
    expect(answer.verdicts.map((v: { party: string }) => v.party)).toEqual(['ua']);
    expect(answer.flags.filter((f: { party?: string }) => f.party !== undefined)).toEqual([
      expect.objectContaining({ party: 'ua', redline: canary('ua') }),
    ]);
    expect(JSON.stringify(answer)).not.toContain(canary('ru'));
    expect(JSON.stringify(answer)).not.toContain('Russia');
  });

  test('a draft takes wording only from proposals the caller may read', async () => {
    const uncapped = { 'military.cap': 'none' };
    const mediator = (await draft('mediator', { base: 'public-plan', package: uncapped })).json();
    expect(mediator.provenance[0]).toMatchObject({
      kind: 'replaced',
      source: { proposal: 'ua-draft', num: '1' },
    });
    const russia = (await draft('delegate-ru', { base: 'public-plan', package: uncapped })).json();
    expect(russia.provenance[0]).toMatchObject({ kind: 'placeholder', source: null });
    expect(JSON.stringify(russia)).not.toContain('No cap on the army');
  });

  test('a base or a proposal to draft near that the caller may not read answers 404, as if it did not exist', async () => {
    const base = await draft('delegate-ru', { base: 'ua-draft', package: breaking });
    expect(base.statusCode).toBe(404);
    expect(base.json().detail).toBe("no proposal 'ua-draft' in process 'talks'");
    const near = await draft('observer', { base: 'public-plan', near: ['ru-note'] });
    expect(near.statusCode).toBe(404);
  });

  test('the draft towards a bargaining solution follows the package the solver finds', async () => {
    const answer = (await draft('mediator', { base: 'public-plan', solution: 'utilitarian' })).json();
    expect(answer.towards).toBe('utilitarian');
    expect(answer.relaxed).toEqual([]);
    expect(answer.flags.filter((f: { code: string }) => f.code.startsWith('redline'))).toEqual([]);
    expect(answer.package['nato']).toBe('excluded');
  });

  test('when red lines collide, a solution is drafted past the cheapest relaxation, not to a delegate', async () => {
    // ru's red line now caps the army at 600,000, against ua's floor of 800,000, and weighs less, so the
    // cheapest relaxation is ru's.
    const colliding = {
      ...fixtureCase,
      id: 'colliding',
      positions: fixtureCase.positions.map((p) => ({
        ...p,
        redlines: [
          p.party === 'ru'
            ? { ...p.redlines[0]!, rule: { issue: 'military.cap', max: 600000 }, priority: 1 }
            : { ...p.redlines[0]!, priority: 10 },
        ],
      })),
    };
    await h.store.createProcess(colliding);
    for (const role of ['mediator', 'delegate-ua'] as const)
      await h.store.setMembership({
        userId: h.userIds[role],
        processId: 'colliding',
        role: role === 'mediator' ? 'mediator' : 'delegate',
        party: role === 'mediator' ? null : 'ua',
      });
    const ask = (role: FixtureRole) =>
      h.app.inject({
        method: 'POST',
        url: '/api/processes/colliding/draft',
        headers: { authorization: `Bearer ${h.tokens[role]}` },
        payload: { base: 'public-plan', solution: 'utilitarian' },
      });
    const mediator = (await ask('mediator')).json();
    expect(mediator.relaxed).toEqual([{ party: 'ru', redline: canary('ru') }]);
    // The delegate's draft weighs its own position alone, where nothing collides: no relaxation to name.
    const delegate = (await ask('delegate-ua')).json();
    expect(delegate.relaxed).toEqual([]);
    expect(JSON.stringify(delegate)).not.toContain(canary('ru'));
  });

  test('when no package exists even past the cheapest relaxation, the draft is refused with 422 no_package', async () => {
    // The red lines collide on the one issue, and whichever gives way, the other party gets 0 against a
    // reservation of 50: no Nash package exists with or without the relaxation.
    const stuck = buildCase({
      id: 'stuck',
      parties: [buildParty('ua'), buildParty('ru')],
      issues: [buildIssue('nato', ['open', 'excluded'])],
      proposals: [buildProposal('plan', [buildProvision('1', 'NATO stays open.', { nato: 'open' })])],
      positions: [
        buildPosition('ua', {
          reservation: 50,
          weights: { nato: 1 },
          utilities: { nato: { open: 100, excluded: 0 } },
          redlines: [buildRedLine('open-door', { issue: 'nato', in: ['open'] })],
        }),
        buildPosition('ru', {
          reservation: 50,
          weights: { nato: 1 },
          utilities: { nato: { open: 0, excluded: 100 } },
          redlines: [buildRedLine('no-nato', { issue: 'nato', in: ['excluded'] })],
        }),
      ],
    });
    await h.store.createProcess(stuck);
    await h.store.setMembership({
      userId: h.userIds.mediator,
      processId: 'stuck',
      role: 'mediator',
      party: null,
    });
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/stuck/draft',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
      payload: { base: 'plan' },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toEqual({
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      code: 'no_package',
      detail:
        'there is no nash package: no package keeps every red line, and none exists even with the cheapest relaxation; name the package to draft towards in the request instead ("package": {"<issue>": "<option>", …})',
    });
  });

  test('an unknown option in the package is refused with 422, the issue and the options that exist', async () => {
    const response = await draft('mediator', { base: 'public-plan', package: { nato: 'maybe' } });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'unknown_option',
      detail: "unknown option 'maybe' for issue nato in the package (expected one of: open, excluded)",
      errors: [{ path: 'body/package/nato' }],
    });
  });

  test('naming two packages at once is refused with 400', async () => {
    const response = await draft('mediator', { base: 'public-plan', solution: 'nash', package: breaking });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('ambiguous_package');
  });

  test('the Word answer is an attachment holding document.xml with tracked insertions', async () => {
    const response = await draft('mediator', { base: 'public-plan', package: breaking, format: 'docx' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="bridge-public-plan-package.docx"',
    );
    const zip = await JSZip.loadAsync(response.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:ins ');
    expect(xml).toContain('To be drafted');
  });

  test("a delegate's Word draft names its own broken red line and nothing of the other party's", async () => {
    const response = await draft('delegate-ua', { base: 'public-plan', package: breaking, format: 'docx' });
    const zip = await JSZip.loadAsync(response.rawPayload);
    const texts = await Promise.all(Object.values(zip.files).map((f) => f.async('string')));
    expect(texts.join('\n')).toContain(canary('ua'));
    expect(texts.join('\n')).not.toContain(canary('ru'));
  });

  test("HTML and Markdown answers are attachments, and a delegate's says nothing of the other party's red lines", async () => {
    const html = await draft('delegate-ua', { base: 'public-plan', package: breaking, format: 'html' });
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe(
      'attachment; filename="bridge-public-plan-package.html"',
    );
    expect(html.body).toContain(canary('ua'));
    expect(html.body).not.toContain(canary('ru'));
    expect(html.body).not.toContain('Russia');
    const markdown = await draft('delegate-ua', { base: 'public-plan', package: breaking, format: 'md' });
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(markdown.body).toContain('<!-- source: public-plan#1, kept -->');
  });

  test('every draft is in the audit log with its base and format', async () => {
    await draft('delegate-ua', { base: 'ua-draft', package: breaking, format: 'md' });
    const log = await h.app.inject({
      url: '/api/processes/talks/audit',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
    });
    expect(log.json().entries).toContainEqual(
      expect.objectContaining({
        action: 'draft',
        userId: h.userIds['delegate-ua'],
        target: 'ua-draft',
        detail: 'md',
      }),
    );
  });
});
