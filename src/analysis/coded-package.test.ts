import { expect, test } from 'vitest';
import { possibleOptions } from '../model/index.js';
import type { Provision } from '../model/index.js';
import { buildProposal, buildProvision } from '../../test/case-builder.test-support.js';
import { codedPackage } from './coded-package.js';
import { issues } from './fixtures.test-support.js';

const proposalOf = (...provisions: Provision[]) => buildProposal('us-28', provisions);

test('each coded issue maps to its option and the provision that codes it', () => {
  const pkg = codedPackage(
    proposalOf(
      buildProvision('6', 'capped at 600,000', { 'military.cap': 'cap-600k' }),
      buildProvision('7', 'no NATO', { 'nato.membership': 'excluded' }),
    ),
    issues,
  );
  expect(pkg.get('military.cap')).toEqual({ option: issues[0]!.options[2], provisions: ['6'] });
  expect(possibleOptions(pkg.get('nato.membership'))?.map((o) => o.id)).toEqual(['excluded']);
});

test('a sub-point that codes an issue is cited by its own number, not its parent', () => {
  const pkg = codedPackage(
    proposalOf(
      buildProvision('21', 'Territories:'),
      buildProvision('21a', 'de facto', { 'territory.recognition': 'de-facto' }, { parent: '21' }),
    ),
    issues,
  );
  expect(pkg.get('territory.recognition')?.provisions).toEqual(['21a']);
});

test('several provisions coding the same option are all cited, in document order', () => {
  const code = { 'territory.recognition': 'de-facto' };
  const pkg = codedPackage(
    proposalOf(
      buildProvision('21a', 'x', code),
      buildProvision('21d', 'y', code),
      buildProvision('2', 'z', code),
    ),
    issues,
  );
  expect(pkg.get('territory.recognition')?.provisions).toEqual(['2', '21a', '21d']);
});

test('an issue no provision codes is open: absent from the package', () => {
  const pkg = codedPackage(proposalOf(buildProvision('1', 'Sovereignty is confirmed.')), issues);
  expect(pkg.size).toBe(0);
  expect(pkg.has('military.cap')).toBe(false);
});

test('a code that io should have refused is a bug and throws', () => {
  const unknown = proposalOf(buildProvision('6', 'x', { 'military.cap': 'cap-700k' }));
  expect(() => codedPackage(unknown, issues)).toThrow(/cap-700k/);
  const conflicting = proposalOf(
    buildProvision('6', 'x', { 'military.cap': 'cap-600k' }),
    buildProvision('7', 'y', { 'military.cap': 'none' }),
  );
  expect(() => codedPackage(conflicting, issues)).toThrow(/both cap-600k and none/);
});

test('an issue the proposal is silent on reads as its whenSilent option, implied by silence with no provision', () => {
  const withSilence = issues.map((issue) =>
    issue.id === 'nato.membership' ? { ...issue, whenSilent: 'open' } : issue,
  );
  const pkg = codedPackage(
    proposalOf(buildProvision('6', 'capped at 600,000', { 'military.cap': 'cap-600k' })),
    withSilence,
  );
  expect(pkg.get('nato.membership')).toEqual({
    option: issues[1]!.options[0],
    provisions: [],
    impliedBySilence: true,
  });
  expect(pkg.has('territory.recognition')).toBe(false);
});

test('a coded issue keeps its code even when the issue declares whenSilent', () => {
  const withSilence = issues.map((issue) => ({ ...issue, whenSilent: issue.options[0]!.id }));
  const pkg = codedPackage(
    proposalOf(buildProvision('7', 'no NATO', { 'nato.membership': 'excluded' })),
    withSilence,
  );
  expect(pkg.get('nato.membership')).toEqual({ option: issues[1]!.options[1], provisions: ['7'] });
});
