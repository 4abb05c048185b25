import { describe, expect, test } from 'vitest';
import { move, retireParty, validateManifestDraft } from './manifest-draft.js';
import type { ManifestDraft } from './manifest-draft.js';

const draft: ManifestDraft = {
  title: 'Talks',
  parties: [
    { id: 'ua', name: 'Ukraine', kind: 'party' },
    { id: 'ru', name: 'Russia', kind: 'party' },
  ],
  tracks: [{ id: 'main', name: 'Main', parties: ['ua', 'ru'] }],
  issues: [{ id: 'cap', title: 'Cap', options: [{ id: 'none', label: 'No cap', value: Infinity }] }],
  coherence: [],
};

describe('the set-up draft', () => {
  test('a valid draft has no mistakes', () => {
    expect(validateManifestDraft(draft)).toEqual({});
  });

  test('an empty name, a duplicate id and a bad id are each reported at their field', () => {
    const errors = validateManifestDraft({
      ...draft,
      parties: [
        ...draft.parties,
        { id: 'ua', name: ' ', kind: 'party' },
        { id: 'Bad Id', name: 'X', kind: 'party' },
      ],
    });
    expect(errors).toEqual({
      'parties.2.id': "another party already has the id 'ua'",
      'parties.2.name': 'give the party a name',
      'parties.3.id': expect.stringContaining("'Bad Id'"),
    });
  });

  test('an issue without options, an empty label and a silent option that is not one are reported', () => {
    const errors = validateManifestDraft({
      ...draft,
      issues: [
        { id: 'a', title: 'A', options: [] },
        { id: 'b', title: 'B', options: [{ id: 'x', label: '' }], whenSilent: 'y' },
      ],
    });
    expect(Object.keys(errors).sort()).toEqual([
      'issues.0.options',
      'issues.1.options.0.label',
      'issues.1.whenSilent',
    ]);
  });

  test('retiring a party takes it out of the tracks too; moving past an end changes nothing', () => {
    const retired = retireParty(draft, 1);
    expect(retired.parties.map((p) => p.id)).toEqual(['ua']);
    expect(retired.tracks[0]?.parties).toEqual(['ua']);
    expect(validateManifestDraft(retired)).toEqual({});
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });
});
