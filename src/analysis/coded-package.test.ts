import { expect, test } from 'vitest';
import { Proposal } from '../model/index.js';
import { codedPackage } from './coded-package.js';
import { issues } from './test-fixtures.js';

const proposalOf = (provisions: unknown[]) => Proposal.parse({ id: 'us-28', title: 'US plan', provisions });

test('each coded issue maps to its option and the provision that codes it', () => {
  const pkg = codedPackage(
    proposalOf([
      {
        num: '6',
        label: '6.',
        text: 'capped at 600,000',
        codes: [{ issue: 'military.cap', option: 'cap-600k' }],
      },
      { num: '7', label: '7.', text: 'no NATO', codes: [{ issue: 'nato.membership', option: 'excluded' }] },
    ]),
    issues,
  );
  expect(pkg.get('military.cap')).toEqual({ option: issues[0]!.options[2], provisions: ['6'] });
  expect(pkg.get('nato.membership')?.option.id).toBe('excluded');
});

test('a sub-point that codes an issue is cited by its own number, not its parent', () => {
  const pkg = codedPackage(
    proposalOf([
      { num: '21', label: '21.', text: 'Territories:' },
      {
        num: '21a',
        label: 'a.',
        text: 'de facto',
        parent: '21',
        codes: [{ issue: 'territory.recognition', option: 'de-facto' }],
      },
    ]),
    issues,
  );
  expect(pkg.get('territory.recognition')?.provisions).toEqual(['21a']);
});

test('several provisions coding the same option are all cited, in document order', () => {
  const code = [{ issue: 'territory.recognition', option: 'de-facto' }];
  const pkg = codedPackage(
    proposalOf([
      { num: '21a', label: 'a.', text: 'x', codes: code },
      { num: '21d', label: 'd.', text: 'y', codes: code },
      { num: '2', label: '2.', text: 'z', codes: code },
    ]),
    issues,
  );
  expect(pkg.get('territory.recognition')?.provisions).toEqual(['2', '21a', '21d']);
});

test('an issue no provision codes is open: absent from the package', () => {
  const pkg = codedPackage(
    proposalOf([{ num: '1', label: '1.', text: 'Sovereignty is confirmed.' }]),
    issues,
  );
  expect(pkg.size).toBe(0);
  expect(pkg.has('military.cap')).toBe(false);
});

test('a code that io should have refused is a bug and throws', () => {
  const unknown = proposalOf([
    { num: '6', label: '6.', text: 'x', codes: [{ issue: 'military.cap', option: 'cap-700k' }] },
  ]);
  expect(() => codedPackage(unknown, issues)).toThrow(/cap-700k/);
  const conflicting = proposalOf([
    { num: '6', label: '6.', text: 'x', codes: [{ issue: 'military.cap', option: 'cap-600k' }] },
    { num: '7', label: '7.', text: 'y', codes: [{ issue: 'military.cap', option: 'none' }] },
  ]);
  expect(() => codedPackage(conflicting, issues)).toThrow(/both cap-600k and none/);
});
