import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CodedPackage, Rule } from '../model/index.js';
import { evaluateRule, openIssuesOf } from './evaluate-rule.js';
import {
  arbitraryCompletePackage,
  arbitraryPartAndWhole,
  arbitraryRule,
  packageOf,
} from './fixtures.test-support.js';

// us-28 in miniature: point 6 caps the army at 600k, 21a and 21d recognise land de facto, NATO is open.
const us28 = packageOf({
  'military.cap': ['cap-600k', '6'],
  'territory.recognition': ['de-facto', '21d', '21a'],
});
const armyFloor: Rule = { issue: 'military.cap', min: 800_000 };
const noCeding: Rule = { issue: 'territory.recognition', in: ['none'] };
const noNato: Rule = { issue: 'nato.membership', in: ['excluded'] };

describe('leaves', () => {
  test('a floor above the coded cap is violated, with the provision as evidence', () => {
    expect(evaluateRule(armyFloor, us28)).toEqual({ verdict: 'violated', evidence: ['6'] });
  });

  test('a floor at or below the coded cap is satisfied', () => {
    expect(evaluateRule({ issue: 'military.cap', min: 600_000 }, us28)).toEqual({
      verdict: 'satisfied',
      evidence: ['6'],
    });
  });

  test('no cap (value .inf) passes any floor and fails any finite ceiling', () => {
    const noCap = packageOf({ 'military.cap': ['none', '6'] });
    expect(evaluateRule({ issue: 'military.cap', min: 1e12 }, noCap).verdict).toBe('satisfied');
    expect(evaluateRule({ issue: 'military.cap', max: 1e12 }, noCap).verdict).toBe('violated');
  });

  test('an option without a value fails both min and max', () => {
    const unclear = packageOf({ 'military.cap': ['unclear', '6'] });
    expect(evaluateRule({ issue: 'military.cap', min: 0 }, unclear).verdict).toBe('violated');
    expect(evaluateRule({ issue: 'military.cap', max: Infinity }, unclear).verdict).toBe('violated');
  });

  test('in and notIn test the coded option, citing every provision that codes it in document order', () => {
    expect(evaluateRule(noCeding, us28)).toEqual({ verdict: 'violated', evidence: ['21a', '21d'] });
    expect(evaluateRule({ issue: 'territory.recognition', notIn: ['de-jure'] }, us28).verdict).toBe(
      'satisfied',
    );
  });

  test('a rule on an issue the proposal leaves open is open, with no evidence', () => {
    expect(evaluateRule(noNato, us28)).toEqual({ verdict: 'open', evidence: [] });
  });
});

describe('connectives, worked by hand', () => {
  test('all: one violated child decides, and only the violated children are cited', () => {
    // satisfied(6) ∧ violated(21a, 21d) ∧ open → violated, evidence 21a, 21d
    const rule: Rule = { all: [{ issue: 'military.cap', max: 600_000 }, noCeding, noNato] };
    expect(evaluateRule(rule, us28)).toEqual({ verdict: 'violated', evidence: ['21a', '21d'] });
  });

  test('all: satisfied and open children make it open, citing the part already settled', () => {
    // satisfied(6) ∧ open → open, evidence 6
    expect(evaluateRule({ all: [{ issue: 'military.cap', max: 600_000 }, noNato] }, us28)).toEqual({
      verdict: 'open',
      evidence: ['6'],
    });
  });

  test('all: every child satisfied cites them all', () => {
    const rule: Rule = { all: [{ issue: 'military.cap', max: 600_000 }, { not: noCeding }] };
    expect(evaluateRule(rule, us28)).toEqual({ verdict: 'satisfied', evidence: ['6', '21a', '21d'] });
  });

  test('any: one satisfied child decides, citing only the satisfied children', () => {
    // violated(6) ∨ open ∨ satisfied(21a, 21d) → satisfied, evidence 21a, 21d
    const rule: Rule = { any: [armyFloor, noNato, { not: noCeding }] };
    expect(evaluateRule(rule, us28)).toEqual({ verdict: 'satisfied', evidence: ['21a', '21d'] });
  });

  test('any: every child violated cites them all', () => {
    expect(evaluateRule({ any: [armyFloor, noCeding] }, us28)).toEqual({
      verdict: 'violated',
      evidence: ['6', '21a', '21d'],
    });
  });

  test('any: violated and open children make it open, citing the violated ones', () => {
    expect(evaluateRule({ any: [armyFloor, noNato] }, us28)).toEqual({ verdict: 'open', evidence: ['6'] });
  });

  test('if-then: a false condition satisfies the rule, citing the condition', () => {
    // ¬(de-jure) is satisfied by 21a, 21d → the implication holds whatever NATO is
    const rule: Rule = { if: { issue: 'territory.recognition', in: ['de-jure'] }, then: noNato };
    expect(evaluateRule(rule, us28)).toEqual({ verdict: 'satisfied', evidence: ['21a', '21d'] });
  });

  test('if-then: a true condition with a violated consequence is violated, citing both', () => {
    const rule: Rule = { if: { issue: 'territory.recognition', in: ['de-facto'] }, then: armyFloor };
    expect(evaluateRule(rule, us28)).toEqual({ verdict: 'violated', evidence: ['6', '21a', '21d'] });
  });
});

