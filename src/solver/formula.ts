import type { Issue, Rule } from '../model/index.js';

/**
 * A red-line rule compiled for search: negation pushed down to the leaves (negation normal form), and every
 * leaf turned into "issue i takes one of the options in `mask`" (bit o of `mask` is option o of issue i, in
 * the case's option order). `if a then b` becomes `any(not a, b)`; `not` of a leaf is the complement mask, so
 * an option without a `value` fails `min`/`max` and passes `not min`/`not max` (DESIGN.md, rule grammar).
 */
export type Formula =
  | { kind: 'lit'; issue: number; mask: number }
  | { kind: 'and'; children: Formula[] }
  | { kind: 'or'; children: Formula[] }
  | { kind: 'const'; value: boolean };

/** Three-valued truth of a formula on per-issue domains: 1 holds for every completion, 0 for none, -1 open. */
export type Truth = 0 | 1 | -1;

const TRUE: Formula = { kind: 'const', value: true };
const FALSE: Formula = { kind: 'const', value: false };

/** The mask with every option of an issue of `size` options. */
export const fullMask = (size: number): number => (size >= 31 ? 0x7fffffff : (1 << size) - 1);

function leafMask(issue: Issue, rule: Rule): number {
  let mask = 0;
  issue.options.forEach((option, index) => {
    let holds: boolean;
    if ('in' in rule) holds = rule.in.includes(option.id);
    else if ('notIn' in rule) holds = !rule.notIn.includes(option.id);
    else if ('min' in rule) holds = option.value !== undefined && option.value >= rule.min;
    else if ('max' in rule) holds = option.value !== undefined && option.value <= rule.max;
    else throw new Error('leafMask called on a compound rule');
    if (holds) mask |= 1 << index;
  });
  return mask;
}

function literal(issue: number, mask: number, size: number): Formula {
  if (mask === 0) return FALSE;
  if (mask === fullMask(size)) return TRUE;
  return { kind: 'lit', issue, mask };
}

function junction(kind: 'and' | 'or', parts: Formula[]): Formula {
  const absorbing = kind === 'or';
  const children: Formula[] = [];
  for (const part of parts) {
    if (part.kind === 'const') {
      if (part.value === absorbing) return part;
      continue;
    }
    if (part.kind === kind) children.push(...part.children);
    else children.push(part);
  }
  if (children.length === 0) return absorbing ? FALSE : TRUE;
  if (children.length === 1) return children[0]!;
  return { kind, children };
}

/**
 * Compiles a rule over the case's issues (in case order) into a simplified negation-normal formula.
 * Throws on an issue the case does not have: `io` validates cross-references before the solver runs.
 * @example compileRule({ issue: 'military.cap', min: 800000 }, issues) // { kind: 'lit', issue: 0, mask: 0b011 }
 */
export function compileRule(rule: Rule, issues: readonly Issue[], negated = false): Formula {
  if ('issue' in rule) {
    const index = issues.findIndex((issue) => issue.id === rule.issue);
    if (index < 0) throw new Error(`rule names issue '${rule.issue}', which the case does not have`);
    const issue = issues[index]!;
    const mask = leafMask(issue, rule);
    const size = issue.options.length;
    return literal(index, negated ? fullMask(size) & ~mask : mask, size);
  }
  if ('all' in rule)
    return junction(
      negated ? 'or' : 'and',
      rule.all.map((r) => compileRule(r, issues, negated)),
    );
  if ('any' in rule)
    return junction(
      negated ? 'and' : 'or',
      rule.any.map((r) => compileRule(r, issues, negated)),
    );
  if ('not' in rule) return compileRule(rule.not, issues, !negated);
  // if a then b  ≡  ¬a ∨ b;   ¬(if a then b)  ≡  a ∧ ¬b
  if (negated)
    return junction('and', [compileRule(rule.if, issues, false), compileRule(rule.then, issues, true)]);
  return junction('or', [compileRule(rule.if, issues, true), compileRule(rule.then, issues, false)]);
}

/** Every issue index a formula mentions, ascending. */
export function issuesOfFormula(formula: Formula): number[] {
  const seen = new Set<number>();
  const visit = (f: Formula): void => {
    if (f.kind === 'lit') seen.add(f.issue);
    else if (f.kind !== 'const') f.children.forEach(visit);
  };
  visit(formula);
  return [...seen].sort((a, b) => a - b);
}

/**
 * Truth of a formula when issue i may still take any option in `domains[i]`. Exact on complete packages
 * (every domain a single bit); on partial ones `1`/`0` are certain and `-1` means it depends on the rest.
 */
export function evaluateFormula(formula: Formula, domains: Int32Array): Truth {
  switch (formula.kind) {
    case 'lit': {
      const domain = domains[formula.issue]!;
      if ((domain & ~formula.mask) === 0) return 1;
      return (domain & formula.mask) === 0 ? 0 : -1;
    }
    case 'const':
      return formula.value ? 1 : 0;
    case 'and': {
      let truth: Truth = 1;
      for (const child of formula.children) {
        const t = evaluateFormula(child, domains);
        if (t === 0) return 0;
        if (t === -1) truth = -1;
      }
      return truth;
    }
    case 'or': {
      let truth: Truth = 0;
      for (const child of formula.children) {
        const t = evaluateFormula(child, domains);
        if (t === 1) return 1;
        if (t === -1) truth = -1;
      }
      return truth;
    }
  }
}

/**
 * Narrows `domains` in place so that `formula` can still hold, recording every changed issue in `changed`.
 * Sound, not complete: it removes only options that no satisfying completion uses (a literal under `and`
 * shrinks its issue's domain; an `or` with one child left open must take that child). Returns false when
 * the formula can no longer hold.
 */
export function enforceFormula(formula: Formula, domains: Int32Array, changed: number[]): boolean {
  switch (formula.kind) {
    case 'lit': {
      const before = domains[formula.issue]!;
      const after = before & formula.mask;
      if (after === 0) return false;
      if (after !== before) {
        domains[formula.issue] = after;
        changed.push(formula.issue);
      }
      return true;
    }
    case 'const':
      return formula.value;
    case 'and':
      for (const child of formula.children) if (!enforceFormula(child, domains, changed)) return false;
      return true;
    case 'or': {
      let open: Formula | undefined;
      let openCount = 0;
      for (const child of formula.children) {
        const t = evaluateFormula(child, domains);
        if (t === 1) return true;
        if (t === -1) {
          open = child;
          openCount++;
        }
      }
      if (openCount === 0) return false;
      if (openCount === 1) return enforceFormula(open!, domains, changed);
      return true;
    }
  }
}
