/**
 * Small in-memory proposals from the demo case (points 3 and 6 of the US plan and the E3 answer), shared by
 * the logic tests.
 */
import { CaseManifest } from '../../../src/model/index.js';
import type { CompareReport, Proposal } from '../api/contract.js';

const base = { authors: [], visibility: 'public' as const, sharedWith: [], preamble: '' };

export const us28: Proposal = {
  ...base,
  id: 'us-28',
  title: 'US 28-point plan',
  authors: ['us'],
  date: '2025-11-20',
  provisions: [
    {
      num: '3',
      label: '3.',
      text: 'NATO stops enlarging.',
      codes: [{ issue: 'nato.enlargement', option: 'halted' }],
    },
    {
      num: '6',
      label: '6.',
      text: "Ukraine's armed forces are capped at 600,000 personnel.",
      codes: [{ issue: 'military.cap', option: 'cap-600k' }],
    },
  ],
};

export const e3: Proposal = {
  ...base,
  id: 'e3-counter',
  title: 'E3 counter-proposal',
  authors: ['uk', 'fr', 'de'],
  date: '2025-11-23',
  revises: 'us-28',
  provisions: [
    {
      num: '6',
      label: '6.',
      text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
      codes: [{ issue: 'military.cap', option: 'cap-800k' }],
    },
  ],
};

export const us28ToE3: CompareReport = {
  pairs: [
    {
      from: '3',
      to: null,
      kind: 'deleted',
      similarity: 0,
      redline: [{ op: 'delete', text: 'NATO stops enlarging.' }],
    },
    {
      from: '6',
      to: '6',
      kind: 'modified',
      similarity: 0.8,
      redline: [
        { op: 'equal', text: "Ukraine's armed forces are capped at " },
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: '800,000' },
        { op: 'equal', text: ' personnel' },
        { op: 'insert', text: ' in peacetime' },
        { op: 'equal', text: '.' },
      ],
    },
  ],
};

/** Two parties and two issues (an army cap with numeric values, NATO), for the position logic tests. */
export const talksManifest: CaseManifest = CaseManifest.parse({
  id: 'talks',
  title: 'Talks',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
  ],
  tracks: [],
  issues: [
    {
      id: 'military.cap',
      title: 'Army cap',
      options: [
        { id: 'none', label: 'No cap', value: Infinity },
        { id: 'cap-800k', label: '800,000', value: 800_000 },
        { id: 'cap-600k', label: '600,000', value: 600_000 },
      ],
    },
    {
      id: 'nato',
      title: 'NATO',
      options: [
        { id: 'open', label: 'Open' },
        { id: 'barred', label: 'Barred' },
      ],
    },
  ],
});
