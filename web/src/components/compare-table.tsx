import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { KindBadge } from './chips.js';
import { RedlineText } from './redline-text.js';
import type { CompareRow } from '../logic/compare-rows.js';
import type { Provision } from '../api/contract.js';

/**
 * The side-by-side rows of a comparison, virtualised so thousands of provisions scroll smoothly: only the
 * rows in view (plus a few) are in the DOM, each measured after it renders since texts differ in length.
 */
export function CompareTable({
  rows,
  fromTitle,
  toTitle,
}: {
  rows: readonly CompareRow[];
  fromTitle: string;
  toTitle: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (index) => rows[index]?.key ?? index,
  });
  return (
    <div
      className="compare-table"
      role="table"
      aria-label={`${fromTitle} compared with ${toTitle}`}
      aria-rowcount={rows.length + 1}
    >
      <div className="compare-row compare-head" role="row" aria-rowindex={1}>
        <div role="columnheader">{fromTitle}</div>
        <div role="columnheader">Change</div>
        <div role="columnheader">{toTitle}</div>
      </div>
      <div
        className="compare-scroll"
        ref={scrollRef}
        role="rowgroup"
        tabIndex={0}
        aria-label="Aligned provisions; scroll with the arrow keys"
      >
        {rows.length === 0 ? (
          <div role="row">
            <p role="cell" className="muted empty">
              No provisions match the filters.
            </p>
          </div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  className={`compare-row kind-row-${row.kind}`}
                  role="row"
                  aria-rowindex={item.index + 2}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <Side provision={row.from} row={row} side="from" />
                  <div role="cell" className="compare-kind">
                    <KindBadge kind={row.kind} />
                    {row.kind !== 'same' && row.kind !== 'added' && row.kind !== 'deleted' && (
                      <span className="similarity" title="How much of the wording the two sides share">
                        {Math.round(row.similarity * 100)}% alike
                      </span>
                    )}
                  </div>
                  <Side provision={row.to} row={row} side="to" />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * One side of a row. A merge's redline covers the whole group, so its sources show their own text and only
 * the first row shows the merged text with the redline; a split mirrors that.
 */
function Side({
  provision,
  row,
  side,
}: {
  provision: Provision | null;
  row: CompareRow;
  side: 'from' | 'to';
}) {
  if (provision === null) {
    return (
      <div role="cell" className="compare-cell gap">
        {side === 'to' ? 'deleted: no counterpart' : 'added: no counterpart'}
      </div>
    );
  }
  const groupSide = row.kind === 'merged' ? 'to' : row.kind === 'split' ? 'from' : null;
  let body;
  if (groupSide !== null && side === groupSide && row.isContinuation) {
    body = <p className="muted">↑ {row.kind === 'merged' ? 'merged into' : 'split from'} the point above</p>;
  } else if (row.kind === 'same' || row.redline.length === 0 || (groupSide !== null && side !== groupSide)) {
    body = <p>{provision.text}</p>;
  } else {
    body = <RedlineText ops={row.redline} side={side} />;
  }
  return (
    <div role="cell" className="compare-cell">
      <span className="provision-label">{provision.label || provision.num}</span>
      {body}
    </div>
  );
}
