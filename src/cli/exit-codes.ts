/** Exit statuses of the command-line contract (DESIGN.md); `undecided`: a time limit stopped the search first. */
export const exitCodes = { ok: 0, findings: 1, invalid: 1, usage: 2, undecided: 3 } as const;
