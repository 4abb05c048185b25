import { expect, test } from 'vitest';
import { readLabel } from './segment-label.js';

const families = (content: string) =>
  readLabel(content)?.readings.map((r) => `${r.family}/${r.form}:${r.value}`);

test('numbers are read in the three written forms', () => {
  expect(families('10. text')).toEqual(['number/dot:10']);
  expect(families('3) text')).toEqual(['number/paren:3']);
  expect(families('(12) text')).toEqual(['number/parens:12']);
});

test('a label is followed by whitespace or the end of the line', () => {
  expect(readLabel('1.5million')).toBeUndefined();
  expect(readLabel('1.5 million')).toBeUndefined();
  expect(readLabel('e.g. this')).toBeUndefined();
  expect(readLabel('i.e. that')).toBeUndefined();
  expect(readLabel('1.')).toEqual({ length: 2, readings: [expect.objectContaining({ value: 1 })] });
});

test('figures are not labels; a number of any length is, and its list decides (see placeLabel)', () => {
  expect(families('2022. The draft')).toEqual(['number/dot:2022']);
  expect(families('1000. Point')).toEqual(['number/dot:1000']);
  expect(readLabel('600,000 troops')).toBeUndefined();
  expect(readLabel('2022 draft')).toBeUndefined();
});

test('a letter that is also a roman numeral has both readings', () => {
  expect(families('i. text')).toEqual(['latin/dot:9', 'roman/dot:1']);
  expect(families('(v) text')).toEqual(['latin/parens:22', 'roman/parens:5']);
  expect(families('xiv) text')).toEqual(['roman/paren:14']);
  expect(families('IV. text')).toEqual(['roman-upper/dot:4']);
  expect(readLabel('iiii. text')).toBeUndefined();
});

test('Cyrillic letters count in the Russian list order, which skips й', () => {
  expect(families('а) text')).toEqual(['cyrillic/paren:1']);
  expect(families('и) text')).toEqual(['cyrillic/paren:9']);
  expect(families('к) text')).toEqual(['cyrillic/paren:10']);
  expect(readLabel('й) text')).toBeUndefined();
});

test('keywords give their number and keep their punctuation in the label', () => {
  expect(readLabel('Article 5. The parties')).toEqual({
    length: 10,
    readings: [expect.objectContaining({ family: 'keyword', form: 'article', value: 5, name: '5' })],
  });
  expect(families('ART. 7: text')).toEqual(['keyword/article:7']);
  expect(families('Point 3')).toEqual(['keyword/point:3']);
  expect(families('Статья 5. Текст')).toEqual(['keyword/article:5']);
  expect(families('пункт 2) текст')).toEqual(['keyword/point:2']);
  expect(families('§ 4 — Title')).toEqual(['keyword/section:4']);
  expect(readLabel('Article IV. Text')?.readings).toEqual([
    { family: 'keyword', form: 'article', value: 4, name: 'IV' },
  ]);
  expect(readLabel('Article IIII. Text')).toBeUndefined();
});

test('a keyword in running text is no label', () => {
  expect(readLabel('Article 5 of the NATO treaty applies')).toBeUndefined();
  expect(readLabel('Articles 5 and 6')).toBeUndefined();
});

test('bullets are labels of length one that keep their character as form', () => {
  for (const mark of ['•', '-', '*', '→', '–']) {
    expect(readLabel(`${mark} item`)).toEqual({
      length: 1,
      readings: [{ family: 'bullet', form: mark, value: 0, name: '' }],
    });
  }
  expect(readLabel('**bold** text')).toBeUndefined();
  expect(readLabel('---')).toBeUndefined();
});

test('a decimal label names its parent in prefix', () => {
  expect(readLabel('1.2 Text')?.readings).toEqual([
    { family: 'number', form: 'decimal1', value: 2, name: '2', prefix: '1' },
  ]);
  expect(readLabel('1.2.3. Text')?.readings).toEqual([
    { family: 'number', form: 'decimal2', value: 3, name: '3', prefix: '1-2' },
  ]);
});

test('bold labels keep their marks in the label', () => {
  expect(readLabel('**1.** text')?.length).toBe(6);
  expect(readLabel('__Article 5__ text')?.length).toBe(13);
  expect(readLabel('**1. Scope.** text')?.length).toBe(4);
  expect(readLabel('**Important** text')).toBeUndefined();
});

test('a Markdown heading is a label only when it starts with a number or keyword', () => {
  expect(readLabel('## Article 5')).toEqual({
    length: 12,
    readings: [expect.objectContaining({ family: 'keyword', value: 5 })],
  });
  expect(readLabel('# 1. Scope')?.length).toBe(4);
  expect(readLabel('## a. Not a heading label')).toBeUndefined();
  expect(readLabel('## Chapter 1')).toBeUndefined();
});

const compound = (content: string) =>
  readLabel(content)?.readings.map((r) => `${r.family}/${r.form}:${r.prefix ?? ''}+${r.name}`);

test('compound labels carry their parent number in prefix, in every common style', () => {
  expect(compound('10a. text')).toEqual(['latin/compound-direct.:10+a']);
  expect(compound('10a) text')).toEqual(['latin/compound-direct):10+a']);
  expect(compound('10(a) text')).toEqual(['latin/compound-parens:10+a']);
  expect(compound('10.a text')).toEqual(['latin/compound-dot:10+a']);
  expect(compound('10.a. text')).toEqual(['latin/compound-dot.:10+a']);
  expect(compound('10(ii) text')).toEqual(['roman/compound-parens:10+ii']);
  expect(compound('10(i) text')).toEqual(['latin/compound-parens:10+i', 'roman/compound-parens:10+i']);
  expect(compound('10(a)(i) text')).toEqual(['latin/compound-parens:10a+i', 'roman/compound-parens:10a+i']);
  expect(compound('10.1.2 Text')).toEqual(['number/decimal2:10-1+2']);
  expect(compound('1234.5 Text')).toEqual(['number/decimal1:1234+5']);
});

test('figures and names that start with a number are not compound labels', () => {
  expect(readLabel('5G networks')).toBeUndefined();
  expect(readLabel('1990s saw')).toBeUndefined();
  expect(readLabel('2.1 million')).toBeUndefined();
  expect(readLabel('10.30am meeting')).toBeUndefined();
});

test('a keyword with a decimal names its parent article', () => {
  expect(compound('Article 5.1. Text')).toEqual(['keyword/article-decimal1:5+1']);
  expect(compound('§ 3 Text')).toBeUndefined();
  expect(compound('§ 3. Text')).toEqual(['keyword/section:+3']);
});

test('annexes and appendices are sections named after them', () => {
  expect(compound('Annex B: Security')).toEqual(['section/annex:+annex-b']);
  expect(compound('ANNEX IV')).toEqual(['section/annex:+annex-iv']);
  expect(compound('Appendix 2 — Maps')).toEqual(['section/annex:+appendix-2']);
  expect(compound('## Annex A')).toEqual(['section/annex:+annex-a']);
  expect(readLabel('Annex B lists the crossings')).toBeUndefined();
});

test('a Markdown footnote definition is a footnote label', () => {
  expect(compound('[^1]: See the 2022 draft.')).toEqual(['footnote/footnote:+1']);
  expect(readLabel('[^1]: x')?.length).toBe(5);
  expect(readLabel('[^1] no colon')).toBeUndefined();
});
