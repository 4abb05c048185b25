import { expect, test } from 'vitest';
import type { DraftFlag } from './bridge-draft.js';
import { redactFlag } from './redact-draft.js';
import type { Reader } from '../model/index.js';

const reader: Reader = {
  unsealed: new Set(['ua']),
  partyNames: new Map([
    ['ua', 'Ukraine'],
    ['ru', 'Russia'],
  ]),
};

const flag = (party: string, code: DraftFlag['code'] = 'redline_violated'): DraftFlag => ({
  code,
  message: `${party}'s red line 'secret' ("never 600,000") is violated by provision 6`,
  provisions: ['6'],
  party,
  redline: 'secret',
});

test("the reader's own red-line flag passes unchanged", () => {
  expect(redactFlag(flag('ua'), reader)).toEqual(flag('ua'));
});

test("another party's red-line flag keeps its code and party but loses its red line, text and provisions", () => {
  expect(redactFlag(flag('ru'), reader)).toEqual({
    code: 'redline_violated',
    message: 'a sealed red line of Russia is violated by the draft',
    provisions: [],
    party: 'ru',
    redline: 'sealed',
  });
  expect(redactFlag(flag('ru', 'redline_open'), reader).message).toBe(
    'a sealed red line of Russia stays open in the draft',
  );
});

test('a flag about no party, such as a placeholder, passes unchanged', () => {
  const placeholder: DraftFlag = {
    code: 'placeholder',
    message: 'no other proposal codes nato=open',
    provisions: ['2'],
    issue: 'nato',
  };
  expect(redactFlag(placeholder, reader)).toEqual(placeholder);
});
