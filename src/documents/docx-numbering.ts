import { attribute, childElement, childElements, pathElement } from './xml-tree.js';
import type { Element } from './xml-tree.js';

/** One level of a Word list: its first value, its number format (`decimal`, `lowerLetter`, …) and text (`%1.%2.`). */
interface ListLevel {
  start: number;
  format: string;
  text: string;
  isLegal: boolean;
}

interface ListInstance {
  abstractId: string;
  /** Per level: a restart value (`startOverride`) and/or a replaced level definition. */
  overrides: Map<number, { start?: number; level?: ListLevel }>;
}

/**
 * Word's automatic numbering (numbering.xml), and the counters a reading of the document moves forward.
 * Lists that share an abstract definition count together, as in Word, unless an instance restarts a level
 * (`startOverride`, the first time that instance is used); a level counted resets the levels below it.
 */
export class WordNumbering {
  readonly #abstracts = new Map<string, Map<number, ListLevel>>();
  readonly #instances = new Map<string, ListInstance>();
  readonly #counters = new Map<string, (number | undefined)[]>();
  readonly #started = new Set<string>();

  constructor(root: Element | undefined) {
    if (!root) return;
    for (const abstract of childElements(root, 'abstractNum')) {
      const levels = new Map<number, ListLevel>();
      for (const level of childElements(abstract, 'lvl'))
        levels.set(Number(attribute(level, 'ilvl') ?? 0), readLevel(level));
      this.#abstracts.set(attribute(abstract, 'abstractNumId') ?? '', levels);
    }
    for (const num of childElements(root, 'num')) {
      const overrides = new Map<number, { start?: number; level?: ListLevel }>();
      for (const override of childElements(num, 'lvlOverride')) {
        const start = attribute(childElement(override, 'startOverride'), 'val');
        const level = childElement(override, 'lvl');
        overrides.set(Number(attribute(override, 'ilvl') ?? 0), {
          ...(start === undefined ? {} : { start: Number(start) }),
          ...(level ? { level: readLevel(level) } : {}),
        });
      }
      const abstractId = attribute(childElement(num, 'abstractNumId'), 'val') ?? '';
      this.#instances.set(attribute(num, 'numId') ?? '', { abstractId, overrides });
    }
  }

  /**
   * Counts a paragraph of list `numId` at level `ilvl` and returns its label as Word shows it (`3.`, `(b)`,
   * `1.2.`; `•` for any bullet), or `undefined` when the list is unknown or shows no number.
   */
  next(numId: string, ilvl: number): string | undefined {
    const instance = this.#instances.get(numId);
    const levels = instance && this.#abstracts.get(instance.abstractId);
    if (!instance || !levels) return undefined;
    const levelAt = (n: number) => instance.overrides.get(n)?.level ?? levels.get(n);
    const counters = this.#counters.get(instance.abstractId) ?? [];
    this.#counters.set(instance.abstractId, counters);
    if (!this.#started.has(numId)) {
      this.#started.add(numId);
      for (const [n, override] of instance.overrides)
        if (override.start !== undefined) counters[n] = override.start - 1;
    }
    const level = levelAt(ilvl);
    if (!level) return undefined;
    counters[ilvl] = (counters[ilvl] ?? level.start - 1) + 1;
    counters.length = ilvl + 1;
    if (level.format === 'bullet') return '•';
    if (level.format === 'none') return level.text.trim() === '' ? undefined : level.text;
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const n = Number(digit) - 1;
      const shown = levelAt(n);
      const value = counters[n] ?? shown?.start ?? 1;
      return formatNumber(value, level.isLegal ? 'decimal' : (shown?.format ?? 'decimal'));
    });
    return label.trim() === '' ? undefined : label.trim();
  }
}

function readLevel(level: Element): ListLevel {
  return {
    start: Number(attribute(childElement(level, 'start'), 'val') ?? 1),
    format: attribute(childElement(level, 'numFmt'), 'val') ?? 'decimal',
    text: attribute(childElement(level, 'lvlText'), 'val') ?? '',
    isLegal: pathElement(level, 'isLgl') !== undefined,
  };
}

const romanDigits: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/**
 * A counter's value in a Word number format: `decimal` 3, `decimalZero` 03, `lowerLetter` c (27 → aa, as
 * Word repeats the letter), `upperLetter` C, `lowerRoman` iii, `upperRoman` III; other formats as decimal.
 * @example formatNumber(28, 'lowerLetter') // 'bb'
 */
export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return value < 10 ? `0${value}` : `${value}`;
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let rest = value;
      let roman = '';
      for (const [amount, digits] of romanDigits)
        while (rest >= amount) {
          roman += digits;
          rest -= amount;
        }
      return format === 'upperRoman' ? roman.toUpperCase() : roman;
    }
    default:
      return `${value}`;
  }
}
