import type { Issue } from './case.js';
import { optionsOfCode } from './proposal.js';
import type { Code } from './proposal.js';

/**
 * The options of a code in the issue's own words: the option's label, or the alternatives in square
 * brackets separated by slashes, as UN drafting prints bracketed text. An id the issue does not know is shown
 * as written.
 * @example optionLabelsOf(amnesty, { issue: 'amnesty', options: ['none', 'blanket'] }) // '[No amnesty / Full amnesty]'
 */
export function optionLabelsOf(issue: Issue | undefined, code: Code): string {
  const labels = optionsOfCode(code).map((id) => issue?.options.find((o) => o.id === id)?.label ?? id);
  return labels.length === 1 ? labels[0]! : `[${labels.join(' / ')}]`;
}

/**
 * A code in words: the issue's title, a colon, and `optionLabelsOf`.
 * @example codeInWords(issues, { issue: 'military.cap', option: 'cap-600k' }) // "Peacetime cap on Ukraine's armed forces: 600,000"
 */
export function codeInWords(issues: readonly Issue[], code: Code): string {
  const issue = issues.find((i) => i.id === code.issue);
  return `${issue?.title ?? code.issue}: ${optionLabelsOf(issue, code)}`;
}
