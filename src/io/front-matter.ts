/** A proposal file cut at its front matter: the YAML between the `---` lines and the body after them. */
export interface FrontMatterSplit {
  /** The YAML text between the fences. */
  yaml: string;
  /** File line (1-based) of the first YAML line, so YAML errors map to file lines. */
  yamlLine: number;
  /** File offset where the body starts (just after the closing fence's line break). */
  bodyStart: number;
}

/** Why a file has no usable front matter, with the file line to point at. */
export interface FrontMatterProblem {
  line: number;
  message: string;
}

const fence = /^---[ \t]*$/;

/**
 * Splits `proposals/<id>.md` into front matter and body. The file must open with a `---` line (a byte-order
 * mark is skipped) and the front matter ends at the next `---` line.
 * @example splitFrontMatter('---\nid: us-28\n---\n1. text\n') // { yaml: 'id: us-28\n', yamlLine: 2, bodyStart: 18 }
 */
export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterProblem {
  const lines = text.split('\n');
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  if (!fence.test((lines[0] ?? '').slice(bom).replace(/\r$/, '')))
    return {
      line: 1,
      message:
        "a proposal must start with front matter: a '---' line, then id, title and the other fields, then '---'",
    };
  let offset = (lines[0]?.length ?? 0) + 1;
  const yamlStart = offset;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence.test(line.replace(/\r$/, ''))) {
      return {
        yaml: text.slice(yamlStart, offset),
        yamlLine: 2,
        bodyStart: Math.min(text.length, offset + line.length + 1),
      };
    }
    offset += line.length + 1;
  }
  return {
    line: 1,
    message: "the front matter opened on this line is never closed: add a '---' line after its last field",
  };
}

/** Tells a split apart from a problem. */
export const isFrontMatterProblem = (
  split: FrontMatterSplit | FrontMatterProblem,
): split is FrontMatterProblem => 'message' in split;

/**
 * Blanks out a leading YAML front matter block (`---` … `---`, as in a case's `proposals/<id>.md`) with
 * spaces, keeping line breaks, so it is not segmented while offsets stay relative to the whole file.
 * Text without a closed front matter block is returned unchanged.
 * @example blankFrontMatter('---\nid: x\n---\n1. a') // '   \n     \n   \n1. a'
 */
export function blankFrontMatter(text: string): string {
  const split = splitFrontMatter(text);
  if (isFrontMatterProblem(split)) return text;
  return text.slice(0, split.bodyStart).replace(/[^\r\n]/g, ' ') + text.slice(split.bodyStart);
}
