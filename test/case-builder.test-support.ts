// Builds small in-memory cases for tests, so that each test writes down only the data it depends on.
import { Case } from '../src/model/index.js';
import type {
  Issue,
  Option,
  Party,
  Position,
  Proposal,
  Provision,
  RedLine,
  Rule,
} from '../src/model/index.js';

/** An option as a test writes it: an id (label = id), `[id, value]` for min/max rules, or a whole option. */
export type OptionSpec = string | [id: string, value: number] | Option;

/**
 * An option from its short form; the label is the id unless given.
 * @example buildOption(['cap-800k', 800_000]) // { id: 'cap-800k', label: 'cap-800k', value: 800000 }
 */
export function buildOption(spec: OptionSpec): Option {
  if (typeof spec === 'string') return { id: spec, label: spec };
  if (Array.isArray(spec)) return { id: spec[0], label: spec[0], value: spec[1] };
  return spec;
}

/**
 * An issue with its options in the order given (option order decides masks and tie-breaks); the title is
 * the id unless overridden.
 * @example buildIssue('military.cap', [['none', Infinity], ['cap-600k', 600_000], 'unclear'])
 */
export function buildIssue(id: string, options: OptionSpec[], overrides: Partial<Issue> = {}): Issue {
  return { id, title: id, options: options.map(buildOption), ...overrides };
}

/**
 * A party of kind `party`, named by its id unless overridden.
 * @example buildParty('us', { name: 'United States', kind: 'mediator' })
 */
export function buildParty(id: string, overrides: Partial<Party> = {}): Party {
  return { id, name: id, kind: 'party', ...overrides };
}

/**
 * A position with reservation 0, no weights, no utilities and no red lines unless overridden.
 * @example buildPosition('ua', { reservation: 20, redlines: [buildRedLine('army-floor', { issue: 'military.cap', min: 800_000 })] })
 */
export function buildPosition(party: string, overrides: Partial<Position> = {}): Position {
  return { party, reservation: 0, weights: {}, utilities: {}, redlines: [], ...overrides };
}

/**
 * A red line whose text is its id unless overridden.
 * @example buildRedLine('no-nato', { issue: 'nato', in: ['barred'] }, { priority: 2 })
 */
export function buildRedLine(id: string, rule: Rule, overrides: Partial<RedLine> = {}): RedLine {
  return { id, text: id, rule, ...overrides };
}

/**
 * A provision coding `issue → option` in the order given; a list of options codes bracketed alternatives. Its label is `num.`, or for a sub-point the
 * part of `num` after its parent's (`21a` under `21` is labelled `a.`), unless overridden.
 * @example buildProvision('21a', 'de facto', { 'territory.recognition': 'de-facto' }, { parent: '21' })
 */
export function buildProvision(
  num: string,
  text: string,
  codes: Record<string, string | string[]> = {},
  overrides: Partial<Provision> = {},
): Provision {
  const parent = overrides.parent;
  return {
    num,
    label: parent === undefined ? `${num}.` : `${num.slice(parent.length)}.`,
    text,
    codes: Object.entries(codes).map(([issue, option]) =>
      typeof option === 'string' ? { issue, option } : { issue, options: option },
    ),
    ...overrides,
  };
}

/**
 * A public proposal with no authors and no preamble, titled by its id unless overridden.
 * @example buildProposal('us-28', [buildProvision('6', 'Capped at 600,000.', { 'military.cap': 'cap-600k' })])
 */
export function buildProposal(
  id: string,
  provisions: Provision[] = [],
  overrides: Partial<Proposal> = {},
): Proposal {
  return {
    id,
    title: id,
    authors: [],
    visibility: 'public',
    sharedWith: [],
    preamble: '',
    provisions,
    ...overrides,
  };
}

/**
 * A case (id `test`, titled `Test case`, every list empty unless given), parsed with the model's schema so
 * that a malformed fixture fails at once. Cross-references are not checked: tests of `validateCase` break
 * them on purpose.
 * @example buildCase({ parties: [buildParty('ua')], issues: [buildIssue('nato', ['open', 'barred'])] })
 */
export function buildCase(parts: Partial<Case> = {}): Case {
  return Case.parse({
    id: 'test',
    title: 'Test case',
    parties: [],
    tracks: [],
    issues: [],
    proposals: [],
    positions: [],
    ...parts,
  });
}
