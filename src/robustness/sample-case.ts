import { centralPosition } from '../model/index.js';
import type { Case, CertainPosition, Spread } from '../model/index.js';
import { seededRandom } from '../solver/index.js';
import type { UncertainParameter } from './parameters.js';

/** FNV-1a of a string: turns a party id into part of a seed. */
function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** One round of a 32-bit finaliser (murmur3's), so nearby seeds and indices give unrelated streams. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * The random stream of one party in one sample. It depends on the seed, the sample's index and the party
 * alone, so a sample is the same whichever worker draws it, and one party's draws never depend on another
 * party's position (the non-interference rule: a delegate's own numbers cannot move with a sealed position).
 */
export function drawStream(seed: number, sample: number, party: string): () => number {
  return seededRandom(mix(mix(seed >>> 0) ^ mix(sample >>> 0) ^ hashText(party)));
}

/**
 * The value of a spread at quantile `u` (0..1): uniform on low..high without a mode, triangular with one.
 * Rounded to 2 decimals, so the exact solver's integer scaling stays small.
 * @example drawValue({ low: 0, high: 10 }, 0.25) // 2.5
 */
export function drawValue(spread: Spread, u: number): number {
  const { low, high } = spread;
  const width = high - low;
  if (width <= 0) return low;
  let x: number;
  if (spread.mode === undefined) x = low + u * width;
  else {
    const below = spread.mode - low;
    x =
      u < below / width
        ? low + Math.sqrt(u * width * below)
        : high - Math.sqrt((1 - u) * width * (high - spread.mode));
  }
  return Math.min(high, Math.max(low, Math.round(x * 100) / 100));
}

/** One sample of a case: positions with plain numbers, red lines that gave way left out. */
export interface Sample {
  theCase: Omit<Case, 'positions'> & { positions: CertainPosition[] };
  /** Per uncertain parameter, in `parameters` order: its quantile (0..1), or 1 held / 0 gave way for a red line. */
  draws: Float64Array;
}

/** Draws sample `index` of a case from `seed` (see `createSampler`). */
export type Sampler = (seed: number, index: number) => Sample;

/**
 * A sampler of one case: the central positions are computed once, and each sample copies only the records
 * its uncertain parameters write into (a position without any is shared by every sample, unchanged), so a
 * Monte Carlo run pays for the parameters it draws, not for every utility of every position.
 * @example const draw = createSampler(c, uncertainParameters(c)); draw(1, 0).theCase.positions[1].reservation // 32.17
 */
export function createSampler(theCase: Case, parameters: readonly UncertainParameter[]): Sampler {
  const parties = theCase.positions.map((position) => {
    const own = parameters.flatMap((parameter, k) => (parameter.party === position.party ? [k] : []));
    return {
      central: centralPosition(position),
      own,
      weights: own.some((k) => parameters[k]!.kind === 'weight'),
      rows: new Set(
        own.flatMap((k) => {
          const p = parameters[k]!;
          return p.kind === 'utility' ? [p.issue] : [];
        }),
      ),
    };
  });
  return (seed, index) => {
    const draws = new Float64Array(parameters.length);
    const positions = parties.map(({ central, own, weights, rows }) => {
      if (own.length === 0) return central;
      const sampled: CertainPosition = { ...central };
      if (weights) sampled.weights = { ...central.weights };
      if (rows.size > 0) {
        sampled.utilities = { ...central.utilities };
        for (const issue of rows) sampled.utilities[issue] = { ...central.utilities[issue] };
      }
      const next = drawStream(seed, index, central.party);
      const givenWay = new Set<string>();
      for (const k of own) {
        const parameter = parameters[k]!;
        const u = next();
        if (parameter.kind === 'redline') {
          const holds = u < parameter.hold;
          draws[k] = holds ? 1 : 0;
          if (!holds) givenWay.add(parameter.redline);
          continue;
        }
        draws[k] = u;
        const value = drawValue(parameter.spread, u);
        // The records written into were copied above: nothing of the case or of other samples is touched.
        if (parameter.kind === 'reservation') sampled.reservation = value;
        else if (parameter.kind === 'weight') sampled.weights[parameter.issue] = value;
        else sampled.utilities[parameter.issue]![parameter.option] = value;
      }
      if (givenWay.size > 0) sampled.redlines = sampled.redlines.filter((r) => !givenWay.has(r.id));
      return sampled;
    });
    return { theCase: { ...theCase, positions }, draws };
  };
}

/**
 * Draws sample number `index` of a case: each party's uncertain parameters from its own stream, in the
 * order `uncertainParameters` lists them; a red line holds with its firmness. Certain values stay as they
 * are; every other field of the case is shared, not copied. Many samples of one case: `createSampler`.
 */
export function sampleCase(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  seed: number,
  index: number,
): Sample {
  return createSampler(theCase, parameters)(seed, index);
}
