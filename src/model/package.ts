import { z } from 'zod';
import { Id } from './id.js';
import type { Option } from './case.js';

/** A package: one option id per issue id. Complete when it names every issue of the case. */
export const Package = z.record(Id, Id);
export type Package = z.infer<typeof Package>;

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
 * A (possibly partial) package read off a proposal's codes: issue id → coded option.
 * An issue missing from the map is open in that proposal.
 */
export type CodedPackage = ReadonlyMap<string, CodedOption>;
