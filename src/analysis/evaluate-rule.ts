import type { CodedPackage, LeafRule, Option, Rule } from '../model/index.js';
import type { AlternativeVerdict, Finding, Verdict } from './finding.js';
import { sortProvisionNums } from './provision-order.js';

/**
 * Evaluates a red-line rule against a (possibly partial) package, in three-valued (Kleene) logic.
 *
 * - A leaf on an issue the package leaves open is `open` with no evidence. Otherwise `in` / `notIn` test
 *   the coded option's id and `min` / `max` its `value` (`Infinity` means no limit; an option without a
 *   value fails both), and the evidence is the provisions that code the issue.
 * - `all` is violated when any child is violated (evidence: the violated children's), satisfied when all
 *   are (evidence: everyone's), and open otherwise (evidence: the satisfied children's — the part already
 *   settled, possibly empty). `any` is the dual: satisfied by its satisfied children, violated with
 *   everyone's evidence, open with the violated children's.
 * - `not` swaps satisfied and violated and keeps the evidence; `if a then b` is `any(not a, b)`.
 *
 * So a package that codes every issue of the rule never gives `open`, and coding more issues never turns
 * one decided verdict into the other.
 * - An issue coded with alternatives (`amnesty=none|blanket`) decides a leaf when the leaf has the same verdict
 *   for every listed option, and leaves it `open` otherwise; either way the evidence is the provisions that
 *   list the alternatives.
 * - An issue read from the proposal's silence (`impliedBySilence`) decides a leaf like a coded one but has no
 *   provision to cite; it travels with the evidence as `impliedBySilence: [issue]`, a field present only
 *   when some part of the deciding evidence comes from silence.
 * @example evaluateRule({ issue: 'military.cap', min: 800_000 }, pkg) // { verdict: 'violated', evidence: ['6'] } when 6 caps at 600k
 */
export function evaluateRule(rule: Rule, pkg: CodedPackage): Finding {
  if ('all' in rule) return every(rule.all.map((child) => evaluateRule(child, pkg)));
  if ('any' in rule) return some(rule.any.map((child) => evaluateRule(child, pkg)));
  if ('not' in rule) return negate(evaluateRule(rule.not, pkg));
  if ('if' in rule) return some([negate(evaluateRule(rule.if, pkg)), evaluateRule(rule.then, pkg)]);
  const coded = pkg.get(rule.issue);
  if (!coded) return { verdict: 'open', evidence: [] };
  if ('alternatives' in coded) {
    const holding = coded.alternatives.filter((option) => holds(rule, option)).length;
    const verdict = holding === coded.alternatives.length ? 'satisfied' : holding === 0 ? 'violated' : 'open';
    return { verdict, evidence: sortProvisionNums(coded.provisions) };
  }
  const verdict = holds(rule, coded.option) ? 'satisfied' : 'violated';
  if (coded.impliedBySilence) return { verdict, evidence: [], impliedBySilence: [rule.issue] };
  return { verdict, evidence: sortProvisionNums(coded.provisions) };
}

/** Whether a leaf rule holds for a coded option (both sides known). */
function holds(rule: LeafRule, option: Option): boolean {
  if ('in' in rule) return rule.in.includes(option.id);
  if ('notIn' in rule) return !rule.notIn.includes(option.id);
  if (option.value === undefined) return false;
  if ('min' in rule) return option.value >= rule.min;
  return option.value <= rule.max;
}

/**
 * Whether each red line is kept by one package, remembered by the red line itself: many samples of a case
 * keep its red-line objects, so each is evaluated once per package however often it is asked.
 * @example const keeps = redLinesKeptBy(pkg); position.redlines.every(keeps)
 */
export function redLinesKeptBy(pkg: CodedPackage): (redline: { rule: Rule }) => boolean {
  const kept = new Map<{ rule: Rule }, boolean>();
  return (redline) => {
    let verdict = kept.get(redline);
    if (verdict === undefined)
      kept.set(redline, (verdict = evaluateRule(redline.rule, pkg).verdict === 'satisfied'));
    return verdict;
  };
}

/** Three-valued AND that keeps the evidence behind the deciding verdict (see `evaluateRule`). */
function every(findings: Finding[]): Finding {
  const findingOf = (verdict: Verdict, from?: Verdict): Finding => {
    const deciding = findings.filter((f) => from === undefined || f.verdict === from);
    const evidence = sortProvisionNums(deciding.flatMap((f) => f.evidence));
    const silent = [...new Set(deciding.flatMap((f) => f.impliedBySilence ?? []))];
    return silent.length > 0 ? { verdict, evidence, impliedBySilence: silent } : { verdict, evidence };
  };
  if (findings.some((f) => f.verdict === 'violated')) return findingOf('violated', 'violated');
  if (findings.some((f) => f.verdict === 'open')) return findingOf('open', 'satisfied');
  return findingOf('satisfied');
}

/** Three-valued OR, by De Morgan: any(xs) = not(all(not xs)). */
function some(findings: Finding[]): Finding {
  return negate(every(findings.map(negate)));
}

function negate(finding: Finding): Finding {
  const flipped: Record<Verdict, Verdict> = { satisfied: 'violated', violated: 'satisfied', open: 'open' };
  return { ...finding, verdict: flipped[finding.verdict] };
}

/**
 * The open issues that keep a rule `open` in this package, in first-mention order: an uncoded issue under
 * a branch that is already decided is left out, since settling it would not change the verdict. Empty
 * when the rule is decided.
 * @example openIssuesOf({ all: [{ issue: 'nato.membership', in: ['excluded'] }, armyFloor] }, pkg) // ['nato.membership'] while NATO is uncoded and 6 meets the floor
 */
export function openIssuesOf(rule: Rule, pkg: CodedPackage): string[] {
  if (evaluateRule(rule, pkg).verdict !== 'open') return [];
  if ('issue' in rule) return [rule.issue];
  const children =
    'all' in rule ? rule.all : 'any' in rule ? rule.any : 'not' in rule ? [rule.not] : [rule.if, rule.then];
  return [...new Set(children.flatMap((child) => openIssuesOf(child, pkg)))];
}

/**
 * What an open rule would become under each alternative that keeps it open: for every issue of
 * `openIssuesOf` that the package codes with alternatives, the rule's verdict with that issue fixed at each
 * listed option in turn (other issues as they are). Empty when the rule is decided or only uncoded issues keep
 * it open.
 * @example alternativeVerdicts(noAmnesty, pkg) // [{ issue: 'amnesty', option: 'none', verdict: 'satisfied' }, { issue: 'amnesty', option: 'blanket', verdict: 'violated' }]
 */
export function alternativeVerdicts(rule: Rule, pkg: CodedPackage): AlternativeVerdict[] {
  return openIssuesOf(rule, pkg).flatMap((issue) => {
    const coded = pkg.get(issue);
    if (!coded || !('alternatives' in coded)) return [];
    return coded.alternatives.map((option) => {
      const fixed = new Map(pkg).set(issue, { option, provisions: coded.provisions });
      return { issue, option: option.id, verdict: evaluateRule(rule, fixed).verdict };
    });
  });
}
