// Fixtures for the draft tests: a small case in the shape of the demo, and an arbitrary of generated cases.
import fc from 'fast-check';
import { Case } from '../model/index.js';
import type { Proposal } from '../model/index.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';

/**
 * Four issues, a European-style base (`e3`) and a US-style text (`us`) whose point 5 codes two issues, so
 * that some packages can only be reached with a placeholder. Ukraine's red lines mirror the demo case.
 * Tests read the texts, the NATO titles and labels (placeholders are worded from them), Ukraine's name,
 * the text of army-floor and e3's preamble; the case id `small` appears in messages.
 */
export const smallCase = (): Case =>
  buildCase({
    id: 'small',
    parties: [buildParty('ua', { name: 'Ukraine' }), buildParty('ru')],
    issues: [
      buildIssue('military.cap', [
        ['none', Infinity],
        ['cap-800k', 800_000],
        ['cap-600k', 600_000],
      ]),
      buildIssue(
        'nato.membership',
        [
          { id: 'open', label: 'Open: no restriction' },
          { id: 'consensus', label: 'Left to a consensus of NATO members' },
          { id: 'barred', label: 'Ruled out' },
        ],
        { title: 'NATO membership' },
      ),
      buildIssue(
        'nato.enlargement',
        [
          { id: 'open-door', label: 'The door stays open' },
          { id: 'halt', label: 'NATO stops enlarging' },
        ],
        { title: 'NATO enlargement' },
      ),
      buildIssue('territory.recognition', ['none', 'de-facto']),
    ],
    proposals: [
      buildProposal(
        'us',
        [
          buildProvision('1', "Ukraine's sovereignty is confirmed."),
          buildProvision('2', 'NATO stops enlarging.', { 'nato.enlargement': 'halt' }),
          buildProvision('3', "Ukraine's armed forces are capped at 600,000 personnel.", {
            'military.cap': 'cap-600k',
          }),
          buildProvision('4', 'Ukraine renounces NATO membership in its constitution.', {
            'nato.membership': 'barred',
          }),
          buildProvision(
            '5',
            'Crimea and Donbas are recognised as Russian de facto, and the army stays at 600,000.',
            {
              'territory.recognition': 'de-facto',
              'military.cap': 'cap-600k',
            },
          ),
        ],
        { authors: ['ru'] },
      ),
      buildProposal(
        'e3',
        [
          buildProvision('1', "Ukraine's sovereignty is confirmed."),
          buildProvision('2', "Ukraine's armed forces are capped at 800,000 personnel in peacetime.", {
            'military.cap': 'cap-800k',
          }),
          buildProvision(
            '3',
            'NATO accession depends on a consensus of its members, and its door stays open.',
            {
              'nato.membership': 'consensus',
              'nato.enlargement': 'open-door',
            },
          ),
          buildProvision('4', 'Territorial questions are settled without recognising any annexation.', {
            'territory.recognition': 'none',
          }),
          buildProvision('4a', 'Talks start from the line of contact.', {}, { parent: '4' }),
        ],
        { authors: ['ua'], revises: 'us', preamble: 'E3 counter-proposal' },
      ),
    ],
    positions: [
      buildPosition('ua', {
        redlines: [
          buildRedLine(
            'army-floor',
            { issue: 'military.cap', min: 800_000 },
            { text: 'No cap below 800,000' },
          ),
          buildRedLine('no-recognition', { issue: 'territory.recognition', in: ['none'] }),
        ],
      }),
      buildPosition('ru', {
        redlines: [buildRedLine('no-nato', { issue: 'nato.membership', in: ['barred'] })],
      }),
    ],
  });

/** A proposal of a case by id; a missing one is a broken fixture. */
export function proposalOf(theCase: Case, id: string): Proposal {
  const found = theCase.proposals.find((p) => p.id === id);
  if (!found) throw new Error(`fixture has no proposal ${id}`);
  return found;
}

const words = ['ceasefire', 'army', 'border', 'assets', 'elections', 'sanctions', 'guarantee', 'prisoners'];

/**
 * Generated cases: 2–5 issues of 2–3 options, 2–4 proposals of 1–6 top-level points (some with lettered
 * sub-points), each proposal coding each issue at most one way and each provision 0–2 issues; with a
 * complete package over the case's issues.
 */
export const arbitraryDraftCase: fc.Arbitrary<{ theCase: Case; pkg: Record<string, string> }> = fc
  .record({ issueCount: fc.integer({ min: 2, max: 5 }), proposalCount: fc.integer({ min: 2, max: 4 }) })
  .chain(({ issueCount, proposalCount }) => {
    const issues = Array.from({ length: issueCount }, (_, i) => ({
      id: `issue-${i}`,
      title: `Issue ${i}`,
      options: ['a', 'b', 'c']
        .slice(0, 2 + (i % 2))
        .map((o) => ({ id: `${o}`, label: `Option ${o} of issue ${i}` })),
    }));
    const optionOf = (i: number) => fc.constantFrom(...issues[i]!.options.map((o) => o.id));
    const stance = fc.tuple(...issues.map((_, i) => optionOf(i)));
    const point = fc.record({
      issues: fc.subarray(
        issues.map((_, i) => i),
        { maxLength: 2 },
      ),
      word: fc.constantFrom(...words),
      subPoints: fc.integer({ min: 0, max: 2 }),
    });
    const proposal = fc.record({ stance, points: fc.array(point, { minLength: 1, maxLength: 6 }) });
    return fc
      .record({
        proposals: fc.array(proposal, { minLength: proposalCount, maxLength: proposalCount }),
        pkg: stance,
      })
      .map(({ proposals, pkg }) => {
        const theCase = Case.parse({
          id: 'generated',
          title: 'Generated case',
          issues,
          proposals: proposals.map((p, k) => ({
            id: `p${k}`,
            title: `Proposal ${k}`,
            provisions: p.points.flatMap((pt, n) => {
              const num = String(n + 1);
              const codes = Object.fromEntries(pt.issues.map((i) => [`issue-${i}`, p.stance[i]!]));
              const text = `Point ${num} of proposal ${k} on the ${pt.word}.`;
              const subs = Array.from({ length: pt.subPoints }, (_, s) =>
                buildProvision(
                  `${num}${'ab'[s]}`,
                  `Detail ${s} of point ${num} in proposal ${k}.`,
                  {},
                  { parent: num },
                ),
              );
              return [buildProvision(num, text, codes), ...subs];
            }),
          })),
        });
        return { theCase, pkg: Object.fromEntries(issues.map((issue, i) => [issue.id, pkg[i]!])) };
      });
  });
