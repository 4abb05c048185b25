import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './status.js';
import { mergeThreeWay } from '../logic/merge-rows.js';
import { WindowList } from './window-list.js';
import type { MergeOutcome, MergeRow } from '../logic/merge-rows.js';
import type { ProcessData } from '../views/process-shell.js';

const outcomeWords: Record<MergeOutcome, string> = {
  unchanged: 'unchanged',
  'from-a': 'from A',
  'from-b': 'from B',
  both: 'same change in A and B',
  dropped: 'deleted',
  'added-a': 'added in A',
  'added-b': 'added in B',
  conflict: 'conflict',
};

/**
 * The three-way merge: the draft that takes every change A or B made to their common base, with the points
 * they changed differently shown as conflicts, both versions side by side.
 */
export function MergeView({
  data,
  baseId,
  aId,
  bId,
}: {
  data: ProcessData;
  baseId: string;
  aId: string;
  bId: string;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`merge:${process.id}:${baseId}:${aId}:${bId}`, async () => {
    const [base, a, b, toA, toB] = await Promise.all([
      api.readProposal(process.id, baseId),
      api.readProposal(process.id, aId),
      api.readProposal(process.id, bId),
      api.compare(process.id, baseId, aId),
      api.compare(process.id, baseId, bId),
    ]);
    return { base, a, b, rows: mergeThreeWay(base, a, b, toA, toB) };
  });
  return (
    <Loaded resource={resource} what="the merge" onRetry={reload}>
      {({ base, a, b, rows }) => {
        const conflicts = rows.filter((r) => r.outcome === 'conflict').length;
        return (
          <section className="card merge-view" aria-labelledby="merge-title">
            <h2 id="merge-title">
              Merged draft of A ({a.title}) and B ({b.title}) over {base.title}
            </h2>
            <p role="status" className={conflicts > 0 ? 'note' : 'muted'}>
              {conflicts === 0
                ? 'A and B merge without conflicts.'
                : `${conflicts} point${conflicts === 1 ? '' : 's'} changed differently in A and B: choose between the versions shown.`}
            </p>
            <WindowList
              items={rows}
              keyOf={keyOfRow}
              classOf={(row) => `merge-row merge-${row.outcome}`}
              render={(row) => <MergeLine row={row} />}
              className="merge-rows"
              label="Merged draft"
            />
          </section>
        );
      }}
    </Loaded>
  );
}

/** A merge row's key: its base point, or the point a side added. */
const keyOfRow = (row: MergeRow) => row.base ?? `${row.outcome}:${row.a?.nums[0] ?? row.b?.nums[0] ?? ''}`;

function MergeLine({ row }: { row: MergeRow }) {
  const label = row.base ?? row.a?.nums[0] ?? row.b?.nums[0] ?? '';
  return (
    <>
      <span className="provision-label">{label}</span>
      <div>
        <span className={`chip merge-chip-${row.outcome}`}>{outcomeWords[row.outcome]}</span>
        {row.outcome === 'conflict' ? (
          <div className="merge-conflict">
            <p>
              <strong>A:</strong> {row.a?.kind === 'deleted' ? <em>deletes this point</em> : row.a?.text}
            </p>
            <p>
              <strong>B:</strong> {row.b?.kind === 'deleted' ? <em>deletes this point</em> : row.b?.text}
            </p>
          </div>
        ) : row.text === null ? null : (
          <p>{row.text}</p>
        )}
      </div>
    </>
  );
}
