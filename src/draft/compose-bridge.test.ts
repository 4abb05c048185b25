import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { codedPackage, evaluateRule } from '../analysis/index.js';
import { possibleOptions, validateCase } from '../model/index.js';
import type { Case, CodedOption } from '../model/index.js';
import type { BridgeDraft } from './bridge-draft.js';
import { composeBridge } from './compose-bridge.js';
import { arbitraryDraftCase, proposalOf, smallCase } from './fixtures.test-support.js';

function draftOf(theCase: Case, base: string, pkg: Record<string, string>): BridgeDraft {
  const result = composeBridge(theCase, { base, package: pkg });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

const nums = (draft: BridgeDraft) => draft.draft.provisions.map((p) => p.num);
const entry = (draft: BridgeDraft, num: string) => draft.provenance.find((e) => e.num === num);

describe('composeBridge on a small case', () => {
  const pkg = {
    'military.cap': 'cap-600k',
    'nato.membership': 'barred',
    'nato.enlargement': 'halt',
    'territory.recognition': 'de-facto',
  };

  test('keeps a provision whose codes agree with the package word for word', () => {
    const draft = draftOf(smallCase(), 'e3', pkg);
    expect(entry(draft, '1')).toMatchObject({ kind: 'kept', source: { proposal: 'e3', num: '1' } });
    expect(draft.draft.provisions[0]).toEqual({
      num: '1',
      label: '1.',
      text: "Ukraine's sovereignty is confirmed.",
      codes: [],
    });
  });

  test('replaces a disagreeing provision under the base number with the source text verbatim', () => {
    const draft = draftOf(smallCase(), 'e3', pkg);
    const six = draft.draft.provisions.find((p) => p.num === '2');
    expect(six?.text).toBe(proposalOf(smallCase(), 'us').provisions[2]!.text);
    expect(entry(draft, '2')).toMatchObject({
      kind: 'replaced',
      source: { proposal: 'us', num: '3' },
      replaces: '2',
    });
  });

  test('a base provision coding two issues is replaced by one, and the other is inserted right after it', () => {
    const draft = draftOf(smallCase(), 'e3', pkg);
    // No provision codes both nato issues; us#2 and us#4 each cover one, and the one closer in wording wins:
    // us#4 renounces NATO membership, as e3#3 speaks of accession by a consensus of NATO's members.
    expect(entry(draft, '3')).toMatchObject({ kind: 'replaced', source: { proposal: 'us', num: '4' } });
    // The base settles nato.enlargement in point 3 too, so the provision that now settles it follows point 3.
    expect(nums(draft)).toEqual(['1', '2', '3', '3-1', '4', '4a']);
    expect(entry(draft, '3-1')).toMatchObject({ kind: 'inserted', source: { proposal: 'us', num: '2' } });
    expect(draft.draft.provisions[3]).toMatchObject({
      label: '3.1.',
      parent: '3',
      codes: [{ issue: 'nato.enlargement', option: 'halt' }],
    });
  });

  test('an issue the base never addresses is inserted after the base point aligned with its source neighbour', () => {
    const c = smallCase();
    const e3 = proposalOf(c, 'e3');
    e3.provisions[2]!.codes = [{ issue: 'nato.membership', option: 'consensus' }];
    const draft = draftOf(c, 'e3', { 'nato.enlargement': 'halt' });
    // us#2 (enlargement) follows us#1, which the alignment pairs with e3#1.
    expect(nums(draft)).toEqual(['1', '1-1', '2', '3', '4', '4a']);
    expect(entry(draft, '1-1')).toMatchObject({ kind: 'inserted', source: { proposal: 'us', num: '2' } });
  });

  test('the draft codes every issue of the package and revises the base', () => {
    const draft = draftOf(smallCase(), 'e3', pkg);
    const coded = codedPackage(draft.draft, smallCase().issues);
    expect(
      Object.fromEntries(
        [...coded].map(([issue, c]) => [
          issue,
          possibleOptions(c)!
            .map((o) => o.id)
            .join('|'),
        ]),
      ),
    ).toEqual(pkg);
    expect(draft.draft).toMatchObject({
      id: 'bridge-e3',
      revises: 'e3',
      visibility: 'private',
      preamble: 'E3 counter-proposal',
    });
  });

  test('an infeasible package is drafted and every red line it breaks is flagged with its provision', () => {
    const draft = draftOf(smallCase(), 'e3', pkg);
    const broken = draft.flags.filter((f) => f.code === 'redline_violated');
    expect(broken.map((f) => [f.party, f.redline, f.provisions])).toEqual([
      ['ua', 'army-floor', ['2', '4']],
      ['ua', 'no-recognition', ['4']],
    ]);
    expect(broken[0]!.message).toBe(
      `Ukraine's red line “No cap below 800,000” is broken by provisions 2, 4: it would have to give way.`,
    );
    expect(draft.verdicts.map((v) => [v.party, v.verdict])).toEqual([
      ['ua', 'violated'],
      ['ru', 'satisfied'],
    ]);
  });

  test('an option no proposal codes becomes a marked placeholder in words from the option label', () => {
    const draft = draftOf(smallCase(), 'e3', { 'nato.membership': 'open', 'nato.enlargement': 'open-door' });
    expect(draft.draft.provisions.find((p) => p.num === '3')).toMatchObject({
      text: '[To be drafted: NATO membership — Open: no restriction; NATO enlargement — The door stays open]',
      codes: [
        { issue: 'nato.membership', option: 'open' },
        { issue: 'nato.enlargement', option: 'open-door' },
      ],
    });
    expect(draft.placeholders).toEqual(['3']);
    expect(draft.flags[0]).toMatchObject({ code: 'placeholder', provisions: ['3'] });
    expect(draft.flags[0]!.message).toBe(
      'provision 3: no other proposal words NATO membership: Open: no restriction; a placeholder states the position to be drafted',
    );
  });

  test('a provision that would code an issue against the package is never taken; the placeholder says why', () => {
    // us#5 is the only text recognising land de facto, but it also caps the army at 600,000.
    const draft = draftOf(smallCase(), 'e3', {
      'territory.recognition': 'de-facto',
      'military.cap': 'cap-800k',
    });
    expect(entry(draft, '4')).toMatchObject({ kind: 'placeholder', source: null, replaces: '4' });
    expect(draft.flags[0]).toMatchObject({ code: 'no_single_provision', provisions: ['4'] });
    expect(draft.flags[0]!.message).toContain(
      '(point 5 of us) also settles another issue against the package, so taking it would settle an issue two ways',
    );
  });

  test('an earlier bridging draft in the case is never a source of wording', () => {
    const c = smallCase();
    c.proposals.push({
      ...proposalOf(c, 'us'),
      id: 'bridge-old',
      status: 'bridging draft',
      provisions: [
        {
          num: '1',
          label: '1.',
          text: 'NATO is open.',
          codes: [{ issue: 'nato.membership', option: 'open' }],
        },
      ],
    });
    expect(draftOf(c, 'e3', { 'nato.membership': 'open' }).placeholders).toEqual(['3']);
  });

  test('a partial package leaves the issues it does not name as the base has them', () => {
    const draft = draftOf(smallCase(), 'e3', { 'military.cap': 'cap-600k' });
    expect(draft.provenance.map((e) => e.kind)).toEqual(['kept', 'replaced', 'kept', 'kept', 'kept']);
  });
});

describe('composeBridge refuses requests it cannot draft', () => {
  test('unknown issues and options are named with what would be right', () => {
    const result = composeBridge(smallCase(), {
      base: 'e3',
      package: { 'military.cpa': 'cap-600k', 'nato.membership': 'excluded' },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message, p.expected])).toEqual([
      [
        'unknown_issue',
        "'military.cpa' in the package is not an issue of case small (did you mean military.cap?)",
        undefined,
      ],
      [
        'unknown_option',
        "unknown option 'excluded' for issue nato.membership in the package",
        ['open', 'consensus', 'barred'],
      ],
    ]);
  });

  test('an unknown base, a base without codes and a case with one proposal are refused', () => {
    const c = smallCase();
    expect(composeBridge(c, { base: 'e4', package: {} })).toMatchObject({
      ok: false,
      problems: [
        { code: 'unknown_proposal', message: "'e4' is not a proposal of case small", expected: ['us', 'e3'] },
      ],
    });
    c.proposals[1]!.provisions.forEach((p) => (p.codes = []));
    expect(composeBridge(c, { base: 'e3', package: {} })).toMatchObject({
      ok: false,
      problems: [{ code: 'base_without_codes' }],
    });
    const alone = smallCase();
    alone.proposals = alone.proposals.filter((p) => p.id === 'e3');
    expect(composeBridge(alone, { base: 'e3', package: {} })).toMatchObject({
      ok: false,
      problems: [{ code: 'no_other_proposal' }],
    });
  });
});

