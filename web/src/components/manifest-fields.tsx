import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Issue, Option, Party, Track } from '../api/contract.js';
import { move, removeAt, replaceAt, retireParty } from '../logic/manifest-draft.js';
import type { ManifestDraft } from '../logic/manifest-draft.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { FieldError, invalidProps } from './field-error.js';

interface FieldsProps {
  draft: ManifestDraft;
  /** Ids read from the server: they name stored data, so they are shown but never changed. */
  storedIds: {
    parties: Set<string>;
    tracks: Set<string>;
    issues: Set<string>;
    options: Map<string, Set<string>>;
  };
  errors: FieldErrors;
  onChange: (next: ManifestDraft) => void;
}

/** A labelled text input whose error shows under it. */
function TextField({
  label,
  value,
  path,
  errors,
  onChange,
  readOnly = false,
  wide = false,
}: {
  label: string;
  value: string;
  path: string;
  errors: FieldErrors;
  onChange: (value: string) => void;
  readOnly?: boolean;
  wide?: boolean;
}) {
  return (
    <label className={wide ? 'setup-field setup-field-wide' : 'setup-field'}>
      <span>{label}</span>
      <input
        type="text"
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(errors, path)}
      />
      <FieldError errors={errors} path={path} />
    </label>
  );
}

/**
 * An option's numeric value as text: empty for none, "no limit" for infinity. The text is kept as typed, so a
 * half-typed number ("-") shows as typed, with its error, instead of turning into "NaN".
 */
function OptionValueField({
  label,
  option,
  path,
  errors,
  onChange,
}: {
  label: string;
  option: Option;
  path: string;
  errors: FieldErrors;
  onChange: (next: Option) => void;
}) {
  const shown =
    option.value === undefined ? '' : option.value === Infinity ? 'no limit' : String(option.value);
  const [text, setText] = useState(shown);
  // The typed text while it still means the value (after a reorder it no longer does: show the value).
  const display = Object.is(parseOptionValue(text), option.value) ? text : shown;
  return (
    <TextField
      label={label}
      value={display}
      path={path}
      errors={errors}
      onChange={(typed) => {
        setText(typed);
        const { value: _old, ...rest } = option;
        const value = parseOptionValue(typed);
        onChange(value === undefined ? rest : { ...rest, value });
      }}
    />
  );
}

/** `''` → none, `no limit`/`inf`/`∞` → Infinity, else the number (NaN when it is not one). */
const parseOptionValue = (text: string): number | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^(no limit|inf|∞)$/i.test(trimmed) ? Infinity : Number(trimmed);
};

/** Up, down and retire buttons of one entry, each named after it ("Move Ukraine up"). */
function RowActions({
  name,
  index,
  count,
  onMove,
  onRetire,
}: {
  name: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRetire: () => void;
}) {
  return (
    <span className="row-actions">
      <button type="button" className="quiet" disabled={index === 0} onClick={() => onMove(-1)}>
        Move {name} up
      </button>
      <button type="button" className="quiet" disabled={index === count - 1} onClick={() => onMove(1)}>
        Move {name} down
      </button>
      <button type="button" className="quiet" onClick={onRetire}>
        Retire {name}
      </button>
    </span>
  );
}

