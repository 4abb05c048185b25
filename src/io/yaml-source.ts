import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import type { Node } from 'yaml';
import type { CaseError } from '../model/index.js';
import { readYamlSubset } from './yaml-subset.js';

/**
 * The `yaml` package, loaded on first use: reading a valid case takes the subset reader's fast path and never
 * needs it, which spares `parley check` its loading (~35 ms of CPU). Loaded with `require`, as ESM cannot
 * import synchronously.
 */
let yamlPackage: typeof Yaml | undefined;
const loadYaml = (): typeof Yaml => (yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/** A path into parsed data, as zod and `validateCase` report it: `['redlines', 0, 'rule', 'min']`. */
export type DataPath = readonly (string | number)[];

/** Parsed YAML that remembers where each value came from. */
export interface YamlSource {
  /** The plain data (`.inf` becomes `Infinity`); `undefined` when the text had YAML errors. */
  value: unknown;
  /**
   * The file line (1-based) of the value at `path`: the line of its key for a mapping entry, of the item for a
   * sequence entry. A path that goes further than the data (a missing field) gives the line of the deepest
   * part that exists, so the author lands on the mapping the field belongs in.
   */
  lineAt(path: DataPath): number;
  errors: CaseError[];
}

/** How many times aliases may be expanded in one document; a case written by hand needs few if any. */
const maxAliasCount = 100;

/**
 * The longest YAML text parsed, in characters (a million): the demo case's largest file is 12 k. Parsing takes
 * about 0.6 s a megabyte and a hundred times that in memory, so a 10 MB case file of YAML would hold a
 * thread for seconds; a longer text is refused before the parser sees it. Markdown bodies are not YAML.
 */
export const maxYamlChars = 1_000_000;

/** The key of a mapping entry as data, so `5: x` is found by both `5` and `'5'`. */
const keyText = (key: unknown): string => (loadYaml().isScalar(key) ? String(key.value) : String(key));

/**
 * Parses YAML text that starts at `firstLine` of `file` (1 for a whole file, later for front matter), keeping
 * node ranges so every path can be mapped back to a line. YAML errors (bad indentation, unclosed brackets,
 * duplicate keys) become `invalid_yaml` errors at the line the parser names. Text in the plain subset case
 * files are written in is read fast (`readYamlSubset`, which agrees with `yaml`); its lines are found by
 * parsing it again with `yaml` when first asked for, which only a case with mistakes does.
 * @example parseYamlSource('case.yaml', 'id: x\ntitle: [', 1).errors[0] // { file: 'case.yaml', line: 2, code: 'invalid_yaml', … }
 */
export function parseYamlSource(file: string, text: string, firstLine = 1): YamlSource {
  if (text.length > maxYamlChars) {
    const size = (text.length / 1e6).toFixed(1);
    const message = `invalid yaml: ${size} million characters of YAML, over the limit of ${maxYamlChars / 1e6} million for one file; long texts belong in a proposal's Markdown body`;
    return {
      value: undefined,
      lineAt: () => firstLine,
      errors: [{ file, line: firstLine, code: 'invalid_yaml', message }],
    };
  }
  const fast = readYamlSubset(text);
  if (!fast) return parseWithYaml(file, text, firstLine);
  let withLines: YamlSource | undefined;
  return {
    value: fast.value,
    errors: [],
    lineAt: (path) => (withLines ??= parseWithYaml(file, text, firstLine)).lineAt(path),
  };
}

/** `parseYamlSource` by the `yaml` package, with node ranges for `lineAt`. */
function parseWithYaml(file: string, text: string, firstLine: number): YamlSource {
  const { LineCounter, isMap, isPair, isSeq, parseDocument } = loadYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const errors: CaseError[] = document.errors.map((error) => ({
    file,
    line: lineOf(error.pos[0]),
    code: 'invalid_yaml',
    message: `invalid yaml: ${error.message.charAt(0).toLowerCase()}${error.message.slice(1).split('\n')[0]}`,
  }));

  const lineAt = (path: DataPath): number => {
    let node: unknown = document.contents;
    let line = firstLine;
    const nodeLine = (n: unknown): number | undefined => {
      const range = (n as Node | null)?.range;
      return range ? lineOf(range[0]) : undefined;
    };
    line = nodeLine(node) ?? line;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
        if (!pair) break;
        line = nodeLine(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
        node = node.items[segment];
        line = nodeLine(node) ?? line;
      } else break;
    }
    return line;
  };

  if (errors.length > 0) return { value: undefined, lineAt, errors };
  try {
    return { value: document.toJS({ maxAliasCount }), lineAt, errors };
  } catch (error) {
    // yaml refuses to expand aliases past `maxAliasCount` (an alias bomb: a few lines that unfold into
    // billions of nodes); that is the author's input, so it is a case error, not a crash.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `invalid yaml: its aliases (*name) expand to more than ${maxAliasCount} copies; write the repeated values out`;
    return { value: undefined, lineAt, errors: [{ file, line: firstLine, code: 'invalid_yaml', message }] };
  }
}
