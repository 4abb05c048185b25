import { useEffect, useMemo, useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { navigate } from '../use-route.js';
import { ErrorNote, Loaded } from '../components/status.js';
import { saveBlob } from '../components/save-blob.js';
import { KindBadge } from '../components/chips.js';
import { CompareTable } from '../components/compare-table.js';
import { IssueSummary } from '../components/issue-summary.js';
import { NwayMatrix } from '../components/nway-matrix.js';
import { MergeView } from '../components/merge-view.js';
import { defaultMerge } from '../logic/merge-choices.js';
import { buildCompareRows, changeKinds, countKinds, filterCompareRows } from '../logic/compare-rows.js';
import type { CompareMode } from '../router.js';
import type { ChangeKind } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

const modeLabels: Record<CompareMode, string> = {
  pair: 'Side by side',
  matrix: 'Matrix of 3 or more',
  merge: 'Three-way merge',
};

/** Compare proposals: two side by side, an n-way matrix, or a three-way merge, chosen in the address. */
export function CompareView({
  data,
  ids,
  mode,
  onChanged,
}: {
  data: ProcessData;
  ids: string[];
  mode: CompareMode;
  onChanged: () => void;
}) {
  const { process, proposals } = data;
  const go = (nextIds: string[], nextMode = mode) =>
    navigate({ name: 'compare', processId: process.id, ids: nextIds, mode: nextMode }, true);
  const needed = mode === 'pair' ? 2 : 3;
  const chosen = [...ids];
  // A merge starts from a base and two proposals that revise it, when the process has such a pair.
  const fill =
    mode === 'merge' ? [...(defaultMerge(proposals) ?? []), ...defaultChoice(data)] : defaultChoice(data);
  for (const p of fill) if (chosen.length < needed && !chosen.includes(p)) chosen.push(p);
  // Proposals filled in by default are written into the address, so that a proposal added meanwhile (a
  // merge just saved, which revises the same base) does not change what is on screen.
  const isFilled = ids.length < needed && chosen.length >= needed;
  const filled = chosen.slice(0, needed).join(',');
  useEffect(() => {
    if (isFilled) go(filled.split(','));
  }, [isFilled, filled]);
  const slots = mode === 'matrix' ? Math.max(3, chosen.length) : needed;
  const slotLabels =
    mode === 'merge' ? ['Common base', 'Version A', 'Version B'] : mode === 'pair' ? ['From', 'To'] : [];

  return (
    <div className="compare-view">
      <header className="view-header">
        <h1>Compare proposals</h1>
        <div className="segmented" role="group" aria-label="Comparison mode">
          {(Object.keys(modeLabels) as CompareMode[]).map((m) => (
            <button key={m} type="button" aria-pressed={m === mode} onClick={() => go(chosen, m)}>
              {modeLabels[m]}
            </button>
          ))}
        </div>
      </header>
      <div className="proposal-pickers">
        {Array.from({ length: slots }, (_, slot) => (
          <label key={slot}>
            {slotLabels[slot] ?? `Proposal ${slot + 1}`}
            <select
              value={chosen[slot] ?? ''}
              onChange={(e) => {
                const next = [...chosen];
                next[slot] = e.target.value;
                go(next.filter(Boolean));
              }}
            >
              <option value="">Choose a proposal…</option>
              {proposals.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
        ))}
        {mode === 'matrix' && (
          <button
            type="button"
            className="quiet"
            onClick={() => go([...chosen, ''])}
            disabled={chosen.length < slots}
          >
            Add a column
          </button>
        )}
      </div>
      {chosen.length < needed ? (
        <p className="muted">Choose {needed} proposals to compare.</p>
      ) : mode === 'pair' ? (
        <PairComparison data={data} fromId={chosen[0]!} toId={chosen[1]!} />
      ) : mode === 'matrix' ? (
        <NwayMatrix data={data} ids={chosen} />
      ) : (
        <MergeView data={data} baseId={chosen[0]!} aId={chosen[1]!} bId={chosen[2]!} onChanged={onChanged} />
      )}
    </div>
  );
}

/**
 * Proposals to start from: the latest that revises another, with what it revises first (the base of a
 * merge), then the rest in list order.
 */
function defaultChoice({ proposals }: ProcessData): string[] {
  const revising = [...proposals]
    .reverse()
    .find((p) => p.revises && proposals.some((q) => q.id === p.revises));
  const start = revising ? [revising.revises!, revising.id] : [];
  return [...start, ...proposals.map((p) => p.id)];
}

function PairComparison({ data, fromId, toId }: { data: ProcessData; fromId: string; toId: string }) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`compare:${process.id}:${fromId}:${toId}`, async () => {
    const [report, from, to] = await Promise.all([
      api.compare(process.id, fromId, toId),
      api.readProposal(process.id, fromId),
      api.readProposal(process.id, toId),
    ]);
    return { report, from, to, rows: buildCompareRows(report, from, to) };
  });
  const [kinds, setKinds] = useState<ReadonlySet<ChangeKind>>(new Set(changeKinds));
  const [issue, setIssue] = useState<string | null>(null);
  const loaded = resource.status === 'ready' ? resource.data : null;
  const visible = useMemo(
    () => (loaded ? filterCompareRows(loaded.rows, { kinds, issue }) : []),
    [loaded, kinds, issue],
  );
  const counts = useMemo(() => (loaded ? countKinds(loaded.rows) : null), [loaded]);
  const [saving, setSaving] = useState<'idle' | 'running' | Error>('idle');
  const saveWord = () => {
    setSaving('running');
    api.downloadComparison(process.id, fromId, toId).then(
      ({ blob, filename }) => {
        saveBlob(blob, filename);
        setSaving('idle');
      },
      (error: Error) => setSaving(error),
    );
  };

  return (
    <Loaded resource={resource} what="the comparison" onRetry={reload}>
      {({ report, from, to, rows }) => (
        <>
          <section className="compare-controls card" aria-label="Filters">
            <fieldset className="kind-filters">
              <legend>Show changes</legend>
              {changeKinds.map((kind) => (
                <label key={kind} className="checkbox">
                  <input
                    type="checkbox"
                    checked={kinds.has(kind)}
                    onChange={(e) => {
                      const next = new Set(kinds);
                      if (e.target.checked) next.add(kind);
                      else next.delete(kind);
                      setKinds(next);
                    }}
                  />
                  <KindBadge kind={kind} /> <span className="count">{counts?.[kind] ?? 0}</span>
                </label>
              ))}
            </fieldset>
            <label>
              Issue
              <select value={issue ?? ''} onChange={(e) => setIssue(e.target.value || null)}>
                <option value="">All issues</option>
                {process.issues.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
            </label>
            <p className="muted" aria-live="polite">
              {visible.length} of {rows.length} rows
            </p>
            <div className="actions" role="group" aria-label="Download the comparison">
              <button type="button" onClick={saveWord} disabled={saving === 'running'}>
                {saving === 'running' ? 'Preparing…' : 'Download as Word (tracked changes)'}
              </button>
              {saving instanceof Error && <ErrorNote error={saving} />}
            </div>
          </section>
          <IssueSummary changes={report.issues} issues={process.issues} />
          <CompareTable rows={visible} fromTitle={from.title} toTitle={to.title} />
        </>
      )}
    </Loaded>
  );
}
