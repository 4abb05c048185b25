import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { ICommentOptions, ParagraphChild } from 'docx';
import type { RedlineOp } from '../compare/index.js';

/** The author of every tracked change and comment Parley writes. */
export const revisionAuthor = 'Parley';

/** One paragraph of a tracked-changes document: its label, its redline, its depth and the comment on it. */
export interface TrackedParagraph {
  /** The label as the document writes it (`6.`, `a.`); empty for none. */
  label: string;
  /** How the label changed: `equal` for a kept or reworded point, `insert` / `delete` for a whole new or removed one. */
  labelOp: RedlineOp['op'];
  /** The text as a word-level redline: `equal` runs plain, `insert` as w:ins, `delete` as w:del. */
  redline: RedlineOp[];
  /** 0 for a top-level point, 1 for a sub-point, … */
  depth: number;
  /** Lines of the comment anchored on the paragraph; none for an unchanged one. */
  comment: string[];
}

/** The document around the paragraphs: a title, lines of introduction, and the revision date (ISO 8601). */
export interface TrackedDocumentMeta {
  title: string;
  introduction: string[];
  /** ISO 8601 date-time of the changes and comments, passed in so output depends only on the input. */
  date: string;
}

/**
 * Builds a Word document (OOXML, `.docx` bytes) whose paragraphs carry real tracked changes authored
 * "Parley": deleted words as `w:del`, inserted words as `w:ins`, and a comment on each paragraph that has
 * comment lines. Word and LibreOffice show the changes for review (accept or reject each one); tracking stays
 * on for further edits.
 * @example await trackedDocx([{ label: '6.', labelOp: 'equal', redline: [{ op: 'delete', text: '800,000' }, { op: 'insert', text: '600,000' }], depth: 0, comment: ['from us-28#6'] }], meta)
 */
export async function trackedDocx(
  paragraphs: readonly TrackedParagraph[],
  meta: TrackedDocumentMeta,
): Promise<Uint8Array> {
  // Comment ids count from 0; revision ids start after them so no two annotations share an id.
  let revision = paragraphs.length + 1;
  const comments: ICommentOptions[] = [];
  const run = (op: RedlineOp['op'], text: string): ParagraphChild => {
    if (op === 'equal') return new TextRun(text);
    const change = { id: revision++, author: revisionAuthor, date: meta.date, text };
    return op === 'insert' ? new InsertedTextRun(change) : new DeletedTextRun(change);
  };
  const body = paragraphs.map((paragraph) => {
    const runs: ParagraphChild[] = [];
    if (paragraph.label !== '') runs.push(run(paragraph.labelOp, `${paragraph.label} `));
    for (const op of paragraph.redline) if (op.text !== '') runs.push(run(op.op, op.text));
    const indent = paragraph.depth > 0 ? { indent: { left: 720 * paragraph.depth } } : {};
    if (paragraph.comment.length === 0) return new Paragraph({ children: runs, ...indent });
    const id = comments.length;
    comments.push({
      id,
      author: revisionAuthor,
      initials: 'P',
      date: new Date(meta.date),
      children: paragraph.comment.map((line) => new Paragraph(line)),
    });
    return new Paragraph({
      ...indent,
      children: [
        new CommentRangeStart(id),
        ...runs,
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      ],
    });
  });
  const document = new Document({
    creator: revisionAuthor,
    title: meta.title,
    features: { trackRevisions: true },
    comments: { children: comments },
    sections: [
      {
        children: [
          new Paragraph({ text: meta.title, heading: HeadingLevel.HEADING_1 }),
          ...meta.introduction.map(
            (line) => new Paragraph({ children: [new TextRun({ text: line, italics: true })] }),
          ),
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * Depth of each provision from its parent chain: 0 for a top-level point.
 * @example depthsOf([{ num: '10' }, { num: '10a', parent: '10' }]).get('10a') // 1
 */
export function depthsOf(
  provisions: readonly { num: string; parent?: string | undefined }[],
): Map<string, number> {
  const depths = new Map<string, number>();
  for (const { num, parent } of provisions)
    depths.set(num, parent === undefined ? 0 : (depths.get(parent) ?? 0) + 1);
  return depths;
}
