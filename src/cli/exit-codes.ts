/** Exit statuses of the command-line contract (DESIGN.md). */
export const exitCodes = { ok: 0, findings: 1, invalid: 1, usage: 2 } as const;
