import { Id } from '../../../src/model/index.js';
import type { CaseManifest } from '../api/contract.js';
import type { FieldErrors } from './position-draft.js';

/** What the set-up screen edits: the manifest without its id, which never changes. */
export type ManifestDraft = Omit<CaseManifest, 'id'>;

/**
 * The mistakes of a set-up draft, keyed by field path as the server keys them (`parties.1.id`,
 * `issues.0.options.2.label`): an id that is not an id or is used twice in its list, an empty name, title or
 * label, an issue without an option, a track naming a party that is gone, a number that is not one.
 * @example validateManifestDraft({ title: '', parties: [], tracks: [], issues: [], coherence: [] }) // { title: 'give the process a title' }
 */
export function validateManifestDraft(draft: ManifestDraft): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.title.trim() === '') errors.title = 'give the process a title';
  const checkIds = (items: readonly { id: string }[], path: string, what: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const at = `${path}.${i}.id`;
      if (item.id === '') errors[at] = `give the ${what} an id`;
      else if (!Id.safeParse(item.id).success)
        errors[at] =
          `'${item.id}': use lower-case letters, digits, "." and "-", starting with a letter or digit`;
      else if (seen.has(item.id)) errors[at] = `another ${what} already has the id '${item.id}'`;
      seen.add(item.id);
    });
  };
  const required = (text: string, at: string, message: string) => {
    if (text.trim() === '') errors[at] = message;
  };
  checkIds(draft.parties, 'parties', 'party');
  draft.parties.forEach((p, i) => required(p.name, `parties.${i}.name`, 'give the party a name'));
  checkIds(draft.tracks, 'tracks', 'track');
  const parties = new Set(draft.parties.map((p) => p.id));
  draft.tracks.forEach((t, i) => {
    required(t.name, `tracks.${i}.name`, 'give the track a name');
    const gone = t.parties.filter((p) => !parties.has(p));
    if (gone.length > 0)
      errors[`tracks.${i}.parties`] = `names parties that are not in the process: ${gone.join(', ')}`;
  });
  checkIds(draft.issues, 'issues', 'issue');
  draft.issues.forEach((issue, i) => {
    required(issue.title, `issues.${i}.title`, 'give the issue a title');
    if (issue.options.length === 0) errors[`issues.${i}.options`] = 'an issue needs at least one option';
    checkIds(issue.options, `issues.${i}.options`, 'option of this issue');
    issue.options.forEach((o, j) => {
      required(o.label, `issues.${i}.options.${j}.label`, 'give the option a label');
      if (o.value !== undefined && Number.isNaN(o.value))
        errors[`issues.${i}.options.${j}.value`] = 'a value is a number, or empty';
    });
    if (issue.whenSilent !== undefined && !issue.options.some((o) => o.id === issue.whenSilent))
      errors[`issues.${i}.whenSilent`] = `'${issue.whenSilent}' is not one of this issue's options`;
  });
  return errors;
}

/**
 * The list with the item at `index` moved by `by` places (−1 up, +1 down); unchanged at the ends.
 * @example move(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function move<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The list with `item` at `index` replaced. */
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((x, i) => (i === index ? item : x));

/** The list without the item at `index`. */
export const removeAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

/**
 * Retires a party from the draft: gone from the list and from every track that named it, so the one place
 * that still refers to it is what the server reports (a position, a proposal, a delegate).
 */
export function retireParty(draft: ManifestDraft, index: number): ManifestDraft {
  const id = draft.parties[index]?.id;
  return {
    ...draft,
    parties: removeAt(draft.parties, index),
    tracks: draft.tracks.map((t) => ({ ...t, parties: t.parties.filter((p) => p !== id) })),
  };
}
