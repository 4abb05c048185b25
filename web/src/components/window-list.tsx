import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

/**
 * Above this many items a list is virtualised; below it every item is in the page, so the browser's
 * find-in-page still reaches all of them.
 */
export const virtualiseAbove = 150;

/** How a list item is drawn: its key, its element id and class, and its content. */
export interface WindowListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  idOf?: (item: T) => string;
  classOf: (item: T) => string;
  render: (item: T) => ReactNode;
  /** The item to bring into view (centred), by key. */
  focusKey?: string;
  className: string;
  label: string;
}

/**
 * An ordered list that scrolls with the page. Long lists keep only the items near the viewport in the DOM
 * (each measured once drawn, as their heights differ); short ones render whole.
 */
export function WindowList<T>(props: WindowListProps<T>) {
  return props.items.length > virtualiseAbove ? <VirtualList {...props} /> : <PlainList {...props} />;
}

/** Where the item with key `focusKey` stands in `items`; -1 when there is no focus or no such item. */
function indexOfKey<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  focusKey: string | undefined,
): number {
  return focusKey === undefined ? -1 : items.findIndex((item) => keyOf(item) === focusKey);
}

function PlainList<T>({
  items,
  keyOf,
  idOf,
  classOf,
  render,
  focusKey,
  className,
  label,
}: WindowListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const index = indexOfKey(items, keyOf, focusKey);
    if (index >= 0) listRef.current?.children[index]?.scrollIntoView({ block: 'center' });
  }, [focusKey, items, keyOf]);
  return (
    <ol ref={listRef} className={className} aria-label={label}>
      {items.map((item) => (
        <li key={keyOf(item)} id={idOf?.(item)} className={classOf(item)}>
          {render(item)}
        </li>
      ))}
    </ol>
  );
}

function VirtualList<T>({
  items,
  keyOf,
  idOf,
  classOf,
  render,
  focusKey,
  className,
  label,
}: WindowListProps<T>) {
  const listRef = useRef<HTMLOListElement>(null);
  const [top, setTop] = useState(0);
  // The window scrolls, so the virtualiser needs to know where the list starts on the page.
  useLayoutEffect(() => {
    setTop((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => 84,
    overscan: 8,
    scrollMargin: top,
    getItemKey: (index) => (items[index] === undefined ? index : keyOf(items[index])),
  });
  useEffect(() => {
    const index = indexOfKey(items, keyOf, focusKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [focusKey, items, keyOf, virtualizer]);
  return (
    <ol
      ref={listRef}
      className={className}
      aria-label={label}
      style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index]!;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            id={idOf?.(item)}
            className={classOf(item)}
            aria-setsize={items.length}
            aria-posinset={row.index + 1}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)`,
            }}
          >
            {render(item)}
          </li>
        );
      })}
    </ol>
  );
}
