// How large a body each route reads (issue 10): a small limit everywhere, larger ones only where a route
// carries what needs them — structured case data, a proposal's text, an archive. One table, applied by
// `applyBodyLimit` as routes are registered, so a new route starts at the small limit unless listed here.
const kib = 1024;
const mib = 1024 * kib;

/** The tiers, in bytes of the body as sent. */
export const bodyLimits = {
  /** The two login routes take anonymous bodies: an e-mail and a password, or a link's token. */
  login: 16 * kib,
  /** Every other route unless listed: ids, options, settings, an account's fields. */
  small: 64 * kib,
  /** Case data: a set-up, a position, codes, packages, a list of many proposals or parties. */
  caseData: 1 * mib,
  /** A proposal's provisions (2,000 long ones are ~1 MB): as large as a pasted document may be. */
  document: 5 * mib,
  /** A case folder archive (tar, tar.gz, zip), judged entry by entry before it is unpacked (archive.ts). */
  archive: 20 * mib,
} as const;

/** Routes above the small limit, as `METHOD url`; the import route's multipart body has limits of its own. */
export const routeBodyLimits: Readonly<Record<string, number>> = {
  'POST /api/session': bodyLimits.login,
  'POST /api/session/link': bodyLimits.login,
  'POST /api/processes': bodyLimits.archive,
  'PUT /api/processes/:processId/manifest': bodyLimits.caseData,
  'PUT /api/processes/:processId/positions/:partyId': bodyLimits.caseData,
  'PUT /api/processes/:processId/estimates/:partyId': bodyLimits.caseData,
  'PUT /api/processes/:processId/released-packages': bodyLimits.caseData,
  'PUT /api/processes/:processId/proposals/:proposalId/codes': bodyLimits.caseData,
  'POST /api/processes/:processId/check': bodyLimits.caseData,
  'POST /api/processes/:processId/solve': bodyLimits.caseData,
  'POST /api/processes/:processId/draft': bodyLimits.caseData,
  'POST /api/processes/:processId/robustness': bodyLimits.caseData,
  'POST /api/processes/:processId/proposals': bodyLimits.document,
  'PATCH /api/processes/:processId/proposals/:proposalId': bodyLimits.document,
  'POST /api/processes/:processId/merge/docx': bodyLimits.document,
};

/** The body limit of a route: its entry in the table, else the small limit. */
export const bodyLimitOf = (method: string, url: string): number =>
  routeBodyLimits[`${method} ${url}`] ?? bodyLimits.small;

/**
 * Sets a route's `bodyLimit` from the table as the route is registered (Fastify's `onRoute` hook);
 * `fallback` (AppOptions.bodyLimit) replaces the small limit when given.
 */
export function applyBodyLimit(
  route: { method: string | string[]; url: string; bodyLimit?: number },
  fallback: number | undefined,
): void {
  if (!route.url.startsWith('/api/')) return;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  const listed = methods.map((m) => routeBodyLimits[`${m} ${route.url}`]).find((l) => l !== undefined);
  route.bodyLimit = listed ?? fallback ?? bodyLimits.small;
}
