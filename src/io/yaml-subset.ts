/**
 * A fast reader for the plain YAML that case files are written in, so `parley check` need not load and warm
 * up the full `yaml` parser (~0.2 s of CPU for the demo case from a cold start; this reads it in a few ms).
 * It knows a strict subset: block mappings and sequences, `- key: value` items, plain scalars on one line,
 * quoted scalars on one line ('…' with '' and "…" without escapes), one-line flow collections (`{ a: 1 }`,
 * `[a, b]`), literal and folded block scalars (`|`, `|-`, `>`, `>-`), comments; scalars resolve as the
 * YAML 1.2 core schema does (null, booleans, decimal integers, floats, `.inf`, `.nan`). Anything else —
 * anchors, aliases, tags, multi-line plain or quoted scalars, escapes, tabs, CR, duplicate keys, keys that
 * are not plain words — makes it give up, and the caller parses with `yaml`. Where it answers, the answer
 * is what `yaml`'s `parse` gives (yaml-subset.test.ts compares the two on generated and mangled texts).
 */

/** Thrown inside the reader to give up on text outside the subset; never leaves this module. */
class OutsideSubset extends Error {}

const giveUp = (): never => {
  throw new OutsideSubset();
};

/** How deep collections may nest before the reader gives up (and leaves `yaml` to refuse a stack-breaking text). */
const maxDepth = 64;

/** A mapping key: a plain word without spaces, read as a string (not a number, boolean or null). */
const keyPattern = /^[A-Za-z0-9_][A-Za-z0-9_.@/+-]*(?=:( |$))/;
/** Characters that start something other than a plain scalar (an indicator), or that the subset refuses. */
const indicators = new Set([...'&*!%@`|>?:,[]{}#\'"']);
/**
 * Whether the text holds a character YAML forbids or reads as a line break, or a tab, CR or byte-order mark,
 * whose rules the subset does not follow.
 */
function hasRefusedCharacter(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code < 0x20 && code !== 0x0a) || [0x7f, 0x85, 0x2028, 0x2029, 0xfeff].includes(code)) return true;
  }
  return false;
}

/** The value of a plain scalar under the YAML 1.2 core schema, as `yaml` resolves it. */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0[ox]/.test(text)) return giveUp();
  if (/^[-+]?[0-9]+$/.test(text)) return text.length > 15 ? giveUp() : parseInt(text, 10);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text))
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return parseFloat(text);
  return text;
}

/** A mapping key, or a give-up when it is not a plain word that reads as a string. */
function readKey(text: string): string {
  const key = keyPattern.exec(text)?.[0];
  if (key === undefined || key === '__proto__' || typeof resolvePlain(key) !== 'string') return giveUp();
  return key;
}

/** Whether `rest` (what follows a value on its line) is nothing, spaces, or a comment after a space. */
const isLineEnd = (rest: string): boolean => /^(?: *| +#.*)$/.test(rest);

/** One-line flow collections: `{ key: value, … }`, `[item, …]`, with plain and quoted scalars inside. */
class FlowReader {
  position = 0;
  constructor(private readonly text: string) {}

  private skipSpaces(): void {
    while (this.text[this.position] === ' ') this.position++;
  }

  /** A node at the current position, `depth` collections deep: a collection, a quoted or plain scalar. */
  node(depth = 0): unknown {
    this.skipSpaces();
    const first = this.text[this.position];
    if ((first === '{' || first === '[') && depth >= maxDepth) return giveUp();
    if (first === '{') return this.mapping(depth + 1);
    if (first === '[') return this.sequence(depth + 1);
    if (first === "'" || first === '"') {
      const { value, end } = readQuoted(this.text, this.position);
      this.position = end;
      return value;
    }
    const match = /^[^,[\]{}#:]*/.exec(this.text.slice(this.position))![0];
    const plain = match.trimEnd();
    const next = this.text[this.position + match.length];
    if (plain === '' || indicators.has(plain[0]!) || (plain[0] === '-' && !/^-[0-9.]/.test(plain)))
      return giveUp();
    if (next === '#' || next === ':' || next === undefined) return giveUp();
    this.position += match.length;
    return resolvePlain(plain);
  }

  private mapping(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.position++;
    this.skipSpaces();
    if (this.text[this.position] === '}') return (this.position++, result);
    for (;;) {
      const key = readKey(this.text.slice(this.position));
      if (Object.hasOwn(result, key) || this.text[this.position + key.length + 1] !== ' ') return giveUp();
      this.position += key.length + 1;
      result[key] = this.node(depth);
      if (this.closes('}')) return result;
    }
  }

  private sequence(depth: number): unknown[] {
    const result: unknown[] = [];
    this.position++;
    this.skipSpaces();
    if (this.text[this.position] === ']') return (this.position++, result);
    for (;;) {
      result.push(this.node(depth));
      if (this.closes(']')) return result;
    }
  }

  /** After an entry: true at the closing bracket (consumed), false after a comma followed by another entry. */
  private closes(bracket: string): boolean {
    this.skipSpaces();
    const next = this.text[this.position++];
    if (next === bracket) return true;
    if (next !== ',') return giveUp();
    this.skipSpaces();
    return [']', '}'].includes(this.text[this.position]!) ? giveUp() : false;
  }
}

/** A quoted scalar that starts at `start` and ends on the same line: '…' with '' for a quote, "…" unescaped. */
function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start]!;
  let value = '';
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at]!;
    if (quote === '"' && char === '\\') return giveUp();
    if (char !== quote) value += char;
    else if (quote === "'" && text[at + 1] === "'") {
      value += "'";
      at++;
    } else return { value, end: at + 1 };
  }
  return giveUp();
}

