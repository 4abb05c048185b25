import { lazy, Suspense, useEffect } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded, Loading } from '../components/status.js';
import { TopBar } from '../components/top-bar.js';
import { ViewBoundary } from '../components/view-boundary.js';
import { formatRoute } from '../router.js';
import { byDate } from '../logic/timeline-layout.js';
import type { Route } from '../router.js';
import type { ProcessDetail, ProposalSummary } from '../api/contract.js';
import { Dashboard } from './dashboard.js';
import { ProposalReader } from './proposal-reader.js';
import { CompareView } from './compare-view.js';
import { MatrixView } from './matrix-view.js';
import { editableParties, PositionView } from './position-view.js';
import { EstimateView } from './estimate-view.js';
import { canSetUp, SetupView } from './setup-view.js';
import { MembersView } from './members-view.js';
import { HistoryView } from './history-view.js';

// The converge view carries the charting library and the solver worker; load it only when opened.
const ConvergeView = lazy(() => import('./converge-view.js').then((m) => ({ default: m.ConvergeView })));
// The robustness view carries the charting library too.
const RobustnessView = lazy(() =>
  import('./robustness-view.js').then((m) => ({ default: m.RobustnessView })),
);

type ProcessRoute = Exclude<Route, { name: 'processes' } | { name: 'not-found' } | { name: 'account' }>;

/** What the views of one process share: its manifest and the proposals the caller may see, by date. */
export interface ProcessData {
  process: ProcessDetail;
  proposals: ProposalSummary[];
}

const tabs = [
  { name: 'dashboard', label: 'Dashboard' },
  { name: 'compare', label: 'Compare' },
  { name: 'matrix', label: 'Red lines' },
  { name: 'converge', label: 'Converge' },
  { name: 'robustness', label: 'How sure' },
  { name: 'history', label: 'History' },
] as const;

/** One process: loads it once, shows its navigation, and renders the view the route names. */
export function ProcessShell({ route }: { route: ProcessRoute }) {
  const { api, session } = useApp();
  const { processId } = route;
  const [data, reload] = useResource(`process:${processId}`, async (): Promise<ProcessData> => {
    const [process, proposals] = await Promise.all([
      api.readProcess(processId),
      api.listProposals(processId),
    ]);
    return { process, proposals: proposals.sort(byDate) };
  });
  const title = data.status === 'ready' ? data.data.process.title : processId;
  const role = data.status === 'ready' ? describeRole(data.data.process) : null;
  const current = route.name === 'proposal' ? 'dashboard' : route.name;
  // "Position": a delegate's own party's position; a mediator starts at the first party and can pick another.
  const ownParty = data.status === 'ready' ? editableParties(data.data)[0] : undefined;
  // After a change of place (not of a filter within one), focus moves to the new page's heading, so a
  // screen reader starts reading there and a keyboard continues from it.
  const place = placeOf(route);
  const isReady = data.status === 'ready';
  useEffect(() => {
    if (isReady) focusHeading();
  }, [place, isReady]);
  return (
    <>
      <SkipLink />
      <TopBar>
        <span className="process-title">{title}</span>
        {role && <span className="chip chip-role">{role}</span>}
      </TopBar>
      <nav className="tabs" aria-label="Process views">
        {tabs.map((tab) => (
          <a
            key={tab.name}
            href={formatRoute(
              tab.name === 'compare'
                ? { name: 'compare', processId, ids: [], mode: 'pair' }
                : { name: tab.name, processId },
            )}
            aria-current={current === tab.name ? 'page' : undefined}
          >
            {tab.label}
          </a>
        ))}
        {ownParty && (
          <a
            href={formatRoute({ name: 'position', processId, partyId: ownParty })}
            aria-current={current === 'position' ? 'page' : undefined}
          >
            Position
          </a>
        )}
        {data.status === 'ready' && canSetUp(data.data, session.user.isAdmin) && (
          <a
            href={formatRoute({ name: 'setup', processId })}
            aria-current={current === 'setup' ? 'page' : undefined}
          >
            Set-up
          </a>
        )}
        {data.status === 'ready' && canSetUp(data.data, session.user.isAdmin) && (
          <a
            href={formatRoute({ name: 'members', processId })}
            aria-current={current === 'members' ? 'page' : undefined}
          >
            Members
          </a>
        )}
      </nav>
      <main className="page" id="main-content" tabIndex={-1}>
        <Loaded resource={data} what="the process" onRetry={reload}>
          {(loaded) => <ViewBoundary key={route.name}>{renderView(route, loaded, reload)}</ViewBoundary>}
        </Loaded>
      </main>
    </>
  );
}

function renderView(route: ProcessRoute, data: ProcessData, reload: () => void) {
  switch (route.name) {
    case 'dashboard':
      return <Dashboard data={data} onChanged={reload} />;
    case 'proposal':
      return (
        <ProposalReader
          key={route.proposalId}
          data={data}
          proposalId={route.proposalId}
          point={route.point}
        />
      );
    case 'compare':
      return <CompareView data={data} ids={route.ids} mode={route.mode} onChanged={reload} />;
    case 'matrix':
      return <MatrixView data={data} />;
    case 'position':
      return <PositionView key={route.partyId} data={data} partyId={route.partyId} />;
    case 'estimate':
      return <EstimateView key={route.partyId} data={data} partyId={route.partyId} />;
    case 'members':
      return <MembersView data={data} />;
    case 'setup':
      return <SetupView data={data} onSaved={reload} />;
    case 'history':
      return <HistoryView data={data} doc={route.doc} onChanged={reload} />;
    case 'converge':
      return (
        <Suspense fallback={<Loading what="the solver view" />}>
          <ConvergeView data={data} />
        </Suspense>
      );
    case 'robustness':
      return (
        <Suspense fallback={<Loading what="the robustness view" />}>
          <RobustnessView data={data} />
        </Suspense>
      );
    default: {
      const unreachable: never = route;
      throw new Error(`no view for ${JSON.stringify(unreachable)}`);
    }
  }
}

/** `mediator`, `delegate · Ukraine`, … from the caller's access to the process. */
export function describeRole(process: ProcessDetail): string {
  const { role, party } = process.access;
  const partyName = party ? (process.parties.find((p) => p.id === party)?.name ?? party) : null;
  return partyName ? `${role} · ${partyName}` : role;
}

/** Which page a route shows, without its filters: the compare view's choices or a focused point are not new pages. */
function placeOf(route: ProcessRoute): string {
  switch (route.name) {
    case 'proposal':
      return `proposal:${route.proposalId}`;
    case 'position':
      return `position:${route.partyId}`;
    case 'estimate':
      return `estimate:${route.partyId}`;
    default:
      return route.name;
  }
}

/** Focuses the main heading once it is rendered (a view may still be loading its own data). */
function focusHeading(tries = 20): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) {
    if (tries > 0) window.setTimeout(() => focusHeading(tries - 1), 100);
    return;
  }
  // Someone already working inside the page (a field, a cell) keeps their focus.
  if (document.activeElement?.closest('main') && document.activeElement !== heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
}

/**
 * "Skip to content", the first thing a keyboard reaches: focuses the main region. A hash link would change
 * the route (the app's addresses are hashes), so it moves focus itself.
 */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}
