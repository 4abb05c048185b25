import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './status.js';
import { WindowList } from './window-list.js';
import type { MergeBlock } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

/** What each block's source means to a reader, and the chip class that colours it. */
const sourceWords: Record<MergeBlock['source'], { words: string; chip: string }> = {
  base: { words: 'unchanged', chip: 'merge-chip-unchanged' },
  a: { words: 'from A', chip: 'merge-chip-from-a' },
  b: { words: 'from B', chip: 'merge-chip-from-b' },
  both: { words: 'from A and B', chip: 'merge-chip-both' },
  conflict: { words: 'conflict', chip: 'merge-chip-conflict' },
};

/**
 * The three-way merge, as the server's merge route computes it (src/compare `mergeProposals`): the draft
 * that takes every change A or B made to their common base, two rewordings of one point merged word by
 * word where they touch different words, and the points they changed differently shown as conflicts with
 * the base text and both versions.
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
  const { process, proposals } = data;
  const title = (id: string) => proposals.find((p) => p.id === id)?.title ?? id;
  const [resource, reload] = useResource(`merge:${process.id}:${baseId}:${aId}:${bId}`, () =>
    api.merge(process.id, baseId, aId, bId),
  );
  return (
    <Loaded resource={resource} what="the merge" onRetry={reload}>
      {({ blocks, conflicts }) => (
        <section className="card merge-view" aria-labelledby="merge-title">
          <h2 id="merge-title">
            Merged draft of A ({title(aId)}) and B ({title(bId)}) over {title(baseId)}
          </h2>
          <p role="status" className={conflicts > 0 ? 'note' : 'muted'}>
            {conflicts === 0
              ? 'A and B merge without conflicts.'
              : `${conflicts} point${conflicts === 1 ? '' : 's'} changed differently in A and B: choose between the versions shown.`}
          </p>
          <WindowList
            // Numbers can repeat (a point each side added after the same place), so the place is the key.
            items={blocks.map((block, place) => ({ block, place }))}
            keyOf={({ block, place }) => `${place}:${block.num}`}
            classOf={({ block }) => `merge-row merge-row-${block.source}`}
            render={({ block }) => (
              <MergeLine block={block} sideOf={(id) => (id === aId ? 'A' : id === bId ? 'B' : title(id))} />
            )}
            className="merge-rows"
            label="Merged draft"
          />
        </section>
      )}
    </Loaded>
  );
}

function MergeLine({ block, sideOf }: { block: MergeBlock; sideOf: (id: string) => string }) {
  const { words, chip } = sourceWords[block.source];
  return (
    <>
      <span className="provision-label">{block.num}.</span>
      <div>
        <span className={`chip ${chip}`}>{words}</span>
        {block.conflict ? (
          <div className="merge-conflict">
            <p>
              <strong>Base:</strong> {block.conflict.base ?? <em>not in the base</em>}
            </p>
            {block.conflict.variants.map((variant) => (
              <p key={variant.author}>
                <strong>{sideOf(variant.author)}:</strong> {variant.text ?? <em>deletes this point</em>}
              </p>
            ))}
          </div>
        ) : (
          <p>{block.text}</p>
        )}
      </div>
    </>
  );
}
