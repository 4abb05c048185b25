import { centralValue, isInForce, judgingDate, positionAt } from '../model/index.js';
import type { Case, Position } from '../model/index.js';
import { codedPackage } from './coded-package.js';
import { redLinesKeptBy } from './evaluate-rule.js';
import { guaranteedUtility, possibleOptionIds } from './utility.js';

/** Per proposal id (case order), per party id (case order): whether the party accepts the proposal. */
export type AcceptanceMatrix = Map<string, Map<string, boolean>>;

/**
 * `checkCase`'s acceptance — a party accepts a proposal when its verdict is satisfied (every red line in
 * force kept) and it is above its reservation — compiled once for a case and then asked of many versions of
 * its current positions: a Monte Carlo's samples, which change numbers and drop red lines but keep each
 * position's party, date and red-line objects. What a proposal codes, which version of a position judges it
 * (an earlier one stays as the case has it) and each red line's verdict depend on the texts alone and are
 * worked out once; a sample costs its utilities. Answers exactly what `checkCase` on the sampled case says.
 * @example compileAcceptance(c)(sample.positions).get('us-28')?.get('ua') // false
 */
export function compileAcceptance(theCase: Case): (current: readonly Position[]) => AcceptanceMatrix {
  const judges = theCase.proposals.map((proposal) => {
    const pkg = codedPackage(proposal, theCase.issues);
    const possible = possibleOptionIds(pkg, theCase.issues);
    const date = proposal.date ?? 'latest';
    const keeps = redLinesKeptBy(pkg);
    const accepts = (position: Position): boolean => {
      const judgedOn = judgingDate(position, date);
      return (
        position.redlines.every((r) => (judgedOn !== undefined && !isInForce(r, judgedOn)) || keeps(r)) &&
        guaranteedUtility(position, possible) > centralValue(position.reservation)
      );
    };
    const parties = theCase.parties.flatMap((party) => {
      const version = positionAt(theCase, party.id, date);
      if (!version) return [];
      const current = theCase.positions.find((p) => p.party === party.id);
      // Judged by an earlier version, the answer is the same in every sample.
      const fixed = version === current ? undefined : accepts(version);
      return [{ party: party.id, fixed }];
    });
    return { proposal: proposal.id, parties, accepts };
  });
  return (current) => {
    const byParty = new Map(current.map((position) => [position.party, position]));
    return new Map(
      judges.map(({ proposal, parties, accepts }) => [
        proposal,
        new Map(parties.map(({ party, fixed }) => [party, fixed ?? accepts(byParty.get(party)!)])),
      ]),
    );
  };
}
