import { CompoundRule, Id, LeafRule } from '../model/index.js';
import type { CaseErrorCode } from '../model/index.js';
import type { z } from 'zod';
import { showValue } from './describe-path.js';
import type { DataPath } from './yaml-source.js';

/** A mistake at a path of a parsed document, before it is given a file and line. */
export interface PathError {
  path: DataPath;
  code: CaseErrorCode;
  message: string;
  expected?: string[];
}

// What the messages say about the grammar comes from its schemas (model/rule.ts): a new operator there is
// named here without an edit.
const leafShapes: Record<string, z.ZodType>[] = LeafRule.options.map((form) => form.shape);
/** The tests of a leaf besides `issue`, in grammar order: in, notIn, min, max. */
const leafKeys = leafShapes.map((shape) => Object.keys(shape).find((key) => key !== 'issue')!);
const leafTest = (key: string): z.ZodType => leafShapes.find((shape) => key in shape)![key]!;
/** The compound forms by their keys, the first naming the form: [all], [any], [not], [if, then]. */
const compoundShapes: Record<string, z.ZodType>[] = CompoundRule.options.map((form) => form.shape);
const compoundForms = compoundShapes.map((shape) => Object.keys(shape));
const ruleKeys = ['issue', ...leafKeys, ...compoundForms.flat()];
const takesList = (schema: z.ZodType): boolean => schema.def.type === 'array';

/** The forms a rule can take, by the keys that announce them. */
const formOf = (key: string): string =>
  leafKeys.includes(key) || key === 'issue'
    ? 'issue'
    : (compoundForms.find((keys) => keys.includes(key))?.[0] ?? key);

/** Every form as the author writes it: `{ issue, in | notIn | min | max }, { all }, …`. */
const formsInWords = [
  `{ issue, ${leafKeys.join(' | ')} }`,
  ...compoundForms.map((keys) => `{ ${keys.join(', ')} }`),
].join(', ');

/**
 * Explains why a value is not a red-line rule, in the author's words, one error per mistake, with the path
 * of each. zod can only say that no branch of the rule union matched; this says which key is unknown,
 * missing or of the wrong kind (DESIGN.md, rule grammar). `where` names the red line: `in red line 'army-floor'`.
 * @example explainRule({ issue: 'military.cap', minimum: 8 }, ['redlines', 0, 'rule'], " in red line 'army-floor'")
 * // [{ path: [..., 'minimum'], code: 'unknown_field', message: "unknown field 'minimum' in red line 'army-floor'", expected: ruleKeys }]
 */
export function explainRule(value: unknown, path: DataPath, where: string): PathError[] {
  if (value === undefined) return [{ path, code: 'missing_field', message: `missing field 'rule'${where}` }];
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return [
      {
        path,
        code: 'invalid_value',
        message: `a rule${where} must be a mapping such as { issue: x, in: [a] }, not ${showValue(value)}`,
      },
    ];
  const rule = value as Record<string, unknown>;
  const keys = Object.keys(rule);
  const unknown = keys.filter((key) => !ruleKeys.includes(key));
  if (unknown.length > 0)
    return unknown.map((key) => ({
      path: [...path, key],
      code: 'unknown_field',
      message: `unknown field '${key}'${where}`,
      expected: ruleKeys,
    }));
  const forms = [...new Set(keys.map(formOf))];
  if (forms.length !== 1)
    return [
      {
        path,
        code: forms.length === 0 ? 'missing_field' : 'invalid_value',
        message:
          forms.length === 0
            ? `empty rule${where}: write one of ${formsInWords}`
            : `a rule${where} takes one form, but this one mixes ${keys.map((k) => `'${k}'`).join(', ')}`,
      },
    ];
  const form = forms[0]!;
  const shape = compoundShapes.find((candidate) => Object.keys(candidate)[0] === form);
  if (!shape) return explainLeaf(rule, path, where);
  const [first, ...others] = Object.keys(shape);
  const missing = Object.keys(shape).filter((key) => !(key in rule));
  if (missing.length > 0)
    return [
      {
        path,
        code: 'missing_field',
        message: `'${first}' needs ${others.map((k) => `a '${k}'`).join(' and ')}${where} (missing '${missing[0]}')`,
      },
    ];
  return Object.entries(shape).flatMap(([key, schema]): PathError[] => {
    if (!takesList(schema)) return explainRule(rule[key], [...path, key], where);
    const items = rule[key];
    if (!Array.isArray(items) || items.length === 0)
      return [
        {
          path: [...path, key],
          code: 'invalid_value',
          message: `'${key}'${where} must be a list of at least one rule, not ${Array.isArray(items) ? 'an empty list' : showValue(items)}`,
        },
      ];
    return items.flatMap((item, i) => explainRule(item, [...path, key, i], where));
  });
}

/** A rule on one issue: `issue` and exactly one of `in`, `notIn`, `min`, `max`, each of the right kind. */
function explainLeaf(rule: Record<string, unknown>, path: DataPath, where: string): PathError[] {
  const errors: PathError[] = [];
  const tests = leafKeys.filter((key) => key in rule);
  if (!('issue' in rule))
    errors.push({ path, code: 'missing_field', message: `missing field 'issue' in a rule${where}` });
  else if (!Id.safeParse(rule.issue).success)
    errors.push({
      path: [...path, 'issue'],
      code: 'invalid_value',
      message: `${showValue(rule.issue)} is not an issue id${where}`,
    });
  if (tests.length === 0)
    errors.push({
      path,
      code: 'missing_field',
      message: `a rule on an issue${where} needs one of: ${leafKeys.join(', ')}`,
      expected: leafKeys,
    });
  else if (tests.length > 1)
    errors.push({
      path: [...path, tests[1]!],
      code: 'invalid_value',
      message: `a rule on an issue${where} takes one of ${leafKeys.join(', ')}, not both '${tests[0]}' and '${tests[1]}'`,
    });
  for (const key of tests) {
    const test = rule[key];
    if (!takesList(leafTest(key))) {
      if (typeof test !== 'number')
        errors.push({
          path: [...path, key],
          code: 'invalid_value',
          message: `'${key}'${where} must be a number, not ${showValue(test)}`,
        });
    } else if (!Array.isArray(test) || test.length === 0)
      errors.push({
        path: [...path, key],
        code: 'invalid_value',
        message: `'${key}'${where} must be a list of at least one option id, not ${Array.isArray(test) ? 'an empty list' : showValue(test)}`,
      });
    else
      test.forEach((option, i) => {
        if (!Id.safeParse(option).success)
          errors.push({
            path: [...path, key, i],
            code: 'invalid_value',
            message: `${showValue(option)} in '${key}'${where} is not an option id`,
          });
      });
  }
  return errors;
}
