import type { ReactNode } from 'react';
import { SectionHeading } from './section-heading.js';
import { WindowList } from './window-list.js';
import type { Provision } from '../api/contract.js';

/**
 * A proposal's provisions as the document numbers them, each under the section heading the document sets
 * above it, sub-points indented, `point` brought into view and
 * marked. `renderBody` draws what follows each label (text, codes, editor). Long proposals are virtualised.
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
  return (
    <WindowList
      items={provisions}
      keyOf={numOf}
      idOf={(p) => `p-${p.num}`}
      classOf={(p) => `provision${p.parent ? ' sub' : ''}${p.num === point ? ' focused' : ''}`}
      render={(p) => (
        <>
          {p.heading !== undefined && <SectionHeading markdown={p.heading} />}
          <span className="provision-label">{p.label || '¶'}</span>
          <div className="provision-body">{renderBody(p)}</div>
        </>
      )}
      focusKey={point}
      className="provisions"
      label="Provisions"
    />
  );
}

// Stable across renders, so the list does not scroll back to the focused point on every keystroke.
const numOf = (p: Provision) => p.num;
