/**
 * The app's places as plain data, and their hash addresses (`#/p/ukraine-2025/compare?ids=us-28,e3-counter`).
 * A hash router keeps every address served by the one `index.html`, so the server needs no fallback route.
 */
export type Route =
  | { name: 'processes' }
  | { name: 'dashboard'; processId: string }
  | { name: 'proposal'; processId: string; proposalId: string; point?: string }
  | { name: 'compare'; processId: string; ids: string[]; mode: CompareMode }
  | { name: 'matrix'; processId: string }
  | { name: 'converge'; processId: string }
  | { name: 'robustness'; processId: string }
  | { name: 'position'; processId: string; partyId: string }
  | { name: 'estimate'; processId: string; partyId: string }
  | { name: 'setup'; processId: string }
  | { name: 'members'; processId: string }
  | { name: 'history'; processId: string; doc?: HistoryDoc }
  | { name: 'account' }
  | { name: 'not-found'; path: string };

/** The document whose versions the History view shows: a proposal, a party's position or the mediators' estimate of it. */
export interface HistoryDoc {
  kind: 'proposal' | 'position' | 'estimate';
  id: string;
}

/** How the compare view lays proposals out: two side by side, an n-way matrix, or a three-way merge. */
export type CompareMode = 'pair' | 'matrix' | 'merge';

const compareModes: readonly CompareMode[] = ['pair', 'matrix', 'merge'];

/**
 * Reads a location hash into a route; anything unknown becomes `not-found` with the path it had.
 * @example parseRoute('#/p/ukraine-2025/redlines') // { name: 'matrix', processId: 'ukraine-2025' }
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { name: 'processes' };
  if (parts.length === 1 && parts[0] === 'account') return { name: 'account' };
  const [head, processId, section, proposalId, ...rest] = parts;
  if (head !== 'p' || !processId) return { name: 'not-found', path: pathPart };
  if (section === undefined) return { name: 'dashboard', processId };
  if (section === 'proposals' && proposalId && rest.length === 0) {
    const point = params.get('point');
    return point
      ? { name: 'proposal', processId, proposalId, point }
      : { name: 'proposal', processId, proposalId };
  }
  if (section === 'positions' && proposalId && rest.length === 0)
    return { name: 'position', processId, partyId: proposalId };
  if (section === 'estimates' && proposalId && rest.length === 0)
    return { name: 'estimate', processId, partyId: proposalId };
  if (proposalId !== undefined) return { name: 'not-found', path: pathPart };
  if (section === 'redlines') return { name: 'matrix', processId };
  if (section === 'converge') return { name: 'converge', processId };
  if (section === 'setup') return { name: 'setup', processId };
  if (section === 'members') return { name: 'members', processId };
  if (section === 'robustness') return { name: 'robustness', processId };
  if (section === 'history') {
    const match = /^(proposal|position|estimate):(.+)$/.exec(params.get('doc') ?? '');
    return match
      ? { name: 'history', processId, doc: { kind: match[1] as HistoryDoc['kind'], id: match[2]! } }
      : { name: 'history', processId };
  }
  if (section === 'compare') {
    const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
    const mode = params.get('mode');
    const known = compareModes.find((m) => m === mode);
    return { name: 'compare', processId, ids, mode: known ?? (ids.length > 2 ? 'matrix' : 'pair') };
  }
  return { name: 'not-found', path: pathPart };
}

/**
 * The hash address of a route; `parseRoute(formatRoute(r))` gives `r` back.
 * @example formatRoute({ name: 'proposal', processId: 'ukraine-2025', proposalId: 'us-28' }) // '#/p/ukraine-2025/proposals/us-28'
 */
export function formatRoute(route: Route): string {
  const base = (processId: string) => `#/p/${encodeURIComponent(processId)}`;
  switch (route.name) {
    case 'processes':
      return '#/';
    case 'dashboard':
      return base(route.processId);
    case 'proposal': {
      const path = `${base(route.processId)}/proposals/${encodeURIComponent(route.proposalId)}`;
      return route.point ? `${path}?${new URLSearchParams({ point: route.point }).toString()}` : path;
    }
    case 'compare': {
      const query = new URLSearchParams({ ids: route.ids.join(','), mode: route.mode });
      return `${base(route.processId)}/compare?${query.toString().replace(/%2C/g, ',')}`;
    }
    case 'matrix':
      return `${base(route.processId)}/redlines`;
    case 'converge':
      return `${base(route.processId)}/converge`;
    case 'setup':
      return `${base(route.processId)}/setup`;
    case 'members':
      return `${base(route.processId)}/members`;
    case 'history': {
      const path = `${base(route.processId)}/history`;
      if (!route.doc) return path;
      const query = new URLSearchParams({ doc: `${route.doc.kind}:${route.doc.id}` });
      return `${path}?${query.toString().replace(/%3A/g, ':')}`;
    }
    case 'account':
      return '#/account';
    case 'robustness':
      return `${base(route.processId)}/robustness`;
    case 'position':
      return `${base(route.processId)}/positions/${encodeURIComponent(route.partyId)}`;
    case 'estimate':
      return `${base(route.processId)}/estimates/${encodeURIComponent(route.partyId)}`;
    case 'not-found':
      return `#${route.path}`;
    default: {
      const unreachable: never = route;
      throw new Error(`unknown route ${JSON.stringify(unreachable)}`);
    }
  }
}
