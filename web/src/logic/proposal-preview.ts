import type { Provision } from '../api/contract.js';

/**
 * Edits a person makes to an imported proposal before saving it (the "Add a proposal" preview). Each
 * returns a new list and leaves the old one alone; codes are kept with the text they belong to.
 */

/**
 * Splits provision `index` at character `at` of its text: the first part keeps its number, the second
 * becomes a new provision right after it, numbered `<num>a` (or the next free letter) under the same
 * parent, for the person to renumber. Unchanged when either part would be empty.
 * @example splitProvision([{ num: '3', text: 'One. Two.', … }], 0, 4) // 3 'One.', 3a 'Two.'
 */
export function splitProvision(list: readonly Provision[], index: number, at: number): Provision[] {
  const provision = list[index];
  if (!provision) return [...list];
  const first = provision.text.slice(0, at).trim();
  const second = provision.text.slice(at).trim();
  if (first === '' || second === '') return [...list];
  const taken = new Set(list.map((p) => p.num));
  let letter = 0;
  while (taken.has(`${provision.num}${String.fromCharCode(97 + (letter % 26))}${letter >= 26 ? letter : ''}`))
    letter++;
  const num = `${provision.num}${String.fromCharCode(97 + (letter % 26))}${letter >= 26 ? letter : ''}`;
  const added: Provision = {
    num,
    label: `${num}.`,
    text: second,
    codes: [],
    ...(provision.parent !== undefined ? { parent: provision.parent } : {}),
  };
  return [...list.slice(0, index), { ...provision, text: first }, added, ...list.slice(index + 1)];
}

/**
 * Joins provision `index` to the one before it: its text is appended (after a space), its codes added
 * where new, its sub-points move under the previous provision. Unchanged for the first provision.
 */
export function joinWithPrevious(list: readonly Provision[], index: number): Provision[] {
  const previous = list[index - 1];
  const provision = list[index];
  if (!previous || !provision) return [...list];
  const codes = [
    ...previous.codes,
    ...provision.codes.filter((c) => !previous.codes.some((d) => d.issue === c.issue)),
  ];
  const joined: Provision = { ...previous, text: `${previous.text} ${provision.text}`.trim(), codes };
  return [...list.slice(0, index - 1), joined, ...list.slice(index + 1)].map((p) =>
    p.parent === provision.num ? { ...p, parent: previous.num } : p,
  );
}

/**
 * Gives provision `index` the number `typed` (`7`, `7.`, `(b)`, `5.1`): its label is what was typed (with
 * a `.` after a bare number), its `num` the typed number without surrounding punctuation; sub-points follow.
 */
export function renumberProvision(list: readonly Provision[], index: number, typed: string): Provision[] {
  const provision = list[index];
  const label = typed.trim();
  const num = label.replace(/^[([]+|[.)\]:]+$/g, '');
  if (!provision || num === '') return [...list];
  const next: Provision = { ...provision, num, label: /^\d+$/.test(label) ? `${label}.` : label };
  return list.map((p, k) => (k === index ? next : p.parent === provision.num ? { ...p, parent: num } : p));
}

/** What stops the preview from being saved, in a person's words; empty when it may be saved. */
export function previewProblems(list: readonly Provision[]): string[] {
  const problems: string[] = [];
  if (list.length === 0)
    problems.push('the document has no numbered provision: add numbers such as "1." and read it again');
  const seen = new Set<string>();
  for (const p of list) {
    if (seen.has(p.num))
      problems.push(`two provisions are numbered ${p.num}: give one of them another number`);
    seen.add(p.num);
    if (p.text.trim() === '')
      problems.push(`provision ${p.num} has no text: join it to the previous one or remove its number`);
  }
  return problems;
}
