import { expect, test } from 'vitest';
import {
  canEditProposal,
  canReadEstimate,
  canReadPosition,
  canReadProposal,
  unsealedParties,
} from './access.js';

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

const proposal = (
  visibility: 'public' | 'shared' | 'private',
  authors: string[],
  sharedWith: string[] = [],
) => ({
  visibility,
  authors,
  sharedWith,
});

test('a delegate reads public proposals, its own party’s and those shared with it; an observer only public ones', () => {
  const ua = { role: 'delegate', party: 'ua' } as const;
  expect(canReadProposal(ua, proposal('public', ['us']))).toBe(true);
  expect(canReadProposal(ua, proposal('private', ['ua']))).toBe(true);
  expect(canReadProposal(ua, proposal('shared', ['eu'], ['ua']))).toBe(true);
  expect(canReadProposal(ua, proposal('shared', ['eu'], ['us']))).toBe(false);
  expect(canReadProposal(ua, proposal('private', ['ru']))).toBe(false);
  expect(canReadProposal({ role: 'observer', party: null }, proposal('shared', ['eu'], ['ua']))).toBe(false);
  expect(canReadProposal({ role: 'mediator', party: null }, proposal('private', ['ru']))).toBe(true);
});

test('a position is read by its own delegates and the mediators only', () => {
  expect(canReadPosition({ role: 'delegate', party: 'ua' }, 'ua')).toBe(true);
  expect(canReadPosition({ role: 'delegate', party: 'ua' }, 'ru')).toBe(false);
  expect(canReadPosition({ role: 'observer', party: null }, 'ua')).toBe(false);
  expect(canReadPosition({ role: 'mediator', party: null }, 'ru')).toBe(true);
  expect([...unsealedParties({ role: 'delegate', party: 'ua' }, ['ua', 'ru'])]).toEqual(['ua']);
  expect([...unsealedParties({ role: 'observer', party: null }, ['ua', 'ru'])]).toEqual([]);
  expect([...unsealedParties({ role: 'mediator', party: null }, ['ua', 'ru'])]).toEqual(['ua', 'ru']);
});

test("a mediators' estimate is read by the mediators alone, not even by the estimated party's delegates", () => {
  expect(canReadEstimate({ role: 'mediator', party: null })).toBe(true);
  expect(canReadEstimate({ role: 'delegate', party: 'ua' })).toBe(false);
  expect(canReadEstimate({ role: 'observer', party: null })).toBe(false);
});
