import type { Issue } from './case.js';
import type { CaseErrorCode } from './case-error.js';
import { closestId } from './closest-id.js';

// What the cross-reference checks of a case (validate-case.ts, validate-proposal.ts) share: how a problem is
// reported, the ids a case defines, and the reports of an unknown or duplicated id.

/** Reports one problem at a path of the document being checked. */
export type Report = (
  path: (string | number)[],
  code: CaseErrorCode,
  message: string,
  expected?: string[],
) => void;

/** Reports `name` as unknown among `known`: suggests a close id, else lists what would be accepted. */
export function reportUnknown(
  report: Report,
  path: (string | number)[],
  code: CaseErrorCode,
  message: string,
  name: string,
  known: string[],
): void {
  const suggestion = closestId(name, known);
  if (suggestion) report(path, code, `${message} (did you mean ${suggestion}?)`);
  else report(path, code, message, known);
}

/** Reports every id after its first occurrence; `name` says what the id names: `party 'ua'`, `option 'none' of issue x`. */
export function checkUnique(
  report: Report,
  ids: string[],
  path: (i: number) => (string | number)[],
  name: (id: string) => string,
): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) report(path(i), 'duplicate_id', `${name(id)} is defined twice`);
    seen.add(id);
  });
}

export interface Index {
  parties: string[];
  tracks: string[];
  proposals: string[];
  issues: Map<string, Issue>;
}

export function knownIssue(
  index: Index,
  report: Report,
  path: (string | number)[],
  id: string,
): Issue | undefined {
  const issue = index.issues.get(id);
  if (!issue)
    reportUnknown(report, path, 'unknown_issue', `'${id}' is not an issue of this case`, id, [
      ...index.issues.keys(),
    ]);
  return issue;
}

export function checkOption(report: Report, path: (string | number)[], issue: Issue, option: string): void {
  const options = issue.options.map((o) => o.id);
  // Options are few and often differ by one character (cap-600k, cap-800k), so list them all.
  if (!options.includes(option))
    report(path, 'unknown_option', `unknown option '${option}' for issue ${issue.id}`, options);
}