/**
 * The lines of a folded scalar as one text: lines next to each other join with a space, and n empty lines
 * between two lines become n line breaks. The first and last lines have content.
 */
function fold(lines: string[]): string {
  let text = lines[0]!;
  let blanks = 0;
  for (const line of lines.slice(1)) {
    if (line === '') blanks++;
    else {
      text += (blanks > 0 ? '\n'.repeat(blanks) : ' ') + line;
      blanks = 0;
    }
  }
  return text;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlank = (line: string): boolean => /^ *$/.test(line);
const isSequenceLine = (content: string): boolean => content === '-' || content.startsWith('- ');

/** Block-style YAML, line by line. */
class BlockReader {
  /** The next line to read. */
  line = 0;
  constructor(private readonly lines: string[]) {}

  /** The index of the next line with content (not blank, not only a comment), or -1 at the end. */
  nextContent(): number {
    while (this.line < this.lines.length) {
      const text = this.lines[this.line]!.trimStart();
      if (text !== '' && !text.startsWith('#')) return this.line;
      this.line++;
    }
    return -1;
  }

  /** How many collections are being read, one inside the other. */
  private depth = 0;

  /** The mapping or sequence whose first line, at `indent`, is the next content line. */
  block(indent: number): unknown {
    const content = this.lines[this.nextContent()]!.slice(indent);
    return isSequenceLine(content) ? this.sequence(indent) : this.mapping(indent);
  }

  /** The document: a block mapping or sequence, or a flow collection on one line. */
  document(): unknown {
    const first = this.nextContent();
    const content = this.lines[first]!;
    if (indentOf(content) !== 0) return giveUp();
    if (content[0] !== '{' && content[0] !== '[') return this.block(0);
    this.line = first + 1;
    return this.inline(content, -1);
  }

  /** `read` one collection deeper, or give up past `maxDepth`. */
  private nested<T>(read: () => T): T {
    if (this.depth >= maxDepth) return giveUp();
    this.depth++;
    const value = read();
    this.depth--;
    return value;
  }

  private mapping(indent: number): Record<string, unknown> {
    return this.nested(() => this.mappingAt(indent));
  }

  private sequence(indent: number): unknown[] {
    return this.nested(() => this.sequenceAt(indent));
  }

  private mappingAt(indent: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    for (let at = this.nextContent(); at >= 0; at = this.nextContent()) {
      const lineIndent = indentOf(this.lines[at]!);
      if (lineIndent < indent) break;
      const content = this.lines[at]!.slice(indent);
      if (lineIndent > indent || isSequenceLine(content)) return giveUp();
      const key = readKey(content);
      if (Object.hasOwn(result, key)) return giveUp();
      this.line = at + 1;
      result[key] = this.value(content.slice(key.length + 1), indent, true);
    }
    return result;
  }

  private sequenceAt(indent: number): unknown[] {
    const result: unknown[] = [];
    for (let at = this.nextContent(); at >= 0; at = this.nextContent()) {
      const lineIndent = indentOf(this.lines[at]!);
      const content = this.lines[at]!.slice(indent);
      if (lineIndent < indent || !isSequenceLine(content)) break; // a sequence as a mapping's value ends
      if (lineIndent > indent) return giveUp();
      const rest = content.slice(1);
      const item = rest.trimStart();
      if (isSequenceLine(item)) return giveUp();
      if (keyPattern.test(item)) {
        // `- key: value`: a mapping whose keys line up with this first one.
        const column = indent + 1 + rest.length - item.length;
        this.lines[at] = ' '.repeat(column) + item;
        this.line = at;
        result.push(this.mapping(column));
      } else {
        this.line = at + 1;
        result.push(this.value(rest, indent, false));
      }
    }
    return result;
  }

  /**
   * The value after `key:` or `-` (`rest`, the remainder of its line), owned by a node at `indent`: on the
   * same line, or a block on the lines below (a mapping's value may be a sequence at the mapping's indent).
   */
  private value(rest: string, indent: number, isMappingValue: boolean): unknown {
    if (rest !== '' && rest[0] !== ' ') return giveUp();
    const text = rest.trimStart();
    if (text === '' || text.startsWith('#')) {
      const at = this.nextContent();
      if (at < 0) return null;
      const below = indentOf(this.lines[at]!);
      const content = this.lines[at]!.slice(below);
      if (below > indent && (content[0] === '{' || content[0] === '[')) {
        this.line = at + 1;
        return this.inline(content, indent);
      }
      if (below > indent) return this.block(below);
      const isSequenceBelow = isSequenceLine(this.lines[at]!.slice(indent));
      return below === indent && isMappingValue && isSequenceBelow ? this.sequence(indent) : null;
    }
    if (text[0] === '|' || text[0] === '>') {
      const header = /^([|>])(-?)(?: +#.*)?$/.exec(text) ?? giveUp();
      return this.blockScalar(header[1] === '>', header[2] === '-', indent);
    }
    return this.inline(text, indent);
  }

  /** A value that stands on one line (`text`, up to the line's end): a flow collection, a quoted or plain scalar. */
  private inline(text: string, indent: number): unknown {
    let value: unknown;
    let after: string;
    const first = text[0]!;
    if (first === '{' || first === '[') {
      const flow = new FlowReader(text);
      value = flow.node();
      after = text.slice(flow.position);
    } else if (first === "'" || first === '"') {
      const quoted = readQuoted(text, 0);
      value = quoted.value;
      after = text.slice(quoted.end);
    } else {
      if (indicators.has(first) || /^-( |$)/.test(text)) return giveUp();
      const plain = text.replace(/ +#.*$/, '').trimEnd();
      if (/: |:$/.test(plain)) return giveUp();
      value = resolvePlain(plain);
      after = '';
    }
    if (!isLineEnd(after)) return giveUp();
    // A more indented line below would continue a plain scalar or be an error: either way, not the subset's.
    const next = this.nextContent();
    if (next >= 0 && indentOf(this.lines[next]!) > indent) return giveUp();
    return value;
  }

  /** A literal (`|`) or folded (`>`) block scalar below a node at `indent`, clipped or stripped (`-`). */
  private blockScalar(isFolded: boolean, isStripped: boolean, indent: number): string {
    let contentIndent: number | undefined;
    let end = this.line;
    for (; end < this.lines.length; end++) {
      const line = this.lines[end]!;
      if (isBlank(line)) {
        // Leading blank lines, and blank lines longer than the content's indent, carry content: give up.
        if (contentIndent === undefined || line.length > contentIndent) return giveUp();
        continue;
      }
      const lineIndent = indentOf(line);
      if (lineIndent <= indent) break;
      contentIndent ??= lineIndent;
      if (lineIndent < contentIndent) return giveUp();
    }
    const lines = this.lines.slice(this.line, end).map((line) => line.slice(contentIndent));
    this.line = end;
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    if (lines.length === 0) return '';
    if (lines.some((line) => line.endsWith(' ') || (isFolded && line.startsWith(' ')))) return giveUp();
    const body = isFolded ? fold(lines) : lines.join('\n');
    return isStripped ? body : `${body}\n`;
  }
}

/**
 * Reads `text` if it lies in the subset this module knows, as `yaml`'s `parse` would; `undefined` when it
 * does not (then parse it with `yaml`, which also finds its errors). A document must be a mapping or a
 * sequence (in block or flow style).
 * @example readYamlSubset('party: ua\nweights: { nato.membership: 4 }\n') // { value: { party: 'ua', weights: { 'nato.membership': 4 } } }
 * @example readYamlSubset('a: &x 1\nb: *x\n') // undefined
 */
export function readYamlSubset(text: string): { value: unknown } | undefined {
  if (hasRefusedCharacter(text)) return undefined;
  const lines = text.split('\n');
  if (lines.some((line) => /^(?:---|\.\.\.)(?: |$)/.test(line))) return undefined;
  const reader = new BlockReader(lines);
  try {
    if (reader.nextContent() < 0) return undefined;
    const value = reader.document();
    return reader.nextContent() < 0 ? { value } : undefined;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
}
