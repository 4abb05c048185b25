import { expect, test } from 'vitest';
import { ApiError } from '../api/problem.js';
import { describeSaveError } from './save-error.js';

test('a stale version asks the user to reload and reapply', () => {
  const outcome = describeSaveError(
    new ApiError(412, { status: 412, code: 'stale_version', detail: 'changed' }),
  );
  expect(outcome.isStale).toBe(true);
  expect(outcome.message).toMatch(/Someone else saved this proposal/);
});

test('a refusal keeps the server words', () => {
  const outcome = describeSaveError(new ApiError(403, { status: 403, detail: 'only mediators may edit' }));
  expect(outcome).toEqual({
    message: 'You cannot change this proposal: only mediators may edit',
    isStale: false,
  });
});

test('the message names what was being saved', () => {
  const outcome = describeSaveError(new ApiError(412, { status: 412 }), 'this position');
  expect(outcome.message).toMatch(/Someone else saved this position/);
});