test('a package that breaks a coherence rule of the case is refused, naming the rule in words', () => {
  const c = smallCase();
  c.coherence = [
    {
      id: 'barred-means-halt',
      text: 'Barring Ukraine goes with a halt to enlargement',
      rule: {
        if: { issue: 'nato.membership', in: ['barred'] },
        then: { issue: 'nato.enlargement', in: ['halt'] },
      },
    },
  ];
  const pkg = { 'nato.membership': 'barred', 'nato.enlargement': 'open-door' };
  expect(composeBridge(c, { base: 'e3', package: pkg })).toMatchObject({
    ok: false,
    problems: [
      {
        code: 'incoherent_package',
        message:
          "the package breaks the case's coherence rule 'barred-means-halt' (Barring Ukraine goes with a halt to enlargement): choose options that go together",
      },
    ],
  });
  expect(composeBridge(c, { base: 'e3', package: { ...pkg, 'nato.enlargement': 'halt' } }).ok).toBe(true);
});

describe('composeBridge on generated cases', () => {
  test('the draft codes every issue exactly as the package does, and the case with it stays valid', () => {
    fc.assert(
      fc.property(arbitraryDraftCase, ({ theCase, pkg }) => {
        const base = theCase.proposals[0]!;
        fc.pre(base.provisions.some((p) => p.codes.length > 0));
        const draft = draftOf(theCase, base.id, pkg);
        const coded = codedPackage(draft.draft, theCase.issues);
        for (const [issue, option] of Object.entries(pkg))
          expect(possibleOptions(coded.get(issue))?.map((o) => o.id)).toEqual([option]);
        expect(validateCase({ ...theCase, proposals: [...theCase.proposals, draft.draft] })).toEqual([]);
      }),
    );
  });

  test('untouched provisions are the base word for word and every other text is verbatim from its named source', () => {
    fc.assert(
      fc.property(arbitraryDraftCase, ({ theCase, pkg }) => {
        const base = theCase.proposals[0]!;
        fc.pre(base.provisions.some((p) => p.codes.length > 0));
        const draft = draftOf(theCase, base.id, pkg);
        draft.draft.provisions.forEach((provision, i) => {
          const from = draft.provenance[i]!;
          expect(from.num).toBe(provision.num);
          if (from.kind === 'placeholder') {
            expect(provision.text.startsWith('[To be drafted: ')).toBe(true);
            return;
          }
          const source = theCase.proposals
            .find((p) => p.id === from.source!.proposal)!
            .provisions.find((p) => p.num === from.source!.num)!;
          expect(provision.text).toBe(source.text);
          expect(provision.codes).toEqual(source.codes);
          if (from.kind === 'kept') expect(from.source!.proposal).toBe(base.id);
          else expect(from.source!.proposal).not.toBe(base.id);
        });
      }),
    );
  });

  test('every base provision keeps its number, its place and its label', () => {
    fc.assert(
      fc.property(arbitraryDraftCase, ({ theCase, pkg }) => {
        const base = theCase.proposals[0]!;
        fc.pre(base.provisions.some((p) => p.codes.length > 0));
        const draft = draftOf(theCase, base.id, pkg);
        const kept = draft.draft.provisions.filter((p) => base.provisions.some((b) => b.num === p.num));
        expect(kept.map((p) => [p.num, p.label, p.parent])).toEqual(
          base.provisions.map((p) => [p.num, p.label, p.parent]),
        );
        expect(new Set(nums(draft)).size).toBe(draft.draft.provisions.length);
      }),
    );
  });

  test("every party's verdict on the draft is its verdict on the package, red line by red line", () => {
    const withRedLines = arbitraryDraftCase.chain(({ theCase, pkg }) =>
      fc
        .array(
          fc.record({
            issue: fc.constantFrom(...theCase.issues),
            pick: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 4 },
        )
        .map((lines) => {
          const redlines = lines.map(({ issue, pick }, k) => {
            const allowed = issue.options.filter((_, i) => pick[i]).map((o) => o.id);
            return {
              id: `line-${k}`,
              text: `Line ${k}`,
              rule: { issue: issue.id, in: allowed.length > 0 ? allowed : [issue.options[0]!.id] },
            };
          });
          const parties = [{ id: 'ua', name: 'Ukraine', kind: 'party' as const }];
          return {
            theCase: {
              ...theCase,
              parties,
              positions: [{ party: 'ua', reservation: 0, weights: {}, utilities: {}, redlines }],
            },
            pkg,
          };
        }),
    );
    fc.assert(
      fc.property(withRedLines, ({ theCase, pkg }) => {
        const base = theCase.proposals[0]!;
        fc.pre(base.provisions.some((p) => p.codes.length > 0));
        const draft = draftOf(theCase, base.id, pkg);
        const coded = new Map<string, CodedOption>(
          theCase.issues.map((issue) => [
            issue.id,
            { option: issue.options.find((o) => o.id === pkg[issue.id])!, provisions: [] },
          ]),
        );
        const expected = theCase.positions[0]!.redlines.map(
          (r) => `${r.id}:${evaluateRule(r.rule, coded).verdict}`,
        );
        expect(draft.verdicts[0]!.redlines.map((r) => `${r.id}:${r.verdict}`)).toEqual(expected);
      }),
    );
  });
});

describe('drafts a mediator can table (issue #15)', () => {
  /** The us plan without its NATO point, in a case where silence on NATO membership means it is barred. */
  const silentCase = (): Case => {
    const c = smallCase();
    c.issues = c.issues.map((i) => (i.id === 'nato.membership' ? { ...i, whenSilent: 'barred' } : i));
    const us = proposalOf(c, 'us');
    us.provisions = us.provisions.filter((p) => p.num !== '4');
    return c;
  };

  test('a clause the base dropped does not come back when its silence already means the package’s option', () => {
    const draft = draftOf(silentCase(), 'us', { 'nato.membership': 'barred' });
    expect(draft.draft.provisions.some((p) => p.codes.some((c) => c.issue === 'nato.membership'))).toBe(
      false,
    );
    expect(draft.provenance.every((e) => e.kind === 'kept')).toBe(true);
    const coded = codedPackage(draft.draft, silentCase().issues).get('nato.membership');
    expect(coded).toMatchObject({ option: { id: 'barred' }, impliedBySilence: true });
  });

  test('it comes back when the package needs another option than silence gives', () => {
    const draft = draftOf(silentCase(), 'us', { 'nato.membership': 'consensus' });
    const coding = draft.draft.provisions.filter((p) => p.codes.some((c) => c.issue === 'nato.membership'));
    expect(coding.map((p) => p.codes)).toEqual([[{ issue: 'nato.membership', option: 'consensus' }]]);
  });

  test('a bracketed base provision on an issue the package fixes is replaced, never kept beside its replacement', () => {
    const c = smallCase();
    const e3 = proposalOf(c, 'e3');
    e3.provisions = e3.provisions.map((p) =>
      p.num === '2' ? { ...p, codes: [{ issue: 'military.cap', options: ['cap-800k', 'cap-600k'] }] } : p,
    );
    const draft = draftOf(c, 'e3', { 'military.cap': 'cap-600k' });
    const capped = draft.draft.provisions.filter((p) =>
      p.codes.some((code) => code.issue === 'military.cap'),
    );
    expect(capped.map((p) => [p.num, p.codes])).toEqual([
      ['2', [{ issue: 'military.cap', option: 'cap-600k' }]],
    ]);
    expect(entry(draft, '2')).toMatchObject({ kind: 'replaced', source: { proposal: 'us', num: '3' } });
  });

  test('a bracketed base provision on an issue the package leaves free is kept with its brackets', () => {
    const c = smallCase();
    const e3 = proposalOf(c, 'e3');
    e3.provisions = e3.provisions.map((p) =>
      p.num === '2' ? { ...p, codes: [{ issue: 'military.cap', options: ['cap-800k', 'cap-600k'] }] } : p,
    );
    const draft = draftOf(c, 'e3', { 'territory.recognition': 'none' });
    expect(entry(draft, '2')).toMatchObject({ kind: 'kept' });
    expect(draft.draft.provisions.find((p) => p.num === '2')?.codes).toEqual([
      { issue: 'military.cap', options: ['cap-800k', 'cap-600k'] },
    ]);
  });
});
