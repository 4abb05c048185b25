import { useDeferredValue, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../api/problem.js';
import { centralValue } from '../../../src/model/index.js';
import { freshRedLineId, validatePositionDraft } from '../logic/position-draft.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { previewPosition } from '../logic/position-preview.js';
import type { CaseManifest, Position, Proposal, RedLine, VersionedPosition } from '../api/contract.js';
import { FieldError, invalidProps } from './field-error.js';
import { describeUncertain, NumberField, numberText } from './number-field.js';
import { IssueFields } from './issue-fields.js';
import { PositionPreview } from './position-preview.js';
import { RuleBuilder } from './rule-builder.js';
import { FirmnessField } from './firmness-field.js';
import { SaveFailureNote, useVersionedSave } from './versioned-save.js';
import { serverFieldErrors } from './save-error.js';

/** The red-line fields this editor shows; any other field a red line carries is kept as it was read. */
const shownRedLineFields = new Set(['id', 'text', 'source', 'rule', 'since', 'until', 'firmness']);

/**
 * Edits one party's position: a weight per issue (slider and exact number, with its share of the total), a
 * utility 0..100 per option with a bar, the reservation, and red lines with their text, source and rule.
 * Below, a live preview of what the draft makes of the proposals the caller can read. "Save position" writes
 * the whole position once with the version it was read at; a mistake is shown at its field and nothing is
 * sent. Fields the editor does not show (notes, a red line's priority or dates…) are saved as they were read.
 * The mediators' estimate of a position (issue 17) is edited the same way: `noun` names it, `write` saves it.
 */
export function PositionEditor({
  manifest,
  partyName,
  noun = 'position',
  write,
  initial,
  proposals,
  onStale,
}: {
  manifest: CaseManifest;
  partyName: string;
  /** What is edited, in words: the party's `position`, or the mediators' `estimate` of it. */
  noun?: 'position' | 'estimate';
  /** Saves the whole document once: `If-Match` with `version`, or creates it when `version` is null. */
  write: (document: Position, version: number | null) => Promise<VersionedPosition>;
  /** The position as read, or a new empty one (`version` null) when the party has none yet. */
  initial: { position: Position; version: number | null };
  proposals: readonly Proposal[];
  onStale: () => void;
}) {
  const [draft, setDraft] = useState<Position>(initial.position);
  // The version the next save names in If-Match; null until the position exists.
  const [version, setVersion] = useState(initial.version);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [hasTriedSave, setTriedSave] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const { failure, isBusy, run } = useVersionedSave(`this ${noun}`);
  const formRef = useRef<HTMLFormElement>(null);

  const localErrors = useMemo(() => validatePositionDraft(manifest, draft), [manifest, draft]);
  // Mistakes show at their fields as they are made; the server's (a 400 or 422 it found) until the next change.
  const errors = { ...serverErrors, ...localErrors };
  const errorCount = Object.keys(errors).length;
  const deferred = useDeferredValue(draft);
  const preview = useMemo(
    () => previewPosition(manifest, proposals, deferred),
    [manifest, proposals, deferred],
  );

  const change = (next: Position) => {
    setDraft(next);
    setSavedNote(null);
    setServerErrors({});
  };
  const setRedLine = (index: number, redline: RedLine) =>
    change({ ...draft, redlines: draft.redlines.map((r, i) => (i === index ? redline : r)) });

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTriedSave(true);
    if (Object.keys(localErrors).length > 0) {
      // Nothing is sent; take the reader to the first field that needs fixing.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    void run(async () => {
      try {
        const saved = await write(draft, version);
        setVersion(saved.version);
        setSavedNote(`Saved as version ${saved.version}.`);
      } catch (error) {
        if (error instanceof ApiError && (error.status === 400 || error.status === 422))
          setServerErrors(serverFieldErrors(error));
        throw error;
      }
    });
  };

  return (
    <form
      className="position-editor"
      aria-label={noun === 'estimate' ? `Estimate of ${partyName}'s position` : `Position of ${partyName}`}
      onSubmit={save}
      noValidate
      ref={formRef}
    >
      <label className="as-of">
        Holds from
        <input
          type="date"
          value={draft.asOf ?? ''}
          onChange={(e) => {
            const { asOf: _old, ...rest } = draft;
            change(e.target.value === '' ? rest : { ...rest, asOf: e.target.value });
          }}
        />
        <span className="muted">
          {' '}
          {noun === 'estimate'
            ? 'the date of the position this estimates'
            : 'the date this position was stated; check judges each proposal at its date'}
        </span>
      </label>

      <fieldset>
        <legend>Reservation</legend>
        <p className="muted">The utility of no agreement, 0..100: a proposal must be worth more than this.</p>
        <NumberField
          value={draft.reservation}
          onChange={(reservation) => change({ ...draft, reservation })}
          label="Reservation"
          errors={errors}
          path="reservation"
          min={0}
          max={100}
          slider={{ max: 100 }}
          central={centralValue}
        />
      </fieldset>

      <IssueFields
        manifest={manifest}
        partyName={partyName}
        draft={draft}
        errors={errors}
        onChange={change}
      />

      <fieldset>
        <legend>Red lines</legend>
        {draft.redlines.length === 0 && <p className="muted">No red line yet.</p>}
        {draft.redlines.map((redline, index) => (
          <RedLineFields
            key={index}
            redline={redline}
            index={index}
            manifest={manifest}
            errors={errors}
            onChange={(next) => setRedLine(index, next)}
            onRemove={() => change({ ...draft, redlines: draft.redlines.filter((_, i) => i !== index) })}
          />
        ))}
        <button
          type="button"
          className="quiet"
          onClick={() => {
            const issue = manifest.issues[0];
            if (!issue) return;
            const id = freshRedLineId(draft.redlines.map((r) => r.id));
            change({
              ...draft,
              redlines: [...draft.redlines, { id, text: '', rule: { issue: issue.id, in: [] } }],
            });
          }}
        >
          + Add a red line
        </button>
      </fieldset>

      <PositionPreview
        preview={preview}
        redlines={deferred.redlines}
        reservation={
          typeof deferred.reservation === 'number'
            ? numberText(deferred.reservation)
            : describeUncertain(deferred.reservation)
        }
      />

      {hasTriedSave && errorCount > 0 && (
        <div className="note note-error" role="alert">
          Nothing was saved: {errorCount === 1 ? 'one field needs' : `${errorCount} fields need`} fixing
          (marked above).
        </div>
      )}
      <SaveFailureNote failure={failure} onStale={onStale} reloadLabel={`Reload the ${noun}`} />
      {savedNote && (
        <p className="note" role="status">
          {savedNote}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={isBusy}>
          {isBusy ? 'Saving…' : `Save ${noun}`}
        </button>
      </div>
    </form>
  );
}

function RedLineFields({
  redline,
  index,
  manifest,
  errors,
  onChange,
  onRemove,
}: {
  redline: RedLine;
  index: number;
  manifest: CaseManifest;
  errors: FieldErrors;
  onChange: (redline: RedLine) => void;
  onRemove: () => void;
}) {
  const at = `redlines.${index}`;
  const name = `Red line ${index + 1}`;
  const kept = Object.keys(redline).filter((key) => !shownRedLineFields.has(key));
  return (
    <fieldset className="redline-fields">
      <legend>
        {name}: {redline.id}
      </legend>
      <div className="redline-grid">
        <label>
          Id
          <input
            type="text"
            value={redline.id}
            {...invalidProps(errors, `${at}.id`)}
            onChange={(e) => onChange({ ...redline, id: e.target.value })}
          />
          <FieldError errors={errors} path={`${at}.id`} />
        </label>
        <label>
          Source
          <input
            type="text"
            value={redline.source ?? ''}
            placeholder="where the party said so"
            onChange={(e) => {
              const { source: _old, ...rest } = redline;
              onChange(e.target.value === '' ? rest : { ...rest, source: e.target.value });
            }}
          />
        </label>
      </div>
      <div className="redline-grid">
        {(['since', 'until'] as const).map((bound) => (
          <label key={bound}>
            {bound === 'since' ? 'In force since' : 'In force until'}
            <input
              type="date"
              value={redline[bound] ?? ''}
              onChange={(e) => {
                const { [bound]: _old, ...rest } = redline;
                onChange(e.target.value === '' ? rest : { ...rest, [bound]: e.target.value });
              }}
            />
          </label>
        ))}
      </div>
      <label>
        Text
        <textarea
          rows={2}
          value={redline.text}
          {...invalidProps(errors, `${at}.text`)}
          onChange={(e) => onChange({ ...redline, text: e.target.value })}
        />
        <FieldError errors={errors} path={`${at}.text`} />
      </label>
      <FirmnessField
        firmness={redline.firmness}
        label={`Firmness of red line ${index + 1}`}
        errors={errors}
        path={`${at}.firmness`}
        onChange={(firmness) => {
          const { firmness: _old, ...rest } = redline;
          onChange(firmness === undefined ? rest : { ...rest, firmness });
        }}
      />
      <div className="rule-root">
        <span className="rule-heading">Rule</span>
        <RuleBuilder
          rule={redline.rule}
          onChange={(rule) => onChange({ ...redline, rule })}
          issues={manifest.issues}
          errors={errors}
          path={`${at}.rule`}
          name={name}
        />
      </div>
      {kept.length > 0 && <p className="muted">Also kept as read: {kept.join(', ')}.</p>}
      <div className="actions">
        <button type="button" className="quiet small" onClick={onRemove}>
          Remove red line {index + 1}
        </button>
      </div>
    </fieldset>
  );
}
