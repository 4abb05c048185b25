import { WordNumbering } from './docx-numbering.js';
import type { DocumentRead } from './document-text.js';
import { readZipEntries } from './read-zip.js';
import { attribute, childElement, childElements, descendants, parseXml, pathElement } from './xml-tree.js';
import type { Element } from './xml-tree.js';

const parts = {
  document: 'word/document.xml',
  numbering: 'word/numbering.xml',
  styles: 'word/styles.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
  core: 'docProps/core.xml',
} as const;

interface ParagraphStyle {
  basedOn?: string;
  headingLevel?: number;
  isTitle: boolean;
  numId?: string;
  ilvl?: number;
}

const utf8 = new TextDecoder('utf-8');

/**
 * Reads a Word document (.docx, .docm: Office Open XML) into its plain text: paragraphs in order (inside
 * tables one line per row, cells joined by ` | `; content controls included; deleted tracked changes and
 * field codes left out), Word's automatic numbering written out from numbering.xml (list levels, formats
 * and restarts; styles' numbering included; sub-levels indented four spaces each), headings (`Heading n`
 * styles or outline levels) as `#` lines, footnote and endnote references as `[^n]` and their text at
 * the end as `[^n]: …`, numbered in the order they are cited. The title is the document's Title property,
 * else its first Title-styled paragraph. The zip is checked before anything is inflated (see `readZipEntries`).
 * @example readDocx(bytes) // { ok: true, value: { format: 'docx', source: '1. First[^1]\n\n    (a) sub a\n\n[^1]: A note.', … } }
 */
export function readDocx(bytes: Uint8Array): DocumentRead {
  const zip = readZipEntries(bytes, Object.values(parts));
  if (!zip.ok)
    return {
      ok: false,
      message: `this Word file cannot be opened: ${zip.message}; open it in Word and save it again`,
    };
  const text = (name: string) => {
    const entry = zip.entries.get(name);
    return entry && utf8.decode(entry);
  };
  const documentXml = text(parts.document);
  if (documentXml === undefined)
    return {
      ok: false,
      message: 'this zip file is not a Word document (it has no word/document.xml); save it as .docx',
    };
  const root = parseXml(documentXml);
  const body = root && childElement(root, 'body');
  if (!body)
    return {
      ok: false,
      message:
        'this Word file is damaged (its main part is not valid XML); open it in Word and save it again',
    };
  const optional = (name: string) => {
    const xml = text(name);
    return xml === undefined ? undefined : parseXml(xml);
  };
  const reader = new DocxReader(
    new WordNumbering(optional(parts.numbering)),
    readStyles(optional(parts.styles)),
    [...notes(optional(parts.footnotes), 'footnote'), ...notes(optional(parts.endnotes), 'endnote')],
  );
  const lines = reader.readBlocks(body);
  const source = [...lines, ...reader.noteLines()].join('\n\n');
  const coreTitle =
    optional(parts.core) && descendants(optional(parts.core) as Element, 'title')[0]?.textContent?.trim();
  const title = coreTitle || reader.title;
  return { ok: true, value: { format: 'docx', source, ...(title ? { title } : {}) } };
}

class DocxReader {
  title: string | undefined;
  readonly #cited = new Map<string, number>();

  constructor(
    readonly numbering: WordNumbering,
    readonly styles: Map<string, ParagraphStyle>,
    readonly notes: { key: string; element: Element }[],
  ) {}

  /** The lines of a body, a cell or a content control, in order. */
  readBlocks(container: Element): string[] {
    const lines: string[] = [];
    for (const block of childElements(container)) {
      if (block.localName === 'p') {
        const line = this.readParagraph(block);
        if (line !== undefined) lines.push(line);
      } else if (block.localName === 'tbl') {
        for (const row of childElements(block, 'tr')) {
          const cells = childElements(row, 'tc').map((cell) =>
            this.readBlocks(cell)
              .map((l) => l.trim())
              .join(' '),
          );
          const line = cells.filter((c) => c !== '').join(' | ');
          if (line !== '') lines.push(line);
        }
      } else if (block.localName === 'sdt') {
        const content = childElement(block, 'sdtContent');
        if (content) lines.push(...this.readBlocks(content));
      }
    }
    return lines;
  }

  /** The footnotes and endnotes cited, in citation order, as `[^n]: text`. */
  noteLines(): string[] {
    const lines: string[] = [];
    for (const [key, n] of this.#cited) {
      const note = this.notes.find((candidate) => candidate.key === key);
      const text = note
        ? this.readBlocks(note.element)
            .map((l) => l.trim())
            .join(' ')
        : '';
      lines.push(`[^${n}]: ${text}`.trimEnd());
    }
    return lines;
  }

