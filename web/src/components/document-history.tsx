import { useState } from 'react';
import { canEditProposal, canReadEstimate, canReadPosition } from '../../../src/model/index.js';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { ApiError } from '../api/problem.js';
import { ErrorNote, Loaded } from './status.js';
import { VersionDiff } from './version-diff.js';
import { summarisePositionChange, summariseProposalChange } from '../logic/version-summary.js';
import type { Position, Proposal, VersionEntry } from '../api/contract.js';
import type { HistoryDoc } from '../router.js';
import type { ProcessData } from '../views/process-shell.js';

/** How many of the newest versions are read whole to say what each changed (older ones can still be compared). */
const summarised = 30;

interface Loaded {
  versions: VersionEntry[];
  /** What each version changed against the one before it, by version number. */
  changes: Map<number, string>;
}

/**
 * The versions of one proposal, position or estimate: a table of who saved each, when and what it changed, with
 * *Restore version N* (a new version, `If-Match` the newest) where the caller may change the document, and
 * the difference between any two versions below it.
 */
export function DocumentHistory({
  data,
  doc,
  name,
  onChanged,
}: {
  data: ProcessData;
  doc: HistoryDoc;
  name: string;
  onChanged: () => void;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(
    `history:${process.id}:${doc.kind}:${doc.id}`,
    async (): Promise<Loaded> => {
      const versions = await api.listVersions(process.id, doc.kind, doc.id).catch((error: unknown) => {
        // A party without a saved position (or estimate) has no history yet: its editor starts it empty too.
        if (doc.kind !== 'proposal' && error instanceof ApiError && error.status === 404) return [];
        throw error;
      });
      const newest = versions.slice(0, summarised + 1);
      const bodies = await Promise.all(
        newest.map(async (v) => {
          const { version, ...body } = await api.readVersion<Proposal | Position>(
            process.id,
            doc.kind,
            doc.id,
            v.version,
          );
          return { version, body };
        }),
      );
      const changes = new Map<number, string>();
      bodies.forEach(({ version, body }, i) => {
        const before = bodies[i + 1]?.body;
        if (i >= summarised) return;
        if (!before) changes.set(version, 'first version kept');
        else
          changes.set(
            version,
            doc.kind === 'proposal'
              ? summariseProposalChange(before as Proposal, body as Proposal)
              : summarisePositionChange(before as Position, body as Position, process.issues),
          );
      });
      return { versions, changes };
    },
  );
  const proposal = data.proposals.find((p) => p.id === doc.id);
  const mayRestore =
    doc.kind === 'proposal'
      ? proposal !== undefined && canEditProposal(process.access, proposal)
      : doc.kind === 'estimate'
        ? canReadEstimate(process.access)
        : canReadPosition(process.access, doc.id);
  const [restoring, setRestoring] = useState<'idle' | number | Error>('idle');
  const [restored, setRestored] = useState<string | null>(null);
  const restore = (version: number, current: number) => {
    setRestoring(version);
    setRestored(null);
    api.restoreVersion(process.id, doc.kind, doc.id, version, current).then(
      (saved) => {
        setRestoring('idle');
        setRestored(`Restored version ${version} as version ${saved.version}.`);
        reload();
        onChanged();
      },
      (error: Error) => setRestoring(error),
    );
  };

  return (
    <Loaded resource={resource} what="the versions" onRetry={reload}>
      {({ versions, changes }) =>
        versions.length === 0 ? (
          <p className="muted">No version of {name} has been saved yet.</p>
        ) : (
          <>
            <section className="card" aria-labelledby="versions-title">
              <h2 id="versions-title">Versions of {name}</h2>
              {restored && (
                <p className="note" role="status">
                  {restored}
                </p>
              )}
              {restoring instanceof Error && <ErrorNote error={restoring} />}
              <div className="table-scroll">
                <table className="data-table history-table">
                  <caption className="sr-only">Versions of {name}, newest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Version</th>
                      <th scope="col">Saved</th>
                      <th scope="col">By</th>
                      <th scope="col">What changed</th>
                      {mayRestore && <th scope="col">Restore</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {versions.map((v, i) => (
                      <tr key={v.version}>
                        <th scope="row">
                          {v.version}
                          {i === 0 && <span className="chip">current</span>}
                        </th>
                        <td>{v.at ? formatWhen(v.at) : <span className="muted">imported</span>}</td>
                        <td>{v.author ?? <span className="muted">import or command line</span>}</td>
                        <td>{changes.get(v.version) ?? <span className="muted">older</span>}</td>
                        {mayRestore && (
                          <td>
                            {i > 0 && (
                              <button
                                type="button"
                                className="quiet"
                                disabled={restoring === v.version}
                                onClick={() => restore(v.version, versions[0]!.version)}
                              >
                                Restore version {v.version}
                              </button>
                            )}
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <VersionDiff data={data} doc={doc} versions={versions} />
          </>
        )
      }
    </Loaded>
  );
}

function formatWhen(at: string): string {
  return (
    new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) +
    ' UTC'
  );
}
