import { validateCase } from '../model/index.js';
import type { Case, CaseProblem } from '../model/index.js';
import type { ManifestContent, Membership } from '../store/index.js';
import type { Access } from './access.js';
import { canReadEstimate, canReadPosition, canReadProposal } from './access.js';

/** One problem of a set-up change, as the problem answer lists it: where, and what is wrong. */
export interface ChangeProblem {
  path: string;
  message: string;
}

/**
 * What is wrong with replacing a process's manifest (issue 14). `invalid`: mistakes in the manifest itself (an
 * empty name, a duplicate id, a track naming a party that is gone), each at its field (`parties.1.id`).
 * `inUse`: places of the case the change would break (a provision still coding a retired option, a red line
 * naming it, a released package choosing it or lacking a new issue, a delegate of a retired party), so the change can be refused whole. Problems the case already had
 * before the change are not the change's. A place the caller may not read is named without its content: a
 * sealed position as "a sealed position", a proposal it cannot read as "a proposal you cannot read".
 */
export function checkManifestChange(
  current: Case,
  next: ManifestContent,
  members: readonly (Membership & { email?: string })[],
  access: Access,
): { invalid: ChangeProblem[]; inUse: ChangeProblem[] } {
  const key = (p: CaseProblem) => `${JSON.stringify(p.at)} ${p.path.join('.')} ${p.code}`;
  const before = new Set(validateCase(current).map(key));
  const problems = validateCase({ ...current, ...next, id: current.id }).filter((p) => !before.has(key(p)));
  const describe = (p: CaseProblem) =>
    p.message + (p.expected ? ` (expected one of: ${p.expected.slice(0, 20).join(', ')})` : '');
  const invalid = problems
    .filter((p) => p.at.document === 'case')
    .map((p) => ({ path: p.path.join('.'), message: describe(p) }));
  const inUse: ChangeProblem[] = [];
  for (const p of problems) {
    if (p.at.document === 'proposal') {
      const proposal = current.proposals[p.at.index];
      if (!proposal || !canReadProposal(access, proposal)) {
        inUse.push({ path: 'a proposal you cannot read', message: 'it uses what the change removes' });
        continue;
      }
      const [head, index] = p.path;
      const provision =
        head === 'provisions' && typeof index === 'number' ? proposal.provisions[index] : undefined;
      inUse.push({
        path: `proposal '${proposal.id}'${provision ? `, provision ${provision.label || provision.num}` : ''}`,
        message: describe(p),
      });
    } else if (p.at.document === 'position') {
      const party = p.at.party;
      if (!canReadPosition(access, party)) {
        inUse.push({
          path: 'a sealed position',
          message: 'it uses what the change removes; a mediator can see where',
        });
        continue;
      }
      const [head, index] = p.path;
      const redline =
        head === 'redlines' && typeof index === 'number'
          ? current.positions[p.at.index]?.redlines[index]
          : undefined;
      inUse.push({
        path: `position of '${party}'${redline ? `, red line '${redline.id}'` : ''}`,
        message: describe(p),
      });
    } else if (p.at.document === 'estimate') {
      // Estimates are the mediators' own (canReadEstimate): anyone else learns only that one is in the way.
      inUse.push(
        canReadEstimate(access)
          ? { path: `the mediators' estimate of '${p.at.party}'`, message: describe(p) }
          : {
              path: "a mediators' estimate",
              message: 'it uses what the change removes; a mediator can see where',
            },
      );
    } else if (p.at.document === 'released-packages') {
      // Released packages are shared with every member, so they are named to anyone who may set up.
      const [, index] = p.path;
      inUse.push({
        path: typeof index === 'number' ? `released package ${index + 1}` : 'the released packages',
        message: `${describe(p)}; release the packages again without it (or withdraw them) first`,
      });
    }
  }
  const parties = new Set(next.parties.map((p) => p.id));
  for (const m of members) {
    if (m.party !== null && !parties.has(m.party))
      inUse.push({
        path: `member ${m.email ?? m.userId}`,
        message: `is a delegate of '${m.party}', which the change removes; change their role first`,
      });
  }
  return { invalid, inUse: dedupe(inUse) };
}

const dedupe = (items: ChangeProblem[]): ChangeProblem[] => {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};
