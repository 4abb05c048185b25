// The demo case `cases/ukraine-2025` as a whole: it loads, its proposals are the source texts verbatim with
// codes added, and the verdicts that its README defends are the ones Parley computes.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkCase, evaluateRule } from '../src/analysis/index.js';
import { compareProposals } from '../src/compare/index.js';
import type { CheckResult } from '../src/analysis/index.js';
import { caseFromFiles, caseToFiles, loadCase } from '../src/io/index.js';
import { formatCaseError } from '../src/model/index.js';
import type { Case, CodedPackage, Issue } from '../src/model/index.js';
import { solveCase } from '../src/solver/index.js';
import type { ConflictRef } from '../src/solver/index.js';
import { segmentText } from '../src/text/index.js';

const caseDir = fileURLToPath(new URL('../cases/ukraine-2025', import.meta.url));
const fixture = (path: string): Promise<string> =>
  readFile(new URL(`fixtures/${path}`, import.meta.url), 'utf8');
const proposalIds = ['us-28', 'e3-counter', 'istanbul-2022', 'framework-20'];

let ukraine: Case;

beforeAll(async () => {
  const loaded = await loadCase(caseDir);
  if (!loaded.ok)
    throw new Error(`the demo case does not load:\n${loaded.errors.map(formatCaseError).join('\n')}`);
  ukraine = loaded.value;
});

/** The row of the compliance matrix for one proposal and one party. */
function resultFor(proposal: string, party: string): CheckResult {
  const result = checkCase(ukraine).results.find((r) => r.proposal === proposal && r.party === party);
  if (!result) throw new Error(`no check result for ${proposal} × ${party}`);
  return result;
}

/** The verdict and evidence of one red line in one row, as `parley check --json` prints them. */
function redline(proposal: string, party: string, id: string): { verdict: string; evidence: string[] } {
  const found = resultFor(proposal, party).redlines.find((r) => r.id === id);
  if (!found) throw new Error(`party ${party} has no red line '${id}'`);
  return { verdict: found.verdict, evidence: found.evidence };
}

