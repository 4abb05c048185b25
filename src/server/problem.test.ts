import { expect, test } from 'vitest';
import { HttpProblem, notFound, toProblem } from './problem.js';

test('a thrown problem keeps its status, code, detail and extra members', () => {
  expect(toProblem(new HttpProblem(412, 'stale_version', 'changed', { currentVersion: 4 }))).toEqual({
    type: 'about:blank',
    title: 'Precondition Failed',
    status: 412,
    code: 'stale_version',
    detail: 'changed',
    currentVersion: 4,
  });
  expect(toProblem(notFound("no process 'x'")).status).toBe(404);
});

test('an unknown error becomes a 500 that reveals nothing of it', () => {
  const problem = toProblem(new Error('SQLITE_CORRUPT at /var/lib/secret.db'));
  expect(problem.status).toBe(500);
  expect(JSON.stringify(problem)).not.toContain('secret');
});

test('a schema validation error names the first offending field', () => {
  const problem = toProblem({
    validation: [{ instancePath: '/a', message: 'expected string' }],
    validationContext: 'body',
  });
  expect(problem).toMatchObject({
    status: 400,
    code: 'invalid_request',
    detail: 'invalid body/a: expected string',
  });
});
