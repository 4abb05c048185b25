import { useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from './status.js';
import { WindowList } from './window-list.js';
import { MergeSave } from './merge-save.js';
import type { MergeChoice, MergeSources } from '../logic/merge-choices.js';
import type { MergeBlock, MergeResult } from '../api/contract.js';
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
 * word where they touch different words, and the points they changed differently shown as conflicts. At
 * each conflict the reader keeps A, B or the base, or writes the text; the settled draft is saved as a new
 * proposal revising the base, or downloaded as Word.
 */
export function MergeView({
  data,
  baseId,
  aId,
  bId,
  onChanged,
}: {
  data: ProcessData;
  baseId: string;
  aId: string;
  bId: string;
  onChanged: () => void;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`merge:${process.id}:${baseId}:${aId}:${bId}`, async () => {
    const [result, base, a, b] = await Promise.all([
      api.merge(process.id, baseId, aId, bId),
      api.readProposal(process.id, baseId),
      api.readProposal(process.id, aId),
      api.readProposal(process.id, bId),
    ]);
    return { result, sources: { base, a, b } };
  });
  return (
    <Loaded resource={resource} what="the merge" onRetry={reload}>
      {({ result, sources }) => (
        <MergeEditor
          key={`${baseId}:${aId}:${bId}`}
          data={data}
          result={result}
          sources={sources}
          onChanged={onChanged}
        />
      )}
    </Loaded>
  );
}

function MergeEditor({
  data,
  result,
  sources,
  onChanged,
}: {
  data: ProcessData;
  result: MergeResult;
  sources: MergeSources;
  onChanged: () => void;
}) {
  const { blocks, conflicts } = result;
  const { base, a, b } = sources;
  const [choices, setChoices] = useState<ReadonlyMap<number, MergeChoice>>(new Map());
  const [unsettled, setUnsettled] = useState<ReadonlySet<number>>(new Set());
  const choose = (place: number, choice: MergeChoice) => {
    setChoices((current) => new Map(current).set(place, choice));
    setUnsettled((current) => {
      const next = new Set(current);
      next.delete(place);
      return next;
    });
  };
  const sideOf = (author: string) => (author === a.id ? 'A' : author === b.id ? 'B' : author);
  return (
    <section className="card merge-view" aria-labelledby="merge-title">
      <h2 id="merge-title">
        Merged draft of A ({a.title}) and B ({b.title}) over {base.title}
      </h2>
      <p role="status" className={conflicts > 0 ? 'note' : 'muted'}>
        {conflicts === 0
          ? 'A and B merge without conflicts.'
          : `${conflicts} point${conflicts === 1 ? '' : 's'} changed differently in A and B: keep A, B or the base at each, or write the text; ${choices.size} of ${conflicts} settled.`}
      </p>
      <WindowList
        // Numbers can repeat (a point each side added after the same place), so the place is the key.
        items={blocks.map((block, place) => ({ block, place }))}
        keyOf={({ block, place }) => `${place}:${block.num}`}
        idOf={({ place }) => `merge-place-${place}`}
        classOf={({ block }) => `merge-row merge-row-${block.source}`}
        render={({ block, place }) => (
          <MergeLine
            block={block}
            place={place}
            choice={choices.get(place)}
            isUnsettled={unsettled.has(place)}
            onChoose={(choice) => choose(place, choice)}
            sideOf={sideOf}
          />
        )}
        className="merge-rows"
        label="Merged draft"
      />
      <MergeSave
        data={data}
        blocks={blocks}
        choices={choices}
        sources={sources}
        onUnsettled={(places) => setUnsettled(new Set(places))}
        onSaved={onChanged}
      />
    </section>
  );
}

function MergeLine({
  block,
  place,
  choice,
  isUnsettled,
  onChoose,
  sideOf,
}: {
  block: MergeBlock;
  place: number;
  choice: MergeChoice | undefined;
  isUnsettled: boolean;
  onChoose: (choice: MergeChoice) => void;
  sideOf: (author: string) => string;
}) {
  const { words, chip } = sourceWords[block.source];
  const conflict = block.conflict;
  return (
    <>
      <span className="provision-label">{block.num}.</span>
      <div>
        <span className={`chip ${chip}`}>{words}</span>
        {conflict ? (
          <fieldset
            className="merge-conflict"
            aria-invalid={isUnsettled || undefined}
            aria-describedby={isUnsettled ? `merge-error-${place}` : undefined}
          >
            <legend>Point {block.num}: which text to keep</legend>
            {isUnsettled && (
              <span className="field-error" id={`merge-error-${place}`}>
                Choose a version for point {block.num}, or write its text.
              </span>
            )}
            <Pick
              name={`merge-${place}`}
              checked={choice?.pick === 'base'}
              onChange={() => onChoose({ pick: 'base' })}
              who="Base"
              text={conflict.base}
              missing="not in the base"
            />
            {conflict.variants.map((variant, k) => (
              <Pick
                key={variant.author}
                name={`merge-${place}`}
                checked={choice?.pick === (k === 0 ? 'a' : 'b')}
                onChange={() => onChoose({ pick: k === 0 ? 'a' : 'b' })}
                who={sideOf(variant.author)}
                text={variant.text}
                missing="deletes this point"
              />
            ))}
            <label className="merge-pick">
              <input
                type="radio"
                name={`merge-${place}`}
                checked={choice?.pick === 'edit'}
                onChange={() =>
                  onChoose({ pick: 'edit', text: conflict.variants[0]?.text ?? conflict.base ?? '' })
                }
              />
              <strong>Own text</strong>
            </label>
            {choice?.pick === 'edit' && (
              <label className="merge-edit">
                <span>Text of point {block.num}</span>
                <textarea
                  value={choice.text}
                  rows={3}
                  onChange={(e) => onChoose({ pick: 'edit', text: e.target.value })}
                />
                <span className="muted small">Leave it empty to drop the point.</span>
              </label>
            )}
          </fieldset>
        ) : (
          <p>{block.text}</p>
        )}
      </div>
    </>
  );
}

function Pick({
  name,
  checked,
  onChange,
  who,
  text,
  missing,
}: {
  name: string;
  checked: boolean;
  onChange: () => void;
  who: string;
  text: string | null;
  missing: string;
}) {
  return (
    <label className="merge-pick">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      <span>
        <strong>{who}:</strong> {text ?? <em>{missing}</em>}
      </span>
    </label>
  );
}
