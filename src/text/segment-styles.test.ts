import { describe, expect, test } from 'vitest';
import { expectFaithfulSpans } from '../../test/expect-faithful-spans.test-support.js';
import { segmentText } from './index.js';

const nums = (input: string): string[] => segmentText(input).provisions.map((p) => p.num);

describe('segmentText reads the numbering styles of real documents', () => {
  test('a 2,000-point text has 2,000 points: labels have any number of digits', () => {
    const input = Array.from({ length: 2000 }, (_, i) => `${i + 1}. Point ${i + 1}.`).join('\n');
    const found = segmentText(input).provisions;
    expect(found).toHaveLength(2000);
    expect(found.at(-1)).toMatchObject({ num: '2000', text: 'Point 2000.' });
  });

  test.each([
    ['10a.', '10b.'],
    ['10a)', '10b)'],
    ['10(a)', '10(b)'],
    ['10.a', '10.b'],
    ['10.a.', '10.b.'],
  ])('sub-points written %s, %s are sub-points of 10 with num 10a, 10b', (first, second) => {
    const input = `9. Nine.\n10. Ten:\n${first} First.\n${second} Second.\n11. Eleven.`;
    expect(nums(input)).toEqual(['9', '10', '10a', '10b', '11']);
    expect(segmentText(input).provisions[2]).toMatchObject({ parent: '10', depth: 1, text: 'First.' });
  });

  test('decimal points nest to any depth under the point they name', () => {
    expect(nums('10. Ten.\n10.1 One.\n10.1.1 Deeper.\n10.1.2 Deeper.\n10.2 Two.\n11. Eleven.')).toEqual([
      '10',
      '10-1',
      '10-1-1',
      '10-1-2',
      '10-2',
      '11',
    ]);
  });

  test('roman (i) opens sub-points under (a), but continues the letters after (h)', () => {
    const afterA = '1. One:\n(a) a;\n(i) first;\n(ii) second;\n(b) b.';
    expect(nums(afterA)).toEqual(['1', '1a', '1a-i', '1a-ii', '1b']);
    const letters = 'abcdefghi'.split('').map((letter) => `(${letter}) ${letter};`);
    expect(nums(`1. One:\n${letters.join('\n')}`)).toEqual([
      '1',
      ...'abcdefghi'.split('').map((l) => `1${l}`),
    ]);
    expect(nums('1. One:\n10(i) x.\n2. Two.')).toEqual(['1', '2']);
    expect(nums('10. Ten:\n10(i) x;\n10(ii) y.')).toEqual(['10', '10i', '10ii']);
  });

  test('Article 5.1 is a sub-point of Article 5, § 3 a point of its own', () => {
    expect(
      nums('Article 5. Defence.\nArticle 5.1. Guarantee.\nArticle 5.2. Review.\nArticle 6. End.'),
    ).toEqual(['5', '5-1', '5-2', '6']);
    expect(nums('§ 1. Scope.\n§ 2. Terms.\n§ 3. End.')).toEqual(['1', '2', '3']);
  });

  test("an annex is a section of its own whose points carry the annex's name", () => {
    const input =
      '1. One.\n2. Two.\n\nAnnex A: Maps\n1. Line.\n2. Zone.\n\nAppendix 2 — Lists\n1. Prisoners.';
    expect(nums(input)).toEqual(['1', '2', 'annex-a', 'annex-a1', 'annex-a2', 'appendix-2', 'appendix-2-1']);
    expect(segmentText(input).provisions[2]).toMatchObject({ label: 'Annex A:', text: 'Maps', depth: 0 });
  });

  test('a footnote is a provision fn1 of its own, never glued into a point, and the numbering goes on after it', () => {
    const input = '1. One.[^1]\n2. Two:\n   a. sub.\n\n[^1]: The 2022 draft.\n[^2]: Another.\n3. Three.';
    const { provisions } = segmentText(input);
    expect(provisions.map((p) => p.num)).toEqual(['1', '2', '2a', 'fn1', 'fn2', '3']);
    expect(provisions[3]).toMatchObject({ text: 'The 2022 draft.', depth: 0 });
    expect(provisions[0]?.text).toBe('One.[^1]');
    expectFaithfulSpans(input, segmentText(input));
  });

  test('a year never opens a document, and stays text inside one', () => {
    expect(nums('2022. A year.\n1. One.')).toEqual(['1']);
    expect(nums('1. Text\n1990. A year.\n2. Two.')).toEqual(['1', '2']);
  });
});

describe('segmentText warns about label-like lines it keeps as text', () => {
  test('a sub-point without its point, and a number out of sequence, are warned about by line', () => {
    const { provisions, warnings } = segmentText('4. Four.\n5a. Five a.\n6. Six.\n40. Forty.');
    expect(provisions.map((p) => p.num)).toEqual(['4', '6']);
    expect(warnings).toEqual([
      "line 2: '5a.' looks like a label but is kept as text: it is not under point 5 (number the point before it 5)",
      "line 4: '40.' looks like a label but is kept as text: it does not continue or open a list here (check the number before it)",
    ]);
  });

  test('bullets and plain running text raise no warning', () => {
    expect(segmentText('1. One\n- a\n- b\nsome text 2.\n2. Two').warnings).toEqual([]);
  });
});
