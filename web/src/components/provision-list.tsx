import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { Provision } from '../api/contract.js';

/**
 * Above this many provisions the list is virtualised; below it every provision is in the page, so the
 * browser's find-in-page still reaches all of them.
 */
export const virtualiseAbove = 150;

/**
 * A proposal's provisions as the document numbers them, sub-points indented, `point` brought into view and
 * marked. `renderBody` draws what follows each label (text, codes, editor).
 */
export function ProvisionList({
  provisions,
  point,
  renderBody,
}: {
  provisions: readonly Provision[];
  point?: string;
  renderBody: (provision: Provision) => ReactNode;
}) {
  const item = (provision: Provision) => (
    <>
      <span className="provision-label">{provision.label || '¶'}</span>
      <div className="provision-body">{renderBody(provision)}</div>
    </>
  );
  const className = (provision: Provision) =>
    `provision${provision.parent ? ' sub' : ''}${provision.num === point ? ' focused' : ''}`;
  if (provisions.length > virtualiseAbove) {
    return <VirtualList provisions={provisions} point={point} item={item} className={className} />;
  }
  return <PlainList provisions={provisions} point={point} item={item} className={className} />;
}

interface ListProps {
  provisions: readonly Provision[];
  point?: string;
  item: (provision: Provision) => ReactNode;
  className: (provision: Provision) => string;
}

function PlainList({ provisions, point, item, className }: ListProps) {
  useEffect(() => {
    if (point) document.getElementById(`p-${point}`)?.scrollIntoView({ block: 'center' });
  }, [point]);
  return (
    <ol className="provisions" aria-label="Provisions">
      {provisions.map((provision) => (
        <li key={provision.num} className={className(provision)} id={`p-${provision.num}`}>
          {item(provision)}
        </li>
      ))}
    </ol>
  );
}

function VirtualList({ provisions, point, item, className }: ListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [top, setTop] = useState(0);
  // The window scrolls, so the virtualiser needs to know where the list starts on the page.
  useLayoutEffect(() => {
    setTop((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: provisions.length,
    estimateSize: () => 84,
    overscan: 8,
    scrollMargin: top,
    getItemKey: (index) => provisions[index]?.num ?? index,
  });
  useEffect(() => {
    const index = point ? provisions.findIndex((p) => p.num === point) : -1;
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [point, provisions, virtualizer]);
  return (
    <ol
      ref={listRef}
      className="provisions"
      aria-label="Provisions"
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const provision = provisions[row.index]!;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            className={className(provision)}
            id={`p-${provision.num}`}
            aria-setsize={provisions.length}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {item(provision)}
          </li>
        );
      })}
    </ol>
  );
}
