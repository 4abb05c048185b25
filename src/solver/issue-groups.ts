import type { SolverProblem } from './solver-problem.js';

/**
 * The issues in groups that no red line or coherence rule links (union–find over the issues each mentions), each
 * group ascending, groups by their first issue. A package keeps every red line exactly when each group's
 * part keeps the red lines on that group, so groups can be searched apart.
 */
export function groupsOfIssues(problem: SolverProblem): number[][] {
  const parent = problem.issues.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // A coherence rule links its issues like a red line: a package must obey it across the group.
  for (const redLine of [...problem.redLines, ...problem.coherence])
    for (const issue of redLine.issues.slice(1)) parent[find(issue)] = find(redLine.issues[0]!);
  const groups = new Map<number, number[]>();
  problem.issues.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/**
 * The red lines (indices into `problem.redLines`, ascending) split the same way: those on one group of
 * issues together, and those that depend on no issue (compiled to a constant) in one group of their own.
 * Groups with no red line are left out.
 * @example groupsOfRedLines(problem) // [[0, 1], [2, 3], [4]] for two independent collisions and a constant
 */
export function groupsOfRedLines(problem: SolverProblem): number[][] {
  const groupOf = new Map<number, number>();
  groupsOfIssues(problem).forEach((group, g) => group.forEach((issue) => groupOf.set(issue, g)));
  const byGroup = new Map<number, number[]>();
  problem.redLines.forEach((redLine, r) => {
    const key = redLine.issues.length === 0 ? -1 : groupOf.get(redLine.issues[0]!)!;
    const group = byGroup.get(key);
    if (group) group.push(r);
    else byGroup.set(key, [r]);
  });
  return [...byGroup.values()];
}
