import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { formatNumber } from './docx-numbering.js';
import type { DocumentRead } from './document-text.js';

const blocks = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'header',
  'main',
  'p',
  'pre',
  'section',
  'td',
  'th',
  'caption',
]);
const skipped = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'nav', 'button', 'form']);
const listTypes: Record<string, string> = {
  '1': 'decimal',
  a: 'lowerLetter',
  A: 'upperLetter',
  i: 'lowerRoman',
  I: 'upperRoman',
};

/**
 * Reads an HTML page into its plain text: paragraphs and other blocks one line each, `<br>` a line break,
 * table rows one line with cells joined by ` | `, headings `<h1>`…`<h6>` as `#` lines, and list items
 * numbered as the browser shows them: `<ol>` with `type` (`1`, `a`, `A`, `i`, `I`), `start`, `reversed`
 * and `<li value>`, written `1.`, `a.`, `i.`; `<ul>` items as `•`; nested lists indented four spaces a
 * level. Scripts, styles, navigation and forms are left out. The title is `<title>`, else the first `<h1>`.
 * @example readHtml('<ol type="a"><li>one</li></ol>') // { ok: true, value: { source: 'a. one', … } }
 */
export function readHtml(html: string): DocumentRead {
  const document = parseDocument(html, { decodeEntities: true });
  const lines: string[] = [];
  const titleElement = DomUtils.findOne((e) => e.name.toLowerCase() === 'title', document.children);
  const title = (titleElement && textOf(titleElement).replace(/\s+/g, ' ').trim()) || undefined;
  let firstHeading: string | undefined;
  let line = '';
  const flush = (prefix = '') => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(prefix + text);
    line = '';
  };

  const walk = (nodes: ChildNode[], depth: number): void => {
    for (const node of nodes) {
      if (node.type === 'text') line += node.data;
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (skipped.has(name) || name === 'title') continue;
      if (name === 'br') {
        line += '\n';
      } else if (/^h[1-6]$/.test(name)) {
        flush();
        line = textOf(element);
        firstHeading ??= line.replace(/\s+/g, ' ').trim();
        flush(`${'#'.repeat(Number(name[1]))} `);
      } else if (name === 'ol' || name === 'ul') {
        flush();
        readList(element, name === 'ol', depth);
      } else if (name === 'tr') {
        flush();
        const cells = element.children
          .filter((c): c is Element => c.type === 'tag' && /^t[dh]$/i.test(c.name))
          .map((c) => textOf(c).replace(/\s+/g, ' ').trim())
          .filter((c) => c !== '');
        if (cells.length > 0) lines.push(cells.join(' | '));
      } else if (blocks.has(name)) {
        flush();
        walk(element.children, depth);
        flush();
      } else walk(element.children, depth);
    }
  };

  const readList = (list: Element, isOrdered: boolean, depth: number) => {
    const format = listTypes[list.attribs.type ?? '1'] ?? 'decimal';
    const items = list.children.filter(
      (c): c is Element => c.type === 'tag' && c.name.toLowerCase() === 'li',
    );
    const isReversed = list.attribs.reversed !== undefined;
    let value = Number.parseInt(list.attribs.start ?? '', 10);
    if (Number.isNaN(value)) value = isReversed ? items.length : 1;
    const indent = '    '.repeat(depth);
    for (const item of items) {
      const own = Number.parseInt(item.attribs.value ?? '', 10);
      if (!Number.isNaN(own)) value = own;
      const label = isOrdered ? `${formatNumber(value, format)}.` : '•';
      value += isReversed ? -1 : 1;
      line = '';
      const startIndex = lines.length;
      walk(item.children, depth + 1);
      flush();
      // The item's first line carries its label; the lines of its nested lists keep their own.
      const first = lines[startIndex];
      if (first === undefined || /^\s/.test(first)) lines.splice(startIndex, 0, `${indent}${label}`);
      else lines[startIndex] = `${indent}${label} ${first}`;
    }
  };

  walk(document.children, 0);
  flush();
  const name = title ?? firstHeading;
  return {
    ok: true,
    value: { format: 'html', source: lines.join('\n\n'), ...(name ? { title: name } : {}) },
  };
}

function textOf(element: Element): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text') text += child.data;
    else if (child.type === 'tag') {
      const name = child.name.toLowerCase();
      if (skipped.has(name)) continue;
      text += name === 'br' ? '\n' : textOf(child);
      if (blocks.has(name)) text += ' ';
    }
  }
  return text;
}
