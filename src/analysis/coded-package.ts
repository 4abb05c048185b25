import type { CodedOption, CodedPackage, Issue, Proposal } from '../model/index.js';
import { sortProvisionNums } from './provision-order.js';

/**
 * Reads a proposal's provision codes into a (possibly partial) package: issue id → the option the proposal
 * codes and the provisions that code it, in document order. The evidence is the provision that carries
 * the code, so a code on sub-point `21a` cites `21a`, not its parent `21`. An issue no provision codes is
 * missing from the map: it is open in this proposal (DESIGN.md) — unless the issue declares `whenSilent`, when
 * the proposal's silence is read as that option, with no provisions and `impliedBySilence: true`.
 *
 * The case is trusted (STYLE.md §5): `io` has already refused unknown issues, unknown options and two
 * provisions that code one issue differently, so meeting one of those here is a bug and throws.
 * @example codedPackage(us28, issues).get('military.cap') // { option: { id: 'cap-600k', … }, provisions: ['6'] }
 */
export function codedPackage(proposal: Proposal, issues: readonly Issue[]): CodedPackage {
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const coded = new Map<string, CodedOption>();
  for (const provision of proposal.provisions) {
    for (const code of provision.codes) {
      const issue = issueById.get(code.issue);
      const option = issue?.options.find((o) => o.id === code.option);
      if (!option) {
        throw new Error(
          `proposal ${proposal.id} provision ${provision.num} codes unknown ${code.issue}=${code.option}`,
        );
      }
      const earlier = coded.get(code.issue);
      if (earlier && earlier.option.id !== option.id) {
        throw new Error(
          `proposal ${proposal.id} codes ${code.issue} as both ${earlier.option.id} and ${option.id}; io should have refused it`,
        );
      }
      coded.set(code.issue, { option, provisions: [...(earlier?.provisions ?? []), provision.num] });
    }
  }
  for (const [issueId, entry] of coded)
    coded.set(issueId, { ...entry, provisions: sortProvisionNums(entry.provisions) });
  for (const issue of issues) {
    if (issue.whenSilent === undefined || coded.has(issue.id)) continue;
    const option = issue.options.find((o) => o.id === issue.whenSilent);
    if (!option)
      throw new Error(`issue ${issue.id} is silent as '${issue.whenSilent}', not one of its options`);
    coded.set(issue.id, { option, provisions: [], impliedBySilence: true });
  }
  return coded;
}
