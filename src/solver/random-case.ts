import type { Case, CertainPosition, Issue, Rule } from '../model/index.js';

/** The size and mix of a generated case. */
export interface RandomCaseShape {
  /** Issues I, options per issue K, parties P (each with a position). */
  issues: number;
  options: number;
  parties: number;
  redLinesPerParty: number;
  seed: number;
  /** Add red lines that collide across parties, so that no package keeps them all. */
  infeasible?: boolean;
  /** Give every odd-numbered party the reverse of party 0's utilities (100 − u): a hard, opposed case. */
  opposed?: boolean;
  /** Make every party's utilities lean toward party 0's (0.7·u_0 + 0.3·own, rounded): parties mostly agree. */
  correlated?: boolean;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random case for benchmarks and demos: options carry values 0, 100, 200…, utilities are integers
 * 0..100, weights integers 1..10, reservations 20..45, and red lines mix every rule form (each one mild
 * enough that random cases stay feasible unless `infeasible` is set).
 * @example generateRandomCase({ issues: 20, options: 5, parties: 4, redLinesPerParty: 3, seed: 1 })
 */
export function generateRandomCase(shape: RandomCaseShape): Case {
  const random = seededRandom(shape.seed);
  const int = (n: number): number => Math.floor(random() * n);
  const issues: Issue[] = Array.from({ length: shape.issues }, (_, i) => ({
    id: `issue-${i}`,
    title: `Issue ${i}`,
    options: Array.from({ length: shape.options }, (_, o) => ({
      id: `o${o}`,
      label: `Option ${o}`,
      value: o * 100,
    })),
  }));
  const pick = (): Issue => issues[int(issues.length)]!;
  const option = (issue: Issue): string => issue.options[int(issue.options.length)]!.id;
  const leaf = (): Rule => {
    const issue = pick();
    switch (int(4)) {
      case 0:
        return { issue: issue.id, notIn: [option(issue)] };
      case 1:
        return {
          issue: issue.id,
          in: issue.options
            .filter(() => random() < 0.7)
            .map((o) => o.id)
            .concat(option(issue)),
        };
      case 2:
        return { issue: issue.id, min: 100 * int(2) };
      default:
        return { issue: issue.id, max: 100 * (shape.options - 1 - int(2)) };
    }
  };
  const rule = (): Rule => {
    switch (int(6)) {
      case 0:
        return leaf();
      case 1:
        return { all: [leaf(), leaf()] };
      case 2:
        return { any: [leaf(), leaf(), leaf()] };
      case 3:
        return { not: { all: [leaf(), { not: leaf() }] } };
      case 4:
        return { if: leaf(), then: leaf() };
      default:
        return { any: [{ not: leaf() }, leaf()] };
    }
  };
  const positions: CertainPosition[] = Array.from({ length: shape.parties }, (_, p) => ({
    party: `party-${p}`,
    reservation: 20 + int(26),
    weights: Object.fromEntries(issues.map((issue) => [issue.id, 1 + int(10)])),
    utilities: Object.fromEntries(
      issues.map((issue) => [issue.id, Object.fromEntries(issue.options.map((o) => [o.id, int(101)]))]),
    ),
    redlines: Array.from({ length: shape.redLinesPerParty }, (_, r) => ({
      id: `red-${r}`,
      text: `Red line ${r} of party ${p}`,
      rule: rule(),
    })),
  }));
  if (shape.opposed)
    positions.forEach((position, p) => {
      if (p % 2 === 1)
        position.utilities = Object.fromEntries(
          Object.entries(positions[0]!.utilities).map(([issue, row]) => [
            issue,
            Object.fromEntries(Object.entries(row).map(([option, u]) => [option, 100 - u])),
          ]),
        );
    });
  if (shape.correlated)
    positions.forEach((position, p) => {
      if (p > 0)
        position.utilities = Object.fromEntries(
          Object.entries(position.utilities).map(([issue, row]) => [
            issue,
            Object.fromEntries(
              Object.entries(row).map(([option, u]) => [
                option,
                Math.round(0.7 * positions[0]!.utilities[issue]![option]! + 0.3 * u),
              ]),
            ),
          ]),
        );
    });
  if (shape.infeasible && positions.length >= 2) {
    // Two pairs of red lines that exclude each other across parties, one three-way collision.
    for (let k = 0; k < 2; k++) {
      const issue = issues[k % issues.length]!;
      positions[0]!.redlines.push({
        id: `demand-${k}`,
        text: `Demand ${k}`,
        rule: { issue: issue.id, in: ['o0'] },
      });
      positions[1]!.redlines.push({
        id: `refusal-${k}`,
        text: `Refusal ${k}`,
        rule: { issue: issue.id, notIn: ['o0'] },
      });
    }
    const a = issues[2 % issues.length]!;
    const b = issues[3 % issues.length]!;
    const last = positions[positions.length - 1]!;
    positions[0]!.redlines.push({ id: 'floor', text: 'Floor', rule: { issue: a.id, min: 200 } });
    last.redlines.push({
      id: 'link',
      text: 'Link',
      rule: { if: { issue: a.id, min: 200 }, then: { issue: b.id, in: ['o0'] } },
    });
    positions[1]!.redlines.push({ id: 'no-o0', text: 'No o0', rule: { issue: b.id, notIn: ['o0'] } });
  }
  return {
    id: `random-${shape.seed}`,
    title: `Random case I=${shape.issues} K=${shape.options} P=${shape.parties}`,
    parties: positions.map((position) => ({
      id: position.party,
      name: position.party,
      kind: 'party' as const,
    })),
    tracks: [],
    issues,
    coherence: [],
    proposals: [],
    positions,
  };
}
