import { expect, test } from 'vitest';
import { Proposal } from '../model/index.js';
import { readProposal } from './read-proposal.js';
import { writeProposal } from './write-proposal.js';

const proposal = Proposal.parse({
  id: 'e3-counter',
  title: 'E3 counter-proposal',
  authors: ['uk', 'fr', 'de'],
  visibility: 'shared',
  sharedWith: ['ua'],
  preamble: 'European counter-proposal',
  provisions: [
    {
      num: '6',
      label: '6.',
      text: 'Armed forces of up to 800,000 in peacetime.',
      codes: [{ issue: 'military.cap', option: 'cap-800k' }],
    },
    {
      num: '10',
      label: '10.',
      text: 'The US provides a guarantee:',
      codes: [{ issue: 'guarantees', option: 'article-5' }],
    },
    { num: '10a', label: 'a.', text: 'Україна отримує гарантії;', parent: '10', codes: [] },
  ],
});

test('a proposal is written as front matter, preamble and one line per provision', () => {
  expect(writeProposal(proposal)).toBe(
    [
      '---',
      'id: e3-counter',
      'title: E3 counter-proposal',
      'authors: [ uk, fr, de ]',
      'visibility: shared',
      'sharedWith: [ ua ]',
      '---',
      'European counter-proposal',
      '',
      '6. Armed forces of up to 800,000 in peacetime. <!-- parley: military.cap=cap-800k -->',
      '',
      '10. The US provides a guarantee: <!-- parley: guarantees=article-5 -->',
      '    a. Україна отримує гарантії;',
      '',
    ].join('\n'),
  );
});

test('reading the written file gives the same provisions back', () => {
  const read = readProposal('proposals/e3-counter.md', writeProposal(proposal));
  expect(read.errors).toEqual([]);
  expect(read.proposal?.provisions.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(
    proposal.provisions,
  );
});
