import { useMemo, useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './status.js';
import { CompareTable } from './compare-table.js';
import { IssueSummary } from './issue-summary.js';
import { buildCompareRows } from '../logic/compare-rows.js';
import { diffPositions } from '../logic/position-diff.js';
import type { Position, Proposal, VersionEntry } from '../api/contract.js';
import type { HistoryDoc } from '../router.js';
import type { ProcessData } from '../views/process-shell.js';

/**
 * The difference between any two saved versions: for a proposal the compare view's word redline and issue
 * changes (aligned on the server, as a job), for a position a table of the fields that differ.
 */
export function VersionDiff({
  data,
  doc,
  versions,
}: {
  data: ProcessData;
  doc: HistoryDoc;
  versions: readonly VersionEntry[];
}) {
  const [from, setFrom] = useState(versions[1]?.version ?? versions[0]!.version);
  const [to, setTo] = useState(versions[0]!.version);
  const picker = (label: string, value: number, set: (v: number) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            Version {v.version}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="card version-diff" aria-labelledby="diff-title">
      <h2 id="diff-title">
        Differences from version {from} to version {to}
      </h2>
      <div className="proposal-pickers">
        {picker('From version', from, setFrom)}
        {picker('To version', to, setTo)}
      </div>
      {doc.kind === 'proposal' ? (
        <ProposalVersions data={data} proposalId={doc.id} from={from} to={to} />
      ) : (
        <PositionVersions data={data} kind={doc.kind} partyId={doc.id} from={from} to={to} />
      )}
    </section>
  );
}

function ProposalVersions({
  data,
  proposalId,
  from,
  to,
}: {
  data: ProcessData;
  proposalId: string;
  from: number;
  to: number;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`versions:${process.id}:${proposalId}:${from}:${to}`, async () => {
    const [report, a, b] = await Promise.all([
      api.compareVersions(process.id, proposalId, from, to),
      api.readVersion<Proposal>(process.id, 'proposal', proposalId, from),
      api.readVersion<Proposal>(process.id, 'proposal', proposalId, to),
    ]);
    return { report, rows: buildCompareRows(report, a, b) };
  });
  return (
    <Loaded resource={resource} what="the redline" onRetry={reload}>
      {({ report, rows }) => (
        <>
          <IssueSummary changes={report.issues} issues={process.issues} />
          <CompareTable rows={rows} fromTitle={`Version ${from}`} toTitle={`Version ${to}`} />
        </>
      )}
    </Loaded>
  );
}

function PositionVersions({
  data,
  kind,
  partyId,
  from,
  to,
}: {
  data: ProcessData;
  kind: 'position' | 'estimate';
  partyId: string;
  from: number;
  to: number;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`versions:${process.id}:${kind}:${partyId}:${from}:${to}`, () =>
    Promise.all([
      api.readVersion<Position>(process.id, kind, partyId, from),
      api.readVersion<Position>(process.id, kind, partyId, to),
    ]),
  );
  const ready = resource.status === 'ready' ? resource.data : null;
  const changes = useMemo(() => {
    if (!ready) return [];
    const [{ version: _a, ...a }, { version: _b, ...b }] = ready;
    return diffPositions(a, b, process.issues);
  }, [ready, process.issues]);
  return (
    <Loaded resource={resource} what="the two versions" onRetry={reload}>
      {() =>
        changes.length === 0 ? (
          <p className="muted">The two versions are the same.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table position-diff">
              <caption className="sr-only">
                Fields that differ between version {from} and version {to}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Version {from}</th>
                  <th scope="col">Version {to}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field}>
                    <th scope="row">{c.field}</th>
                    <td className={c.before === null ? 'muted' : 'diff-before'}>{c.before ?? 'not there'}</td>
                    <td className={c.after === null ? 'muted' : 'diff-after'}>{c.after ?? 'not there'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Loaded>
  );
}
