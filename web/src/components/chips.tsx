import { formatCode, optionLabelsOf } from '../../../src/model/index.js';
import type { ChangeKind, Code, Issue, Verdict, Visibility } from '../api/contract.js';

const verdictIcons: Record<Verdict, string> = { satisfied: '✓', violated: '✕', open: '?' };

/** A verdict as colour, icon and word, so it reads without colour too. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span className={`verdict verdict-${verdict}`}>
      <span aria-hidden="true">{verdictIcons[verdict]}</span> {verdict}
    </span>
  );
}

const kindIcons: Record<ChangeKind, string> = {
  same: '=',
  modified: '~',
  moved: '↕',
  split: '⋔',
  merged: '⊕',
  deleted: '−',
  added: '+',
};

/** A change kind as a labelled marker. */
export function KindBadge({ kind }: { kind: ChangeKind }) {
  return (
    <span className={`kind kind-${kind}`}>
      <span aria-hidden="true">{kindIcons[kind]}</span> {kind}
    </span>
  );
}

/**
 * An issue code as a chip: the issue and the option label, the ids in the tooltip. Bracketed alternatives
 * read `[label / label]`, as the draft prints them.
 */
export function IssueChip({ code, issues }: { code: Code; issues: readonly Issue[] }) {
  const issue = issues.find((i) => i.id === code.issue);
  const isAlternative = 'options' in code;
  return (
    <span
      className={`chip chip-issue${isAlternative ? ' chip-alternatives' : ''}`}
      title={`${formatCode(code)}${isAlternative ? ' (alternatives: the text leaves this open)' : ''}`}
    >
      {issue?.title ?? code.issue}: <strong>{optionLabelsOf(issue, code)}</strong>
    </span>
  );
}

/** Who may see a proposal. */
export function VisibilityChip({
  visibility,
  sharedWith,
}: {
  visibility: Visibility;
  sharedWith: readonly string[];
}) {
  const text = visibility === 'shared' ? `shared with ${sharedWith.join(', ') || 'nobody yet'}` : visibility;
  return <span className={`chip chip-${visibility}`}>{text}</span>;
}
