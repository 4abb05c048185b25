import fc from 'fast-check';
import { expect, test } from 'vitest';
import { blankComments, findCodeComments } from './code-comments.js';

test('a code comment lists its codes', () => {
  const [comment] = findCodeComments(
    '6. Capped. <!-- parley: military.cap=cap-600k, nato.membership = excluded -->',
  );
  expect(comment?.codes).toEqual([
    { issue: 'military.cap', option: 'cap-600k' },
    { issue: 'nato.membership', option: 'excluded' },
  ]);
  expect(comment?.problems).toEqual([]);
});

test('other html comments are the author’s own and are not codes', () => {
  expect(findCodeComments('1. Text <!-- a note --> more')).toEqual([]);
});

test('a malformed pair is a problem, the other codes still count', () => {
  const [comment] = findCodeComments('<!-- parley: nato.membership, military.cap=none -->');
  expect(comment?.codes).toEqual([{ issue: 'military.cap', option: 'none' }]);
  expect(comment?.problems).toEqual([
    "'nato.membership' is not a code: write issue=option, e.g. military.cap=cap-600k, or issue=a|b for alternatives",
  ]);
});

test('issue=a|b codes bracketed alternatives, in the order written, spaces around | allowed', () => {
  const [comment] = findCodeComments('<!-- parley: amnesty=none | blanket, military.cap=none -->');
  expect(comment?.codes).toEqual([
    { issue: 'amnesty', options: ['none', 'blanket'] },
    { issue: 'military.cap', option: 'none' },
  ]);
  expect(comment?.problems).toEqual([]);
});

test('an empty alternative is a problem of its comment', () => {
  expect(findCodeComments('<!-- parley: amnesty=none| -->')[0]?.problems[0]).toMatch(/is not a code/);
  expect(findCodeComments('<!-- parley: amnesty=none|Blanket -->')[0]?.problems[0]).toMatch(
    /'Blanket' in 'amnesty=none\|Blanket' is not an id/,
  );
});

test('a comment without a colon or never closed is a problem', () => {
  expect(findCodeComments('<!-- parley a=b -->')[0]?.problems[0]).toMatch(/add the ':' after 'parley'/);
  expect(findCodeComments('1. x <!-- parley: a=b')[0]?.problems).toEqual([
    "code comment is never closed: end it with '-->'",
  ]);
});

test('an id that is not lower-case is a problem', () => {
  expect(findCodeComments('<!-- parley: Military=none -->')[0]?.problems[0]).toMatch(
    /'Military' in 'Military=none' is not an id/,
  );
});

test('blanking keeps the length and every line break', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.string(), fc.constant('<!-- parley: a=b\n -->'), fc.constant('\r\n'))),
      (parts) => {
        const text = parts.join('');
        const blanked = blankComments(text, findCodeComments(text));
        expect(blanked.length).toBe(text.length);
        expect([...blanked].filter((c) => c === '\n' || c === '\r')).toEqual(
          [...text].filter((c) => c === '\n' || c === '\r'),
        );
        expect(blanked).not.toContain('<!-- parley');
      },
    ),
  );
});
