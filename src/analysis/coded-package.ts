import { formatCode, optionsOfCode } from '../model/index.js';
import type {
  CodedAlternatives,
  CodedOption,
  CodedPackage,
  Issue,
  Option,
  Proposal,
} from '../model/index.js';
import { sortProvisionNums } from './provision-order.js';

/**
 * Reads a proposal's provision codes into a (possibly partial) package: issue id → the option the proposal
 * codes and the provisions that code it, in document order. The evidence is the provision that carries
 * the code, so a code on sub-point `21a` cites `21a`, not its parent `21`. An issue no provision codes is
 * missing from the map: it is open in this proposal (DESIGN.md) — unless the issue declares `whenSilent`, when
 * the proposal's silence is read as that option, with no provisions and `impliedBySilence: true`. An issue
 * coded with alternatives (`amnesty=none|blanket`) is `{ alternatives, provisions }`: open among those options
 * only. A proposal with alternatives on an issue is not silent on it, so `whenSilent` never applies there.
 *
 * The case is trusted (STYLE.md §5): `io` has already refused unknown issues, unknown options and two
 * provisions that code one issue differently, so meeting one of those here is a bug and throws.
 * @example codedPackage(us28, issues).get('military.cap') // { option: { id: 'cap-600k', … }, provisions: ['6'] }
 */
export function codedPackage(proposal: Proposal, issues: readonly Issue[]): CodedPackage {
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const coded = new Map<string, { options: Option[]; provisions: string[] }>();
  for (const provision of proposal.provisions) {
    for (const code of provision.codes) {
      const issue = issueById.get(code.issue);
      const options = optionsOfCode(code).map((id) => issue?.options.find((o) => o.id === id));
      if (!options.every((option) => option !== undefined)) {
        throw new Error(
          `proposal ${proposal.id} provision ${provision.num} codes unknown ${formatCode(code)}`,
        );
      }
      const earlier = coded.get(code.issue);
      if (earlier && !sameIds(earlier.options, options)) {
        throw new Error(
          `proposal ${proposal.id} codes ${code.issue} as both ${earlier.options.map((o) => o.id).join('|')} and ${optionsOfCode(code).join('|')}; io should have refused it`,
        );
      }
      coded.set(code.issue, { options, provisions: [...(earlier?.provisions ?? []), provision.num] });
    }
  }
  const read = new Map<string, CodedOption | CodedAlternatives>();
  for (const [issueId, { options, provisions }] of coded) {
    const sorted = sortProvisionNums(provisions);
    read.set(
      issueId,
      options.length === 1
        ? { option: options[0]!, provisions: sorted }
        : { alternatives: options, provisions: sorted },
    );
  }
  for (const issue of issues) {
    if (issue.whenSilent === undefined || read.has(issue.id)) continue;
    const option = issue.options.find((o) => o.id === issue.whenSilent);
    if (!option)
      throw new Error(`issue ${issue.id} is silent as '${issue.whenSilent}', not one of its options`);
    read.set(issue.id, { option, provisions: [], impliedBySilence: true });
  }
  return read;
}

const sameIds = (a: readonly Option[], b: readonly Option[]): boolean => {
  const left = a.map((o) => o.id).sort();
  const right = b.map((o) => o.id).sort();
  return left.length === right.length && left.every((id, i) => id === right[i]);
};
