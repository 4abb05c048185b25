import type { RedlineOp } from '../api/contract.js';

/**
 * One side of a word-level redline: the old text (`from`: equal + deleted words, deletions struck) or the
 * new text (`to`: equal + inserted words, insertions underlined). Screen readers hear "deleted"/"inserted".
 */
export function RedlineText({ ops, side }: { ops: readonly RedlineOp[]; side: 'from' | 'to' }) {
  const changed = side === 'from' ? 'delete' : 'insert';
  return (
    <p className="redline">
      {ops.map((op, i) => {
        if (op.op === 'equal') return <span key={i}>{op.text}</span>;
        if (op.op !== changed) return null;
        return op.op === 'delete' ? (
          <del key={i} aria-label={`deleted: ${op.text}`}>
            {op.text}
          </del>
        ) : (
          <ins key={i} aria-label={`inserted: ${op.text}`}>
            {op.text}
          </ins>
        );
      })}
    </p>
  );
}
