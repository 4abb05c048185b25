import { lazy, Suspense } from 'react';
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

// The converge view carries the charting library and the solver worker; load it only when opened.
const ConvergeView = lazy(() => import('./converge-view.js').then((m) => ({ default: m.ConvergeView })));

type ProcessRoute = Exclude<Route, { name: 'processes' } | { name: 'not-found' }>;

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
] as const;

/** One process: loads it once, shows its navigation, and renders the view the route names. */
export function ProcessShell({ route }: { route: ProcessRoute }) {
  const { api } = useApp();
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
  return (
    <>
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
      </nav>
      <main className="page">
        <Loaded resource={data} what="the process" onRetry={reload}>
          {(loaded) => <ViewBoundary key={route.name}>{renderView(route, loaded)}</ViewBoundary>}
        </Loaded>
      </main>
    </>
  );
}

function renderView(route: ProcessRoute, data: ProcessData) {
  switch (route.name) {
    case 'dashboard':
      return <Dashboard data={data} />;
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
      return <CompareView data={data} ids={route.ids} mode={route.mode} />;
    case 'matrix':
      return <MatrixView data={data} />;
    case 'position':
      return <PositionView key={route.partyId} data={data} partyId={route.partyId} />;
    case 'converge':
      return (
        <Suspense fallback={<Loading what="the solver view" />}>
          <ConvergeView data={data} />
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
