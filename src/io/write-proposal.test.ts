import { expect, test } from 'vitest';
import { buildProposal, buildProvision } from '../../test/case-builder.test-support.js';
import { readProposal } from './read-proposal.js';
import { writeProposal } from './write-proposal.js';

const proposal = buildProposal(
  'e3-counter',
  [
    buildProvision('6', 'Armed forces of up to 800,000 in peacetime.', { 'military.cap': 'cap-800k' }),
    buildProvision('10', 'The US provides a guarantee:', { guarantees: 'article-5' }),
    buildProvision('10a', 'Україна отримує гарантії;', {}, { parent: '10' }),
  ],
  {
    title: 'E3 counter-proposal',
    authors: ['uk', 'fr', 'de'],
    visibility: 'shared',
    sharedWith: ['ua'],
    preamble: 'European counter-proposal',
  },
);

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

test('a heading between provisions is written above its provision and read back onto it', () => {
  const sectioned = buildProposal('sections', [
    buildProvision('1', 'One.', {}),
    { ...buildProvision('1_2', 'Two.', {}), label: '1.', heading: '## Part II\n\nThe parties agree:' },
  ]);
  const markdown = writeProposal(sectioned);
  expect(markdown).toContain('1. One.\n\n## Part II\n\nThe parties agree:\n\n1. Two.\n');
  const read = readProposal('proposals/sections.md', markdown);
  expect(read.proposal?.provisions.map(({ start: _s, end: _e, ...rest }) => rest)).toEqual(
    sectioned.provisions,
  );
});
