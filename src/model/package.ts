import { z } from 'zod';
import { Id } from './id.js';
import type { Option } from './case.js';

/** A package: one option id per issue id. Complete when it names every issue of the case. */
export const Package = z.record(Id, Id);
export type Package = z.infer<typeof Package>;

/**
 * The packages the mediators released to the delegates (issue 17), at most 20, in the order released: each
 * delegate's robustness answer gives its own party's acceptance of each. The body of `PUT …/released-packages`,
 * and the file `released-packages.yaml` of a case folder.
 */
export const ReleasedPackages = z.strictObject({ packages: z.array(Package).max(20) });
export type ReleasedPackages = z.infer<typeof ReleasedPackages>;

/**
 * What a proposal says on one issue: the option it codes and the provisions that code it. When the proposal is
 * silent on an issue that declares `whenSilent`, the option is that one, `provisions` is empty and
 * `impliedBySilence` is true.
 */
export interface CodedOption {
  option: Option;
  provisions: string[];
  impliedBySilence?: boolean;
}

/**
 * What a proposal says on an issue it leaves to bracketed or disputed alternatives (`amnesty=none|blanket`):
 * the issue is open among `alternatives` (at least two, in the order the code lists them), and the
 * provisions that code it are its evidence.
 */
export interface CodedAlternatives {
  alternatives: Option[];
  provisions: string[];
}

/**
 * A (possibly partial) package read off a proposal's codes: issue id → coded option, or the alternatives a
 * provision leaves it open among. An issue missing from the map is open in that proposal among all its options.
 */
export type CodedPackage = ReadonlyMap<string, CodedOption | CodedAlternatives>;

/**
 * The options a proposal leaves possible on an issue: the coded one, the listed alternatives, or undefined
 * when the issue is open among all of them.
 */
export function possibleOptions(coded: CodedOption | CodedAlternatives | undefined): Option[] | undefined {
  if (!coded) return undefined;
  return 'alternatives' in coded ? coded.alternatives : [coded.option];
}
