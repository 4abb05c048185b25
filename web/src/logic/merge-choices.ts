import type { MergeBlock, Proposal, ProposalSummary, Provision } from '../api/contract.js';

/** What a person keeps at one conflict: version A, version B, the base, or a text of their own. */
export type MergeChoice = { pick: 'a' | 'b' | 'base' } | { pick: 'edit'; text: string };

/** The three proposals of a merge, read whole (their provisions give labels and codes). */
export interface MergeSources {
  base: Proposal;
  a: Proposal;
  b: Proposal;
}

/** A settled merge: its provisions, or the places (block indexes) of the conflicts still to settle. */
export type SettledMerge = { ok: true; provisions: Provision[] } | { ok: false; unsettled: number[] };

/**
 * The provisions of a merge once every conflict is settled, ready to save as a proposal revising the base
 * or to download. A block the merge decided keeps the label and codes of the provision it came from (the
 * base's, A's or B's by number; A's for a change both made); a conflict becomes the provisions of the
 * version chosen, with their own codes, the base text, or the text typed (under the base provision's codes;
 * an empty text drops the point). Numbers stay unique (a repeat gets `-2`, `-3`), offsets into the source
 * documents are dropped, and a parent that is no longer there is forgotten.
 * @example settleMerge(merge.blocks, new Map([[5, { pick: 'b' }]]), { base, a, b })
 */
export function settleMerge(
  blocks: readonly MergeBlock[],
  choices: ReadonlyMap<number, MergeChoice>,
  sources: MergeSources,
): SettledMerge {
  const unsettled = blocks.flatMap((block, i) => (block.conflict && !choices.has(i) ? [i] : []));
  if (unsettled.length > 0) return { ok: false, unsettled };
  const find = (side: keyof MergeSources, num: string) => sources[side].provisions.find((p) => p.num === num);
  const out: Provision[] = [];
  const used = new Set<string>();
  const push = (from: Provision | undefined, block: MergeBlock, num: string, text: string) => {
    let unique = num;
    for (let n = 2; used.has(unique); n++) unique = `${num}-${n}`;
    used.add(unique);
    const parent = from?.parent ?? block.parent;
    out.push({
      num: unique,
      label: from?.label ?? `${num}.`,
      text,
      ...(parent !== undefined && used.has(parent) && parent !== unique ? { parent } : {}),
      codes: from?.codes ?? [],
    });
  };
  blocks.forEach((block, i) => {
    if (!block.conflict) {
      const side = block.source === 'base' ? 'base' : block.source === 'b' ? 'b' : 'a';
      push(find(side, block.num) ?? find('base', block.num), block, block.num, block.text ?? '');
      return;
    }
    const choice = choices.get(i)!;
    if (choice.pick === 'edit') {
      if (choice.text.trim() !== '') push(find('base', block.num), block, block.num, choice.text.trim());
      return;
    }
    if (choice.pick === 'base') {
      if (block.conflict.base !== null) push(find('base', block.num), block, block.num, block.conflict.base);
      return;
    }
    const variant = block.conflict.variants[choice.pick === 'a' ? 0 : 1];
    for (const num of variant?.nums ?? []) {
      const provision = find(choice.pick, num);
      if (provision) push(provision, block, num, provision.text);
    }
  });
  return { ok: true, provisions: out };
}

/**
 * The merge to open first: the latest base that two proposals revise, with the earlier reviser as A and
 * the later as B; `undefined` when no proposal is revised twice.
 * @example defaultMerge([us28, e3, uaRevision]) // ['us-28', 'e3-counter', 'us-28-ua']
 */
export function defaultMerge(proposals: readonly ProposalSummary[]): [string, string, string] | undefined {
  const ids = new Set(proposals.map((p) => p.id));
  const revisers = new Map<string, ProposalSummary[]>();
  for (const p of proposals) {
    if (p.revises === undefined || !ids.has(p.revises)) continue;
    revisers.set(p.revises, [...(revisers.get(p.revises) ?? []), p]);
  }
  let best: [string, string, string] | undefined;
  let latest = '';
  for (const [base, list] of revisers) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
    const [a, b] = sorted.slice(-2);
    const when = b!.date ?? '';
    if (best === undefined || when > latest) {
      best = [base, a!.id, b!.id];
      latest = when;
    }
  }
  return best;
}
