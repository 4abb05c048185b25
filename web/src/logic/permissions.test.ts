import { expect, test } from 'vitest';
import { canEditProposal } from './permissions.js';

test('a mediator may edit any proposal', () => {
  expect(canEditProposal({ role: 'mediator', party: null }, { authors: ['us'] })).toBe(true);
});

test('a delegate may edit only what its party wrote', () => {
  expect(canEditProposal({ role: 'delegate', party: 'eu' }, { authors: ['eu'] })).toBe(true);
  expect(canEditProposal({ role: 'delegate', party: 'ua' }, { authors: ['us'] })).toBe(false);
});

test('an observer edits nothing', () => {
  expect(canEditProposal({ role: 'observer', party: null }, { authors: [] })).toBe(false);
});
