import { expect, test } from 'vitest';
import { ApiError, describeProblem, readProblem } from './problem.js';

test('the server detail is what the user reads', () => {
  const problem = readProblem(
    409,
    JSON.stringify({ status: 409, title: 'Conflict', detail: "proposal 'us-28' changed" }),
  );
  expect(new ApiError(409, problem).message).toBe("proposal 'us-28' changed");
});

test('a conflict without detail says someone else changed it', () => {
  expect(describeProblem(409, {})).toBe('someone else changed this in the meantime');
});

test('a body that is not JSON keeps only the status', () => {
  expect(readProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502 });
  expect(describeProblem(502, { status: 502 })).toBe('the server failed to answer; try again');
});

test('a lost connection is described as such', () => {
  expect(describeProblem(0, {})).toBe('the server cannot be reached; check the connection');
});