function Section({
  title,
  children,
  onAdd,
  addLabel,
}: {
  title: string;
  children: ReactNode;
  onAdd: () => void;
  addLabel: string;
}) {
  return (
    <fieldset className="setup-section">
      <legend>{title}</legend>
      {children}
      <button type="button" className="quiet" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/** The parties of a process: id (new ones only), name and kind, in order. */
export function PartyFields({ draft, storedIds, errors, onChange }: FieldsProps) {
  const set = (parties: Party[]) => onChange({ ...draft, parties });
  return (
    <Section
      title="Parties"
      addLabel="Add a party"
      onAdd={() => set([...draft.parties, { id: '', name: '', kind: 'party' }])}
    >
      {draft.parties.length === 0 && <p className="muted">No party yet.</p>}
      {draft.parties.map((party, i) => {
        const name = party.name || `party ${i + 1}`;
        return (
          <div className="setup-row" key={i}>
            <TextField
              label={`Party ${i + 1} id`}
              value={party.id}
              path={`parties.${i}.id`}
              errors={errors}
              readOnly={storedIds.parties.has(party.id)}
              onChange={(id) => set(replaceAt(draft.parties, i, { ...party, id }))}
            />
            <TextField
              label={`Party ${i + 1} name`}
              value={party.name}
              path={`parties.${i}.name`}
              errors={errors}
              wide
              onChange={(value) => set(replaceAt(draft.parties, i, { ...party, name: value }))}
            />
            <label className="setup-field">
              <span>Party {i + 1} kind</span>
              <select
                value={party.kind}
                onChange={(e) =>
                  set(replaceAt(draft.parties, i, { ...party, kind: e.target.value as Party['kind'] }))
                }
              >
                <option value="party">party</option>
                <option value="mediator">mediator</option>
              </select>
            </label>
            <RowActions
              name={name}
              index={i}
              count={draft.parties.length}
              onMove={(by) => set(move(draft.parties, i, by))}
              onRetire={() => onChange(retireParty(draft, i))}
            />
          </div>
        );
      })}
    </Section>
  );
}

/** The tracks: id, name and which parties sit at each. */
export function TrackFields({ draft, storedIds, errors, onChange }: FieldsProps) {
  const set = (tracks: Track[]) => onChange({ ...draft, tracks });
  return (
    <Section
      title="Tracks"
      addLabel="Add a track"
      onAdd={() => set([...draft.tracks, { id: '', name: '', parties: [] }])}
    >
      {draft.tracks.length === 0 && <p className="muted">No track yet.</p>}
      {draft.tracks.map((track, i) => {
        const name = track.name || `track ${i + 1}`;
        return (
          <div className="setup-row" key={i}>
            <TextField
              label={`Track ${i + 1} id`}
              value={track.id}
              path={`tracks.${i}.id`}
              errors={errors}
              readOnly={storedIds.tracks.has(track.id)}
              onChange={(id) => set(replaceAt(draft.tracks, i, { ...track, id }))}
            />
            <TextField
              label={`Track ${i + 1} name`}
              value={track.name}
              path={`tracks.${i}.name`}
              errors={errors}
              wide
              onChange={(value) => set(replaceAt(draft.tracks, i, { ...track, name: value }))}
            />
            <fieldset className="setup-parties" {...invalidProps(errors, `tracks.${i}.parties`)}>
              <legend>Parties of {name}</legend>
              {draft.parties.map((party) => (
                <label key={party.id} className="inline">
                  <input
                    type="checkbox"
                    checked={track.parties.includes(party.id)}
                    onChange={(e) =>
                      set(
                        replaceAt(draft.tracks, i, {
                          ...track,
                          parties: e.target.checked
                            ? draft.parties
                                .map((p) => p.id)
                                .filter((id) => id === party.id || track.parties.includes(id))
                            : track.parties.filter((id) => id !== party.id),
                        }),
                      )
                    }
                  />
                  {party.name || party.id}
                </label>
              ))}
              <FieldError errors={errors} path={`tracks.${i}.parties`} />
            </fieldset>
            <RowActions
              name={name}
              index={i}
              count={draft.tracks.length}
              onMove={(by) => set(move(draft.tracks, i, by))}
              onRetire={() => set(removeAt(draft.tracks, i))}
            />
          </div>
        );
      })}
    </Section>
  );
}

/** The issues with their ordered options: id (new ones only), title, group; option id, label and value. */
export function IssueSetupFields({ draft, storedIds, errors, onChange }: FieldsProps) {
  const set = (issues: Issue[]) => onChange({ ...draft, issues });
  return (
    <Section
      title="Issues"
      addLabel="Add an issue"
      onAdd={() => set([...draft.issues, { id: '', title: '', options: [{ id: '', label: '' }] }])}
    >
      {draft.issues.length === 0 && <p className="muted">No issue yet.</p>}
      {draft.issues.map((issue, i) => {
        const name = issue.title || `issue ${i + 1}`;
        const setIssue = (next: Issue) => set(replaceAt(draft.issues, i, next));
        const setOptions = (options: Option[]) => setIssue({ ...issue, options });
        const storedOptions = storedIds.options.get(issue.id) ?? new Set<string>();
        return (
          <fieldset className="setup-issue" key={i}>
            <legend>{name}</legend>
            <div className="setup-row">
              <TextField
                label={`Issue ${i + 1} id`}
                value={issue.id}
                path={`issues.${i}.id`}
                errors={errors}
                readOnly={storedIds.issues.has(issue.id)}
                onChange={(id) => setIssue({ ...issue, id })}
              />
              <TextField
                label={`Issue ${i + 1} title`}
                value={issue.title}
                path={`issues.${i}.title`}
                errors={errors}
                wide
                onChange={(title) => setIssue({ ...issue, title })}
              />
              <TextField
                label={`Issue ${i + 1} group`}
                value={issue.group ?? ''}
                path={`issues.${i}.group`}
                errors={errors}
                onChange={(group) => {
                  const { group: _old, ...rest } = issue;
                  setIssue(group === '' ? rest : { ...rest, group });
                }}
              />
              <RowActions
                name={name}
                index={i}
                count={draft.issues.length}
                onMove={(by) => set(move(draft.issues, i, by))}
                onRetire={() => set(removeAt(draft.issues, i))}
              />
            </div>
            <FieldError errors={errors} path={`issues.${i}.options`} />
            {issue.options.map((option, j) => {
              const optionName = `${option.label || `option ${j + 1}`} (${name})`;
              const setOption = (next: Option) => setOptions(replaceAt(issue.options, j, next));
              return (
                <div className="setup-row setup-option" key={j}>
                  <TextField
                    label={`Option ${j + 1} id (${name})`}
                    value={option.id}
                    path={`issues.${i}.options.${j}.id`}
                    errors={errors}
                    readOnly={storedOptions.has(option.id)}
                    onChange={(id) => setOption({ ...option, id })}
                  />
                  <TextField
                    label={`Option ${j + 1} label (${name})`}
                    value={option.label}
                    path={`issues.${i}.options.${j}.label`}
                    errors={errors}
                    wide
                    onChange={(label) => setOption({ ...option, label })}
                  />
                  <OptionValueField
                    label={`Option ${j + 1} value (${name})`}
                    option={option}
                    path={`issues.${i}.options.${j}.value`}
                    errors={errors}
                    onChange={setOption}
                  />
                  <RowActions
                    name={optionName}
                    index={j}
                    count={issue.options.length}
                    onMove={(by) => setOptions(move(issue.options, j, by))}
                    onRetire={() => setOptions(removeAt(issue.options, j))}
                  />
                </div>
              );
            })}
            <button
              type="button"
              className="quiet"
              onClick={() => setOptions([...issue.options, { id: '', label: '' }])}
            >
              Add an option to {name}
            </button>
          </fieldset>
        );
      })}
    </Section>
  );
}
