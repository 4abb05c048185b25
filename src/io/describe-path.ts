import type { DataPath } from './yaml-source.js';

/** Collections whose items are named after their id in messages: `issues` holds issues. */
const collections: Record<string, string> = {
  parties: 'party',
  tracks: 'track',
  issues: 'issue',
  options: 'option',
  redlines: 'red line',
};

const childOf = (value: unknown, segment: string | number): unknown =>
  value !== null && typeof value === 'object'
    ? (value as Record<string | number, unknown>)[segment]
    : undefined;

/**
 * Shows a raw value the way its author wrote it: strings quoted, lists and mappings by kind, YAML's empty
 * value as `empty`.
 * @example showValue('lots') // "'lots'"
 */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `'${value}'`;
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  return String(value);
}

/**
 * Names the collection items a path passes through, innermost first, by their `id` when they have one.
 * @example describeOwner(raw, ['issues', 0, 'options', 1]) // "option 'cap-800k' of issue 'military.cap'"
 */
export function describeOwner(raw: unknown, path: DataPath): string | undefined {
  const names: string[] = [];
  let value = raw;
  path.forEach((segment, i) => {
    value = childOf(value, segment);
    const collection = collections[String(path[i - 1])];
    if (typeof segment === 'number' && collection) {
      const id = childOf(value, 'id');
      names.unshift(`${collection} ${typeof id === 'string' ? `'${id}'` : `#${segment + 1}`}`);
    }
  });
  return names.length > 0 ? names.join(' of ') : undefined;
}

/**
 * Names the value at a path for a message: a field with its owner, a weight, a utility, or a list item.
 * @example describeTarget(raw, ['issues', 0, 'options', 1, 'value']) // "field 'value' in option 'cap-800k' of issue 'military.cap'"
 * @example describeTarget(raw, ['utilities', 'military.cap', 'none']) // "the utility of option 'none' for issue military.cap"
 */
export function describeTarget(raw: unknown, path: DataPath): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === undefined) return 'the document';
  if (path.length === 2 && parent === 'weights') return `the weight of issue ${last}`;
  if (path.length === 2 && parent === 'utilities') return `the utilities of issue ${last}`;
  if (path.length === 3 && path[0] === 'utilities')
    return `the utility of option '${last}' for issue ${parent}`;
  if (typeof last === 'number') {
    const collection = collections[String(parent)];
    if (collection) return describeOwner(raw, path) ?? `${collection} #${last + 1}`;
    return `item ${last + 1} of field '${String(parent)}'${inOwner(raw, path.slice(0, -2))}`;
  }
  return `field '${last}'${inOwner(raw, path.slice(0, -1))}`;
}

/** ` in <owner>` for the owner of a path, or nothing at the top level. */
export function inOwner(raw: unknown, path: DataPath): string {
  const owner = describeOwner(raw, path);
  return owner ? ` in ${owner}` : '';
}

/** The raw value at a path, or `undefined` when the path leads nowhere. */
export function valueAt(raw: unknown, path: DataPath): unknown {
  return path.reduce<unknown>((value, segment) => childOf(value, segment), raw);
}
