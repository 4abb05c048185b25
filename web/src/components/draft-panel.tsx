import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { useApp } from '../session.js';
import { ErrorNote } from './status.js';
import { saveBlob } from './save-blob.js';
import { IssueChip, VerdictBadge } from './chips.js';
import { WindowList } from './window-list.js';
import { defaultBase, provenanceSummary } from '../logic/draft-choices.js';
import type { PackageChoice } from '../logic/draft-choices.js';
import type { DraftAnswer, DraftFormat, DraftRequest, Provision, ProvenanceEntry } from '../api/contract.js';
import type { ProcessData } from '../views/process-shell.js';

type Composing =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; request: DraftRequest; answer: DraftAnswer }
  | { status: 'failed'; error: Error };

const downloads: { format: DraftFormat; label: string }[] = [
  { format: 'docx', label: 'Word (.docx)' },
  { format: 'html', label: 'HTML' },
  { format: 'md', label: 'Markdown' },
];

/**
 * "Draft from this package" (issue #7): pick one of the packages on screen and a base proposal; the server
 * composes a bridging draft from the provisions of the proposals the user may read. Shows every point
 * with where it came from (placeholders marked), the flags and each party's verdicts, and offers the draft
 * as Word with tracked changes, HTML and Markdown.
 */
export function DraftPanel({ data, choices }: { data: ProcessData; choices: readonly PackageChoice[] }) {
  const { api } = useApp();
  const { process, proposals } = data;
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? '');
  const [base, setBase] = useState(defaultBase(proposals) ?? '');
  const [composing, setComposing] = useState<Composing>({ status: 'idle' });
  const [saving, setSaving] = useState<{ format: DraftFormat } | { error: Error } | null>(null);
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0];
  // A new answer (a what-if, a bridge) changes the packages on offer; keep the pick if it is still there.
  useEffect(() => {
    if (!choices.some((c) => c.key === choiceKey)) setChoiceKey(choices[0]?.key ?? '');
  }, [choices, choiceKey]);
  const name = (id: string) => process.parties.find((p) => p.id === id)?.name ?? id;

  const compose = () => {
    if (!choice || !base) return;
    const request: DraftRequest = { base, ...choice.request, towards: `the ${choice.label}` };
    setComposing({ status: 'running' });
    setSaving(null);
    api.draft(process.id, request).then(
      (answer) => setComposing({ status: 'done', request, answer }),
      (error: Error) => setComposing({ status: 'failed', error }),
    );
  };
  const save = (format: DraftFormat) => {
    if (composing.status !== 'done') return;
    setSaving({ format });
    api.downloadDraft(process.id, composing.request, format).then(
      ({ blob, filename }) => {
        saveBlob(blob, filename);
        setSaving(null);
      },
      (error: Error) => setSaving({ error }),
    );
  };

  return (
    <section className="card draft-panel" aria-labelledby="draft-title">
      <h2 id="draft-title">Draft from this package</h2>
      <p className="muted">
        Compose a bridging draft on a base proposal: its points are kept where they agree with the package,
        and replaced or completed with provisions of the other proposals you may read, word for word.
      </p>
      <div className="proposal-pickers">
        <label>
          Package
          <select value={choice?.key ?? ''} onChange={(e) => setChoiceKey(e.target.value)}>
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Base proposal
          <select value={base} onChange={(e) => setBase(e.target.value)}>
            {proposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="primary"
          onClick={compose}
          disabled={!choice || !base || composing.status === 'running'}
        >
          {composing.status === 'running' ? 'Composing…' : 'Compose the draft'}
        </button>
      </div>
      {composing.status === 'failed' && <ErrorNote error={composing.error} onRetry={compose} />}
      {composing.status === 'done' && (
        <DraftResult
          data={data}
          answer={composing.answer}
          partyName={name}
          actions={
            <div className="actions" role="group" aria-label="Download the draft">
              {downloads.map(({ format, label }) => (
                <button
                  key={format}
                  type="button"
                  onClick={() => save(format)}
                  disabled={saving !== null && 'format' in saving}
                >
                  {saving !== null && 'format' in saving && saving.format === format
                    ? 'Preparing…'
                    : `Download ${label}`}
                </button>
              ))}
              {saving !== null && 'error' in saving && <ErrorNote error={saving.error} />}
            </div>
          }
        />
      )}
    </section>
  );
}

function DraftResult({
  data,
  answer,
  partyName,
  actions,
}: {
  data: ProcessData;
  answer: DraftAnswer;
  partyName: (id: string) => string;
  actions: ReactNode;
}) {
  const { process } = data;
  const points = answer.draft.provisions.map((provision, i) => ({ provision, entry: answer.provenance[i]! }));
  return (
    <div className="draft-result">
      <h3>{answer.draft.title}</h3>
      <p role="status">
        {provenanceSummary(answer)}.
        {answer.relaxed.length > 0 &&
          ` Drafted as if these red lines gave way: ${answer.relaxed.map((r) => (r.redline === 'sealed' && r.text ? r.text : `${partyName(r.party)}'s ${r.redline}`)).join(', ')}.`}
      </p>
      {actions}
      <ul className="draft-verdicts" aria-label="Verdicts on the draft">
        {answer.verdicts.map((v) => (
          <li key={v.party}>
            <strong>{partyName(v.party)}</strong> <VerdictBadge verdict={v.verdict} />{' '}
            <span className="muted">
              {v.sealed ? 'utility and red lines sealed to you' : `utility ${v.utility?.toFixed(1)}`}
            </span>
          </li>
        ))}
      </ul>
      {process.access.role !== 'mediator' && (
        <p className="muted">
          Drafted and tested against your own position alone: the other parties’ positions are sealed to you.
        </p>
      )}
      {answer.flags.length > 0 && (
        <div className="note">
          <strong>To look at:</strong>
          <ul>
            {answer.flags.map((f, i) => (
              <li key={i}>{f.message}</li>
            ))}
          </ul>
        </div>
      )}
      <WindowList
        items={points}
        keyOf={({ provision }) => provision.num}
        classOf={({ entry }) => `draft-point draft-${entry.kind}`}
        render={({ provision, entry }) => (
          <DraftPoint provision={provision} entry={entry} issues={process.issues} />
        )}
        className="draft-points"
        label="The composed draft"
      />
    </div>
  );
}

const kindWords: Record<ProvenanceEntry['kind'], string> = {
  kept: 'kept',
  replaced: 'replaced',
  inserted: 'inserted',
  placeholder: 'to be drafted',
};

function DraftPoint({
  provision,
  entry,
  issues,
}: {
  provision: Provision;
  entry: ProvenanceEntry;
  issues: ProcessData['process']['issues'];
}) {
  const source = entry.source ? `${entry.source.proposal} point ${entry.source.num}` : 'no source';
  return (
    <>
      <span className="provision-label">{provision.label}</span>
      <div>
        <p className={entry.kind === 'placeholder' ? 'placeholder-text' : undefined}>{provision.text}</p>
        <p className="draft-source">
          <span className={`chip draft-chip-${entry.kind}`}>{kindWords[entry.kind]}</span>{' '}
          <span className="muted">
            {source}
            {entry.kind !== 'kept' && ` — ${entry.note}`}
          </span>{' '}
          {provision.codes.map((c) => (
            <IssueChip key={c.issue} code={c} issues={issues} />
          ))}
        </p>
      </div>
    </>
  );
}