describe('the case folder', () => {
  test('has four parties, each with a position, and the United States as mediator', () => {
    expect(ukraine.parties.map((p) => p.id)).toEqual(['ua', 'ru', 'us', 'eu']);
    expect(ukraine.positions.map((p) => p.party).sort()).toEqual(['eu', 'ru', 'ua', 'us']);
    expect(ukraine.parties.find((p) => p.id === 'us')?.kind).toBe('mediator');
  });

  test('has at least fifteen issues, each in a group, with options that only the army cap values', () => {
    expect(ukraine.issues.length).toBeGreaterThanOrEqual(15);
    for (const issue of ukraine.issues) expect(issue.group, issue.id).toBeTruthy();
    const valued = ukraine.issues.filter((issue) => issue.options.some((o) => o.value !== undefined));
    expect(valued.map((issue) => issue.id)).toEqual(['military.cap']);
  });

  test('has the four proposals, e3-counter and the 20-point framework revising us-28', () => {
    expect(ukraine.proposals.map((p) => p.id).sort()).toEqual([...proposalIds].sort());
    expect(ukraine.proposals.find((p) => p.id === 'e3-counter')?.revises).toBe('us-28');
    expect(ukraine.proposals.find((p) => p.id === 'framework-20')).toMatchObject({
      revises: 'us-28',
      track: 'us-ua',
      date: '2025-12-24',
    });
  });

  test('keeps Ukraine’s Istanbul-era position as an earlier version, older than the current one', () => {
    expect(ukraine.earlierPositions?.map((p) => `${p.party}@${p.asOf}`)).toEqual(['ua@2022-03-29']);
    expect(ukraine.positions.find((p) => p.party === 'ua')?.asOf).toBe('2025-11-20');
  });

  test('states coherence rules that no party owns', () => {
    expect(ukraine.coherence.map((c) => c.id)).toEqual([
      'guarantee-needs-presence',
      'halted-enlargement-closes-the-door',
      'payment-needs-a-us-guarantee',
    ]);
  });

  test('gives every red line a quoted text and a source address', () => {
    for (const position of ukraine.positions)
      for (const line of position.redlines) {
        expect(line.text.length, `${position.party}/${line.id}`).toBeGreaterThan(20);
        expect(line.source, `${position.party}/${line.id}`).toMatch(/^https:\/\//);
      }
  });

  test('survives being written out and read back, apart from the text offsets', () => {
    const withoutOffsets = (value: unknown) =>
      JSON.stringify(value, (key, inner: unknown) => (key === 'start' || key === 'end' ? undefined : inner));
    const reread = caseFromFiles(caseToFiles(ukraine));
    expect(reread.ok && withoutOffsets(reread.value)).toBe(withoutOffsets(ukraine));
  });
});

describe('the proposals', () => {
  test.each(proposalIds)(
    '%s is the source text verbatim once front matter and code comments are removed',
    async (id) => {
      const coded = await readFile(`${caseDir}/proposals/${id}.md`, 'utf8');
      const body = coded.replace(/^---\n[\s\S]*?\n---\n/, '');
      const uncoded = body
        .split('\n')
        .filter((line) => !/^\s*<!-- parley: [^>]*-->$/.test(line))
        .join('\n');
      expect(uncoded).toBe(await fixture(`segment/${id}.md`));
    },
  );

  test.each(proposalIds)(
    '%s has exactly the numbered points of the source text, with the same wording',
    async (id) => {
      const source = segmentText(await fixture(`segment/${id}.md`)).provisions;
      const proposal = ukraine.proposals.find((p) => p.id === id);
      expect(proposal?.provisions.map((p) => [p.num, p.text])).toEqual(source.map((s) => [s.num, s.text]));
    },
  );

  test('us-28 and e3-counter use the labels of the ground-truth alignment', async () => {
    const alignment = JSON.parse(await fixture('compare/align-us28-e3.json')) as {
      pairs: { from: string | null; to: string | null }[];
    };
    const nums = (id: string) => ukraine.proposals.find((p) => p.id === id)?.provisions.map((p) => p.num);
    const froms = alignment.pairs.flatMap((pair) => (pair.from === null ? [] : [pair.from]));
    const tos = new Set(alignment.pairs.flatMap((pair) => (pair.to === null ? [] : [pair.to])));
    expect(nums('us-28')).toEqual(froms);
    expect(new Set(nums('e3-counter'))).toEqual(tos);
  });

  test('compare the same way as the raw source texts, since the codes change no word', async () => {
    const provisions = (id: string) => ukraine.proposals.find((p) => p.id === id)?.provisions ?? [];
    const raw = async (id: string) => segmentText(await fixture(`compare/${id}.md`)).provisions;
    const coded = compareProposals(provisions('us-28'), provisions('e3-counter')).pairs;
    const plain = compareProposals(await raw('us-28'), await raw('e3-counter')).pairs;
    // Issue codes are part of a pair's similarity when both texts are coded (docs/compare.md), and the ones
    // both sides share are named in its `why`; the raw texts code none, so those two alone differ: the same
    // pairs, kinds, redlines and reasons.
    const withoutCodes = (pairs: typeof coded) =>
      pairs.map(({ similarity: _, ...pair }) => ({ ...pair, why: pair.why && { ...pair.why, codes: [] } }));
    expect(withoutCodes(coded)).toEqual(withoutCodes(plain));
    const six = (pairs: typeof coded) => pairs.find((pair) => pair.from === '6');
    expect(six(coded)?.why?.codes).toContain('military.cap');
    expect(six(coded)?.similarity).toBeGreaterThan(six(plain)?.similarity ?? 1);
  });

  test('show the E3 edits as issue changes: the army cap rises to 800k on 6, and amnesty goes with point 26', () => {
    const provisions = (id: string) => ukraine.proposals.find((p) => p.id === id)?.provisions ?? [];
    const changes = compareProposals(provisions('us-28'), provisions('e3-counter')).issues ?? [];
    expect(changes.find((c) => c.issue === 'military.cap')).toMatchObject({
      from: 'cap-600k',
      to: 'cap-800k',
      fromProvisions: ['6'],
      toProvisions: ['6'],
    });
    expect(changes.find((c) => c.issue === 'amnesty')).toMatchObject({
      change: 'removed',
      from: 'full-amnesty',
    });
  });

  test('code an issue only where the text settles it: e3-counter leaves amnesty open after deleting point 26', () => {
    const codedIssues = (id: string) =>
      new Set(
        ukraine.proposals.find((p) => p.id === id)?.provisions.flatMap((p) => p.codes.map((c) => c.issue)),
      );
    expect(codedIssues('us-28').has('amnesty')).toBe(true);
    expect(codedIssues('e3-counter').has('amnesty')).toBe(false);
  });
});

describe('the verdicts the README defends', () => {
  test('us-28 violates Ukraine’s territorial red lines on 21a (recognition) and 21d (Donbas)', () => {
    expect(redline('us-28', 'ua', 'no-recognition')).toEqual({ verdict: 'violated', evidence: ['21a'] });
    expect(redline('us-28', 'ua', 'no-donbas-transfer')).toEqual({ verdict: 'violated', evidence: ['21d'] });
  });

  test('us-28 violates Ukraine’s army floor on 6, and e3-counter satisfies it on 6', () => {
    expect(redline('us-28', 'ua', 'army-floor')).toEqual({ verdict: 'violated', evidence: ['6'] });
    expect(redline('e3-counter', 'ua', 'army-floor')).toEqual({ verdict: 'satisfied', evidence: ['6'] });
  });

  test('us-28 violates the E3/EU lines on recognition, the army and NATO consent', () => {
    expect(redline('us-28', 'eu', 'no-recognition').verdict).toBe('violated');
    expect(redline('us-28', 'eu', 'defensible-army')).toEqual({ verdict: 'violated', evidence: ['6', '10'] });
    expect(redline('us-28', 'eu', 'nato-consent')).toEqual({ verdict: 'violated', evidence: ['3', '7'] });
  });

  test('us-28 satisfies every Russian red line, and e3-counter every E3/EU one', () => {
    expect(resultFor('us-28', 'ru').redlines.every((r) => r.verdict === 'satisfied')).toBe(true);
    expect(resultFor('e3-counter', 'eu').redlines.every((r) => r.verdict === 'satisfied')).toBe(true);
  });

  test('e3-counter violates Russia’s Donbas line on 21 and 28, and its NATO and troops lines on 7 and 8', () => {
    expect(redline('e3-counter', 'ru', 'donbas-before-ceasefire')).toEqual({
      verdict: 'violated',
      evidence: ['21', '28'],
    });
    expect(redline('e3-counter', 'ru', 'neutrality')).toEqual({ verdict: 'violated', evidence: ['7'] });
    expect(redline('e3-counter', 'ru', 'no-nato-troops')).toEqual({ verdict: 'violated', evidence: ['8'] });
  });

  test('e3-counter still violates Ukraine’s ZNPP line, because the E3 kept point 19', () => {
    expect(redline('e3-counter', 'ua', 'no-russian-role-at-znpp')).toEqual({
      verdict: 'violated',
      evidence: ['19'],
    });
  });

  test('e3-counter meets Ukraine’s amnesty line by silence: point 26 is gone and no amnesty is the default', () => {
    const found = resultFor('e3-counter', 'ua').redlines.find((r) => r.id === 'no-blanket-amnesty');
    expect(found).toMatchObject({ verdict: 'satisfied', evidence: [], impliedBySilence: ['amnesty'] });
    expect(resultFor('e3-counter', 'ua').openIssues).not.toContain('amnesty');
  });

  test('each proposal is worth more to its author than to the side it answers', () => {
    expect(resultFor('us-28', 'us').utility).toBeGreaterThan(resultFor('e3-counter', 'us').utility);
    expect(resultFor('e3-counter', 'eu').utility).toBeGreaterThan(resultFor('us-28', 'eu').utility);
    expect(resultFor('us-28', 'ru').utility).toBeGreaterThan(resultFor('e3-counter', 'ru').utility);
    expect(resultFor('e3-counter', 'ua').utility).toBeGreaterThan(resultFor('us-28', 'ua').utility);
  });
});

describe('the 20-point framework of 24 December 2025', () => {
  test('leaves Ukraine’s Donbas and ZNPP lines open between its bracketed alternatives, ✓ if one, ✗ if the other', () => {
    expect(resultFor('framework-20', 'ua').redlines.find((r) => r.id === 'no-donbas-transfer')).toMatchObject(
      {
        verdict: 'open',
        alternatives: [
          { issue: 'territory.donbas', option: 'no-withdrawal', verdict: 'satisfied' },
          { issue: 'territory.donbas', option: 'free-economic-zone', verdict: 'violated' },
        ],
      },
    );
    expect(
      resultFor('framework-20', 'ua').redlines.find((r) => r.id === 'no-russian-role-at-znpp'),
    ).toMatchObject({
      verdict: 'open',
      alternatives: [
        { issue: 'znpp', option: 'us-ua-ru-joint', verdict: 'violated' },
        { issue: 'znpp', option: 'us-ua-joint-venture', verdict: 'satisfied' },
      ],
    });
  });

  test('meets Ukraine’s army, guarantee and amnesty lines, the last by silence', () => {
    expect(redline('framework-20', 'ua', 'army-floor')).toEqual({ verdict: 'satisfied', evidence: ['4'] });
    expect(redline('framework-20', 'ua', 'enforceable-guarantees')).toEqual({
      verdict: 'satisfied',
      evidence: ['5'],
    });
    expect(resultFor('framework-20', 'ua').redlines.find((r) => r.id === 'no-blanket-amnesty')).toMatchObject(
      {
        verdict: 'satisfied',
        evidence: [],
        impliedBySilence: ['amnesty'],
      },
    );
  });

  test('violates Russia’s Donbas line whichever alternative holds, since the ceasefire comes on agreement (20)', () => {
    expect(redline('framework-20', 'ru', 'donbas-before-ceasefire')).toEqual({
      verdict: 'violated',
      evidence: ['20'],
    });
  });

  test('scores its worst alternative as guaranteed and its best as best: the disputed points are worth 0 to 100 to Ukraine', () => {
    const ua = resultFor('framework-20', 'ua');
    expect(ua.openIssues).toEqual(expect.arrayContaining(['territory.donbas', 'znpp']));
    expect(ua.best).toBeGreaterThan(ua.utility);
  });

  test('breaks no coherence rule, nor does any other text of the case', () => {
    expect(checkCase(ukraine).incoherent).toEqual([]);
  });
});

describe('dated positions', () => {
  test('istanbul-2022 is judged against Ukraine’s position of March 2022 by default, and against today’s at --as-of latest', () => {
    const then = resultFor('istanbul-2022', 'ua');
    expect(then.asOf).toBe('2022-03-29');
    expect(then.verdict).toBe('satisfied');
    expect(then.redlines.map((r) => r.id)).toEqual(['no-recognition', 'enforceable-guarantees']);
    const now = checkCase(ukraine, { proposals: ['istanbul-2022'], parties: ['ua'], asOf: 'latest' })
      .results[0];
    expect(now?.asOf).toBe('2025-11-20');
    expect(now?.redlines.map((r) => r.id)).toContain('army-floor');
    expect(now?.verdict).toBe('open');
  });

  test('the texts of November and December 2025 are judged against the current position', () => {
    for (const id of ['us-28', 'e3-counter', 'framework-20'])
      expect(resultFor(id, 'ua').asOf).toBe('2025-11-20');
  });
});

describe('the territorial collision', () => {
  /** Every complete package over the given issues, as coded packages without provisions. */
  function packagesOver(issues: Issue[]): CodedPackage[] {
    return issues.reduce<CodedPackage[]>(
      (packages, issue) =>
        packages.flatMap((pkg) =>
          issue.options.map((option) => new Map([...pkg, [issue.id, { option, provisions: [] }]])),
        ),
      [new Map()],
    );
  }
  const rule = (party: string, id: string) => {
    const found = ukraine.positions.find((p) => p.party === party)?.redlines.find((r) => r.id === id);
    if (!found) throw new Error(`party ${party} has no red line '${id}'`);
    return found.rule;
  };
  const issues = (...ids: string[]) => ukraine.issues.filter((issue) => ids.includes(issue.id));

  test('no option for Donbas and the ceasefire satisfies both Ukraine and Russia', () => {
    const packages = packagesOver(issues('territory.donbas', 'ceasefire'));
    expect(packages).toHaveLength(10);
    for (const pkg of packages) {
      const both = [rule('ua', 'no-donbas-transfer'), rule('ru', 'donbas-before-ceasefire')].map(
        (r) => evaluateRule(r, pkg).verdict,
      );
      expect(both).toContain('violated');
    }
  });

  test('no recognition option satisfies both Russia and the E3/EU', () => {
    for (const pkg of packagesOver(issues('territory.recognition'))) {
      const both = [rule('eu', 'no-recognition'), rule('ru', 'recognition')].map(
        (r) => evaluateRule(r, pkg).verdict,
      );
      expect(both).toContain('violated');
    }
  });

  test('the solver finds no feasible package, these three conflicts and two relaxations of cost 8', () => {
    const names = (sets: ConflictRef[][]) =>
      sets
        .map((set) => set.map((r) => ('coherence' in r ? r.coherence : `${r.party}:${r.redline}`)).sort())
        .sort();
    const report = solveCase(ukraine);
    expect(report.feasible).toBe(false);
    expect(names(report.conflicts)).toEqual(
      names([
        [
          { party: 'ua', redline: 'no-recognition' },
          { party: 'ru', redline: 'recognition' },
        ],
        [
          { party: 'eu', redline: 'no-recognition' },
          { party: 'ru', redline: 'recognition' },
        ],
        [
          { party: 'ua', redline: 'no-donbas-transfer' },
          { party: 'ru', redline: 'donbas-before-ceasefire' },
        ],
      ]),
    );
    expect(names(report.relaxations)).toEqual(
      names([
        [
          { party: 'ru', redline: 'donbas-before-ceasefire' },
          { party: 'ru', redline: 'recognition' },
        ],
        [
          { party: 'ua', redline: 'no-donbas-transfer' },
          { party: 'ru', redline: 'recognition' },
        ],
      ]),
    );
    expect(report.relaxationCost).toBe(8);
  });
});
