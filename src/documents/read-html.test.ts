import { describe, expect, test } from 'vitest';
import { segmentText } from '../text/index.js';
import { readDocument } from './index.js';

const source = async (html: string): Promise<string> => {
  const read = await readDocument(new TextEncoder().encode(html), 'page.html');
  if (!read.ok) throw new Error(read.message);
  return read.value.source;
};

describe('readDocument on HTML', () => {
  test('ordered lists are numbered as a browser shows them: type, start, reversed and value', async () => {
    expect(await source('<ol type="a" start="3"><li>c</li><li>d</li></ol>')).toBe('c. c\n\nd. d');
    expect(await source('<ol type="I"><li>one</li><li value="7">seven</li><li>eight</li></ol>')).toBe(
      'I. one\n\nVII. seven\n\nVIII. eight',
    );
    expect(await source('<ol reversed><li>x</li><li>y</li></ol>')).toBe('2. x\n\n1. y');
    expect(await source('<ul><li>a</li><li>b</li></ul>')).toBe('• a\n\n• b');
  });

  test('nested lists, headings, paragraphs and tables segment into the points a reader sees', async () => {
    const html =
      '<!doctype html><html><head><title>The plan</title><script>var x = "1. no"</script></head><body>' +
      '<h1>Peace plan</h1><p>Preamble &amp; intro.</p>' +
      '<ol><li>First<ol type="a"><li>sub a</li><li>sub b<ol type="i"><li>deep</li></ol></li></ol></li>' +
      '<li><p>Second <b>bold</b><br>on two lines</p></li></ol>' +
      '<table><tr><th>Crossing</th><td>Open</td></tr></table></body></html>';
    const read = await readDocument(new TextEncoder().encode(html));
    expect(read).toMatchObject({ ok: true, value: { format: 'html', title: 'The plan' } });
    const { provisions } = segmentText(await source(html));
    expect(provisions.map((p) => [p.num, p.text])).toEqual([
      ['1', 'First'],
      ['1a', 'sub a'],
      ['1b', 'sub b'],
      ['1b-i', 'deep'],
      ['2', 'Second bold on two lines Crossing | Open'],
    ]);
  });
});