describe('laws of three-valued logic', () => {
  const verdictOf = (rule: Rule, pkg: CodedPackage) => evaluateRule(rule, pkg).verdict;
  const anyPackage = arbitraryPartAndWhole.map(([part]) => part);

  test('not(not r) has the verdict and evidence of r', () => {
    fc.assert(
      fc.property(arbitraryRule, anyPackage, (r, pkg) => {
        expect(evaluateRule({ not: { not: r } }, pkg)).toEqual(evaluateRule(r, pkg));
      }),
    );
  });

  test('not(all(a, b)) is any(not a, not b), and not(any(a, b)) is all(not a, not b)', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryRule, anyPackage, (a, b, pkg) => {
        expect(evaluateRule({ not: { all: [a, b] } }, pkg)).toEqual(
          evaluateRule({ any: [{ not: a }, { not: b }] }, pkg),
        );
        expect(evaluateRule({ not: { any: [a, b] } }, pkg)).toEqual(
          evaluateRule({ all: [{ not: a }, { not: b }] }, pkg),
        );
      }),
    );
  });

  test('if a then b is any(not a, b)', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryRule, anyPackage, (a, b, pkg) => {
        expect(evaluateRule({ if: a, then: b }, pkg)).toEqual(evaluateRule({ any: [{ not: a }, b] }, pkg));
      }),
    );
  });

  test('a complete package never leaves a rule open', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryCompletePackage, (r, pkg) => {
        expect(verdictOf(r, pkg)).not.toBe('open');
      }),
    );
  });

  test('coding more issues never turns a decided verdict into the other one', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryPartAndWhole, (r, [part, whole]) => {
        const before = verdictOf(r, part);
        if (before !== 'open') expect(verdictOf(r, whole)).toBe(before);
      }),
    );
  });

  test('evidence is distinct, in document order, and drawn from the provisions that code the rule', () => {
    fc.assert(
      fc.property(arbitraryRule, anyPackage, (r, pkg) => {
        const { evidence } = evaluateRule(r, pkg);
        const cited = new Set([...pkg.values()].flatMap((coded) => coded.provisions));
        expect(new Set(evidence).size).toBe(evidence.length);
        for (const num of evidence) expect(cited.has(num)).toBe(true);
      }),
    );
  });

  test('a decided verdict on a coded package always has evidence', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryCompletePackage, (r, pkg) => {
        expect(evaluateRule(r, pkg).evidence.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('openIssuesOf', () => {
  test('names the open issues that keep a rule open, in first-mention order', () => {
    const rule: Rule = {
      all: [
        noNato,
        { issue: 'military.cap', max: 600_000 },
        { not: { issue: 'nato.membership', in: ['open'] } },
      ],
    };
    expect(openIssuesOf(rule, us28)).toEqual(['nato.membership']);
  });

  test('leaves out an open issue under a branch that is already decided', () => {
    // any(open NATO, satisfied cap) is satisfied whatever NATO becomes; only territory keeps the rule open
    const decidedBranch: Rule = { any: [noNato, { issue: 'military.cap', max: 600_000 }] };
    const openLeaf = packageOf({ 'military.cap': ['cap-600k', '6'] });
    expect(openIssuesOf({ all: [decidedBranch, noCeding] }, openLeaf)).toEqual(['territory.recognition']);
  });

  test('is empty for a decided rule and non-empty exactly when the rule is open', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryPartAndWhole, (r, [part]) => {
        const isOpen = evaluateRule(r, part).verdict === 'open';
        expect(openIssuesOf(r, part).length > 0).toBe(isOpen);
        for (const issueId of openIssuesOf(r, part)) expect(part.has(issueId)).toBe(false);
      }),
    );
  });
});

describe('silence', () => {
  /** The package with `issue` read from silence instead of coded: same option, no provisions. */
  const silentOn = (pkg: CodedPackage, issue: string): CodedPackage =>
    new Map(
      [...pkg].map(([id, coded]) => [
        id,
        id === issue && 'option' in coded
          ? { option: coded.option, provisions: [], impliedBySilence: true }
          : coded,
      ]),
    );

  test('a red line decided by silence cites no provision and names the silent issue', () => {
    const silentNato = silentOn(packageOf({ 'nato.membership': ['excluded', '7'] }), 'nato.membership');
    expect(evaluateRule(noNato, silentNato)).toEqual({
      verdict: 'satisfied',
      evidence: [],
      impliedBySilence: ['nato.membership'],
    });
  });

  test('only the silence that decided a verdict is named', () => {
    // violated(6) ∧ satisfied(silence on NATO) → violated by 6 alone
    const pkg = silentOn(
      packageOf({ 'military.cap': ['cap-600k', '6'], 'nato.membership': ['excluded', '7'] }),
      'nato.membership',
    );
    expect(evaluateRule({ all: [armyFloor, noNato] }, pkg)).toEqual({ verdict: 'violated', evidence: ['6'] });
  });

  test('reading an issue from silence changes no verdict, only where the evidence comes from', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryCompletePackage, fc.nat(2), (rule, pkg, k) => {
        const issue = [...pkg.keys()][k]!;
        const coded = evaluateRule(rule, pkg);
        const silent = evaluateRule(rule, silentOn(pkg, issue));
        expect(silent.verdict).toBe(coded.verdict);
        for (const num of silent.evidence) expect(coded.evidence).toContain(num);
        // Silence is named exactly when it took part in deciding; otherwise the evidence is untouched.
        if (silent.impliedBySilence) expect(silent.impliedBySilence).toEqual([issue]);
        else expect(silent.evidence).toEqual(coded.evidence);
      }),
    );
  });
});
