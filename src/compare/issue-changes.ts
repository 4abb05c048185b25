import { optionsOfCode } from '../model/index.js';
import type { ComparableProvision, IssueChange, ProvisionPair } from './comparison.js';

interface Coding {
  options: string[];
  provisions: string[];
}

/**
 * Issue-level change summary between two coded proposals, or `undefined` when either side has no codes at
 * all (then nothing can be said about issues). An issue coded with several options in one proposal is
 * reported by its options joined with `|`. Sorted by issue id (`<`/`>`); unchanged issues are left out.
 * An issue that A codes and B does not is `removed` when, in the alignment `pairs`, no provision of A that
 * coded it has a counterpart in B (the clause was deleted), and `opened` when one has (the clause stays but
 * no longer settles the issue); without `pairs` every such issue is `opened`.
 * @example summarizeIssueChanges(us28, e3) // [{ issue: 'military.cap', change: 'changed', from: 'cap-600k', to: 'cap-800k', fromProvisions: ['6'], toProvisions: ['6'] }, …]
 */
export function summarizeIssueChanges(
  a: readonly ComparableProvision[],
  b: readonly ComparableProvision[],
  pairs?: readonly ProvisionPair[],
): IssueChange[] | undefined {
  const codingA = codingsOf(a);
  const codingB = codingsOf(b);
  if (codingA.size === 0 || codingB.size === 0) return undefined;
  const issues = [...new Set([...codingA.keys(), ...codingB.keys()])].sort((x, y) =>
    x < y ? -1 : x > y ? 1 : 0,
  );
  const kept = new Set(pairs?.filter((pair) => pair.from !== null && pair.to !== null).map((p) => p.from));
  const out: IssueChange[] = [];
  for (const issue of issues) {
    const x = codingA.get(issue);
    const y = codingB.get(issue);
    const from = x ? x.options.join('|') : null;
    const to = y ? y.options.join('|') : null;
    if (from === to) continue;
    const isDeleted = pairs !== undefined && x !== undefined && x.provisions.every((num) => !kept.has(num));
    const change = from === null ? 'addressed' : to !== null ? 'changed' : isDeleted ? 'removed' : 'opened';
    out.push({
      issue,
      change,
      from,
      to,
      fromProvisions: x?.provisions ?? [],
      toProvisions: y?.provisions ?? [],
    });
  }
  return out;
}

function codingsOf(provisions: readonly ComparableProvision[]): Map<string, Coding> {
  const out = new Map<string, Coding>();
  for (const p of provisions) {
    for (const code of p.codes ?? []) {
      let coding = out.get(code.issue);
      if (!coding) out.set(code.issue, (coding = { options: [], provisions: [] }));
      for (const option of optionsOfCode(code))
        if (!coding.options.includes(option)) coding.options.push(option);
      if (!coding.provisions.includes(p.num)) coding.provisions.push(p.num);
    }
  }
  for (const coding of out.values()) coding.options.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return out;
}