  readParagraph(paragraph: Element): string | undefined {
    const properties = childElement(paragraph, 'pPr');
    const style = this.#style(attribute(pathElement(paragraph, 'pPr', 'pStyle'), 'val'));
    const text = this.#inlineText(paragraph)
      .replace(/[ \t]+/g, ' ')
      .trim();
    const numPr = properties && childElement(properties, 'numPr');
    const numId = attribute(numPr && childElement(numPr, 'numId'), 'val') ?? style.numId;
    const ilvl = Number(attribute(numPr && childElement(numPr, 'ilvl'), 'val') ?? style.ilvl ?? 0);
    const label = numId !== undefined && numId !== '0' ? this.numbering.next(numId, ilvl) : undefined;
    if (text === '' && label === undefined) return undefined;
    if (style.isTitle && this.title === undefined) this.title = text;
    const outline = attribute(pathElement(paragraph, 'pPr', 'outlineLvl'), 'val');
    const headingLevel = outline !== undefined ? Number(outline) + 1 : style.headingLevel;
    if (headingLevel !== undefined && headingLevel <= 6 && !style.isTitle)
      return `${'#'.repeat(headingLevel)} ${label ? `${label} ` : ''}${text}`;
    if (style.isTitle) return `# ${text}`;
    return label === undefined ? text : `${'    '.repeat(ilvl)}${label} ${text}`;
  }

  #style(id: string | undefined): ParagraphStyle {
    const merged: ParagraphStyle = { isTitle: false };
    const seen = new Set<string>();
    // Walk the basedOn chain from the paragraph's style up; the nearest definition of a property wins.
    for (let at = id; at !== undefined && !seen.has(at); at = this.styles.get(at)?.basedOn) {
      seen.add(at);
      const style = this.styles.get(at);
      if (!style) break;
      merged.isTitle ||= style.isTitle;
      merged.headingLevel ??= style.headingLevel;
      merged.numId ??= style.numId;
      merged.ilvl ??= style.ilvl;
    }
    return merged;
  }

  #inlineText(node: Element): string {
    let text = '';
    for (const child of childElements(node)) {
      switch (child.localName) {
        case 't':
          text += child.textContent ?? '';
          break;
        case 'tab':
          text += child.parentNode && (child.parentNode as Element).localName === 'r' ? ' ' : '';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          const key = `${child.localName === 'footnoteReference' ? 'footnote' : 'endnote'}:${attribute(child, 'id') ?? ''}`;
          const n = this.#cited.get(key) ?? this.#cited.size + 1;
          this.#cited.set(key, n);
          text += `[^${n}]`;
          break;
        }
        case 'del':
        case 'instrText':
        case 'delText':
        case 'pPr':
        case 'rPr':
          break;
        default:
          text += this.#inlineText(child);
      }
    }
    return text;
  }
}

function notes(root: Element | undefined, kind: 'footnote' | 'endnote'): { key: string; element: Element }[] {
  if (!root) return [];
  return childElements(root, kind)
    .filter((note) => (attribute(note, 'type') ?? 'normal') === 'normal')
    .map((element) => ({ key: `${kind}:${attribute(element, 'id') ?? ''}`, element }));
}

function readStyles(root: Element | undefined): Map<string, ParagraphStyle> {
  const styles = new Map<string, ParagraphStyle>();
  if (!root) return styles;
  for (const style of childElements(root, 'style')) {
    const id = attribute(style, 'styleId');
    if (id === undefined) continue;
    const name = (attribute(childElement(style, 'name'), 'val') ?? '').toLowerCase();
    const heading = /^heading (\d)$/.exec(name);
    const outline = attribute(pathElement(style, 'pPr', 'outlineLvl'), 'val');
    const numPr = pathElement(style, 'pPr', 'numPr');
    const numId = attribute(numPr && childElement(numPr, 'numId'), 'val');
    const ilvl = attribute(numPr && childElement(numPr, 'ilvl'), 'val');
    const basedOn = attribute(childElement(style, 'basedOn'), 'val');
    styles.set(id, {
      isTitle: name === 'title',
      ...(basedOn === undefined ? {} : { basedOn }),
      ...(heading
        ? { headingLevel: Number(heading[1]) }
        : outline !== undefined
          ? { headingLevel: Number(outline) + 1 }
          : {}),
      ...(numId === undefined ? {} : { numId }),
      ...(ilvl === undefined ? {} : { ilvl: Number(ilvl) }),
    });
  }
  return styles;
}
