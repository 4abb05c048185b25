import { ProposalMeta } from '../model/index.js';
import type { CaseError, Proposal, Provision } from '../model/index.js';
import { segmentText } from '../text/segment-text.js';
import { blankComments, findCodeComments } from './code-comments.js';
import { isFrontMatterProblem, splitFrontMatter } from './front-matter.js';
import { checkText } from './read-yaml-file.js';
import { schemaErrors } from './schema-errors.js';
import { closingOf, headingsBetween } from './section-headings.js';
import { lineCounter } from './text-lines.js';
import { parseYamlSource } from './yaml-source.js';
import type { DataPath } from './yaml-source.js';

/** A proposal file read: every mistake, a way back to lines, and the proposal whenever its front matter is valid. */
export interface ReadProposal {
  /** Present when the front matter is valid, even if some code comments were malformed (they are left out). */
  proposal?: Proposal;
  errors: CaseError[];
  /** File line of a path into the proposal: front matter fields, `provisions[i]`, `provisions[i].codes[k]`. */
  lineAt(path: DataPath): number;
}

/**
 * Reads `proposals/<id>.md`: YAML front matter (fields of `ProposalMeta`), then the text as the document
 * numbers it, segmented by `segmentText`. A `<!-- parley: issue=option -->` comment codes the provision it
 * follows (at the end of its line or on a line of its own); comments are blanked before segmentation, so
 * every offset stays a file offset. `preamble` is the text between the front matter and the first
 * provision, trimmed. Collects every mistake of the file instead of stopping at the first.
 * @example readProposal('proposals/us-28.md', '---\nid: us-28\ntitle: US plan\n---\n6. Cap. <!-- parley: military.cap=cap-600k -->\n')
 */
export function readProposal(file: string, text: string): ReadProposal {
  const unreadable = checkText(
    file,
    text,
    'a proposal: front matter between --- lines, then numbered provisions',
  );
  if (unreadable) return { errors: [unreadable], lineAt: () => 0 };
  const lineOf = lineCounter(text);
  const split = splitFrontMatter(text);
  if (isFrontMatterProblem(split))
    return {
      errors: [{ file, line: split.line, code: 'invalid_front_matter', message: split.message }],
      lineAt: () => 1,
    };

  const yaml = parseYamlSource(file, split.yaml, split.yamlLine);
  const errors: CaseError[] = [...yaml.errors];
  const raw: unknown = yaml.errors.length > 0 ? undefined : (yaml.value ?? {});
  let meta: ProposalMeta | undefined;
  if (raw !== undefined) {
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push({
        file,
        line: split.yamlLine,
        code: 'invalid_front_matter',
        message: 'the front matter must be fields such as id: and title:, not a single value or a list',
      });
    } else {
      const parsed = ProposalMeta.safeParse(raw);
      if (parsed.success) meta = parsed.data;
      else
        for (const e of schemaErrors(ProposalMeta, raw, parsed.error.issues))
          errors.push({ file, line: yaml.lineAt(e.path), ...withoutPath(e) });
    }
  }

  const comments = findCodeComments(text, split.bodyStart);
  const body = blankComments(text, comments).slice(split.bodyStart);
  const segmentation = segmentText(body);
  const headings = headingsBetween(segmentation);
  const provisions: Provision[] = segmentation.provisions.map((s, i) => {
    const provision: Provision = {
      num: s.num,
      label: s.label,
      text: s.text,
      codes: [],
      start: s.start + split.bodyStart,
      end: s.end + split.bodyStart,
    };
    if (s.parent !== undefined) provision.parent = s.parent;
    const heading = headings[i];
    if (heading !== undefined) provision.heading = heading;
    return provision;
  });
  // Line of each code, per provision, so a cross-reference problem in a code points at its comment.
  const codeLines = provisions.map((): number[] => []);
  for (const comment of comments) {
    const line = lineOf(comment.start);
    for (const problem of comment.problems)
      errors.push({ file, line, code: 'invalid_code', message: problem });
    const owner = provisions.findLastIndex((p) => (p.start ?? 0) <= comment.start);
    if (owner < 0) {
      if (comment.codes.length > 0)
        errors.push({
          file,
          line,
          code: 'invalid_code',
          message:
            'a code comment before the first provision codes nothing: put it after the provision it codes',
        });
      continue;
    }
    provisions[owner]?.codes.push(...comment.codes);
    codeLines[owner]?.push(...comment.codes.map(() => line));
  }

  const first = provisions[0]?.start ?? text.length;
  const preamble = text.slice(split.bodyStart, first).trim();
  const lineAt = (path: DataPath): number => {
    if (path[0] !== 'provisions' || typeof path[1] !== 'number') return yaml.lineAt(path);
    const [, index, part, k] = path;
    const codeLine = part === 'codes' && typeof k === 'number' ? codeLines[index]?.[k] : undefined;
    return codeLine ?? lineOf(provisions[index]?.start ?? split.bodyStart);
  };
  // A malformed code comment leaves the rest of the proposal readable, so its cross-references still get checked.
  if (!meta) return { errors, lineAt };
  const closing = closingOf(segmentation);
  return {
    proposal: { ...meta, preamble, provisions, ...(closing === undefined ? {} : { closing }) },
    errors,
    lineAt,
  };
}

const withoutPath = <T extends { path: DataPath }>({ path: _path, ...rest }: T): Omit<T, 'path'> => rest;
