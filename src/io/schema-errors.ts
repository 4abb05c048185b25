import { z } from 'zod';
import { describeTarget, inOwner, showValue, valueAt } from './describe-path.js';
import { explainRule } from './rule-errors.js';
import type { PathError } from './rule-errors.js';
import type { DataPath } from './yaml-source.js';

const kinds: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  array: 'a list',
  object: 'a mapping',
  boolean: 'true or false',
};

/** Follows a path through a schema (objects, lists, records, defaults, lazies), for the keys it allows. */
function schemaAt(schema: z.core.$ZodType, path: DataPath): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    if (s instanceof z.ZodDefault || s instanceof z.ZodOptional) return unwrap(s.unwrap() as z.core.$ZodType);
    if (s instanceof z.ZodLazy) return unwrap(s.unwrap() as z.core.$ZodType);
    return s;
  };
  for (const segment of path) {
    if (!current) return undefined;
    const s = unwrap(current);
    if (s instanceof z.ZodObject) current = (s.shape as Record<string, z.core.$ZodType>)[String(segment)];
    else if (s instanceof z.ZodArray) current = s.element as z.core.$ZodType;
    else if (s instanceof z.ZodRecord) current = s.valueType as z.core.$ZodType;
    else return undefined;
  }
  return current && unwrap(current);
}

/** The fields an object at `path` accepts, in schema order, or none when it is not an object schema. */
function allowedKeys(schema: z.core.$ZodType, path: DataPath): string[] | undefined {
  const s = schemaAt(schema, path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

/** The form a schema announces with `.describe(…)`, such as an uncertain number's three forms. */
const describedAs = (s: z.core.$ZodType | undefined): string | undefined =>
  s instanceof z.ZodType ? s.description : undefined;

/** Red-line rules are a union zod cannot explain well; `explainRule` does, from the raw value. */
const rulePathEnd = (path: DataPath): number => path.indexOf('rule');

function sizeMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
  target: string,
  value: unknown,
): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.origin === 'string' && issue.code === 'too_small') return `${target} must not be empty`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return issue.code === 'too_small'
      ? `${target} needs at least ${limit} item${limit === 1 ? '' : 's'}`
      : `${target} takes at most ${limit} items`;
  const bound =
    issue.code === 'too_small'
      ? issue.inclusive
        ? `at least ${limit}`
        : `more than ${limit}`
      : issue.inclusive
        ? `at most ${limit}`
        : `less than ${limit}`;
  return `${target} must be ${bound}, not ${showValue(value)}`;
}

/** One zod issue in the author's words; a rule union failure becomes the rule's own explanation. */
function describeIssue(schema: z.core.$ZodType, raw: unknown, issue: z.core.$ZodIssue): PathError[] {
  const path = issue.path as DataPath;
  const value = valueAt(raw, path);
  const target = describeTarget(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const expected = allowedKeys(schema, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        code: 'unknown_field',
        message: `unknown field '${key}'${inOwner(raw, path)}`,
        ...(expected ? { expected } : {}),
      }));
    }
    case 'invalid_type': {
      if (value === undefined) return [{ path, code: 'missing_field', message: `missing ${target}` }];
      const hint = issue.expected === 'string' && typeof value === 'number' ? ` (quote it: '${value}')` : '';
      return [
        {
          path,
          code: 'invalid_value',
          message: `${target} must be ${kinds[issue.expected] ?? issue.expected}, not ${showValue(value)}${hint}`,
        },
      ];
    }
    case 'too_small':
    case 'too_big':
      return [{ path, code: 'invalid_value', message: sizeMessage(issue, target, value) }];
    case 'invalid_format': {
      // A word where an uncertain number belongs ('high'): name the forms, not the range syntax alone.
      const forms = describedAs(schemaAt(schema, path));
      if (forms && !/\.\./.test(String(value)))
        return [
          { path, code: 'invalid_value', message: `${target} must be ${forms}, not ${showValue(value)}` },
        ];
      return [
        {
          path,
          code: 'invalid_value',
          message: `${showValue(value)} is not valid for ${target}: ${issue.message}`,
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          path,
          code: 'invalid_value',
          message: `${showValue(value)} is not valid for ${target}`,
          expected: issue.values.map(String),
        },
      ];
    case 'invalid_key':
      return [
        {
          path,
          code: 'invalid_value',
          message: `${showValue(String(path[path.length - 1]))} in field '${String(path[path.length - 2])}' is not a valid id: ${issue.issues[0]?.message ?? issue.message}`,
        },
      ];
    case 'invalid_union': {
      const ruleAt = rulePathEnd(path);
      if (ruleAt >= 0) return explainRule(valueAt(raw, path), path, inOwner(raw, path.slice(0, ruleAt)));
      // A number out of bounds, a range written wrong, an object with a wrong field: explain that one form.
      const attempted =
        path[path.length - 1] !== 'value' &&
        (typeof value === 'number' ||
          (typeof value === 'object' && value !== null) ||
          /\.\./.test(String(value)));
      const sameType = issue.errors.filter(
        (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
      );
      if (attempted && sameType.length === 1)
        return sameType[0]!.flatMap((inner) =>
          describeIssue(schema, raw, { ...inner, path: [...path, ...inner.path] } as z.core.$ZodIssue),
        );
      const kind =
        path[path.length - 1] === 'value'
          ? 'a number or .inf'
          : (describedAs(schemaAt(schema, path)) ?? 'one of the accepted forms');
      return [{ path, code: 'invalid_value', message: `${target} must be ${kind}, not ${showValue(value)}` }];
    }
    default:
      return [
        {
          path,
          code: 'invalid_value',
          message: `${target}: ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`,
        },
      ];
  }
}

/**
 * Rewrites zod's issues for a raw document into errors in the author's words, one per mistake, each with the
 * path of the offending value (for a line) — `unknown field 'minimum' in red line 'army-floor'` with the
 * fields that would have been accepted, `missing field 'title' in issue 'military.cap'`, `field 'value' in
 * option 'none' of issue 'military.cap' must be a number, not 'lots'`.
 * @example schemaErrors(Position, raw, Position.safeParse(raw).error.issues)
 */
export function schemaErrors(
  schema: z.core.$ZodType,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
): PathError[] {
  return issues.flatMap((issue) => describeIssue(schema, raw, issue));
}
