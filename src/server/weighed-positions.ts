import { positionsToUse } from '../model/index.js';
import type { Case, PositionSource } from '../model/index.js';
import type { Store } from '../store/index.js';
import type { Access } from './access.js';
import { forbidden, HttpProblem } from './problem.js';

/** The positions an action weighs for its caller, and what its answer says about them. */
export interface WeighedPositions {
  /** The case the action is given: its positions are the ones weighed; it holds no estimates. */
  theCase: Case;
  /** The parties whose estimate was weighed in place of the position they entered (party order). */
  estimated: string[];
  /** True when the mediators keep any estimate in this process (only ever told to a mediator). */
  hasEstimates: boolean;
}

/**
 * Chooses the positions a check, solve or robustness run weighs (issue 17): those the parties entered, or,
 * with `use: "estimates"`, the mediators' estimates where they keep one. Estimates are the mediators' own:
 * anyone else asking for them is refused (403) before anything is read, and for anyone else the estimates
 * are never read at all, so no answer to a delegate or an observer can depend on them, not even on whether
 * there are any (docs/security.md). A mediator asking for estimates in a process without any gets
 * `no_estimates` (400). `theCase` is the case the caller may use already (`caseFor`).
 */
export async function weighedPositions(
  store: Pick<Store, 'listEstimates'>,
  theCase: Case,
  access: Access,
  use: PositionSource,
): Promise<WeighedPositions> {
  if (access.role !== 'mediator') {
    if (use === 'estimates')
      throw forbidden(
        'estimates are the mediators\' own: ask for use: "entered", the positions the parties entered',
      );
    return { theCase, estimated: [], hasEstimates: false };
  }
  const estimates = (await store.listEstimates(theCase.id)).map((e) => e.value);
  if (use === 'estimates' && estimates.length === 0)
    throw new HttpProblem(
      400,
      'no_estimates',
      `process '${theCase.id}' has no estimates to use: add one (PUT …/estimates/{partyId}) or ask for use: "entered"`,
    );
  const chosen = positionsToUse({ ...theCase, estimates }, use);
  return { ...chosen, hasEstimates: estimates.length > 0 };
}

/**
 * What a check or solve answer adds about the positions it weighed: `{ uses, estimated }` whenever the
 * mediators keep estimates (only a mediator's answer, then), as `parley check|solve --json` does; else nothing,
 * so the answer's shape is unchanged for a process without estimates and for every other caller.
 */
export const weighedFields = (
  weighed: WeighedPositions,
  use: PositionSource,
): { uses?: PositionSource; estimated?: string[] } =>
  weighed.hasEstimates ? { uses: use, estimated: weighed.estimated } : {};
