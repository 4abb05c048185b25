/**
 * Exit statuses of the command-line contract (DESIGN.md: 0 success, 1 invalid input or findings, 2 usage).
 * `undecided` (a time limit stopped the search first) is a finding: scripts rely on there being only three.
 */
export const exitCodes = { ok: 0, findings: 1, invalid: 1, usage: 2, undecided: 1 } as const;
