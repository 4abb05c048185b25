import { rememberByText } from './remember-by-text.js';
import { tokenizeText } from './tokenize.js';

// Numbers written as words, in English, Russian and Ukrainian (the forms treaties use: cardinals and their
// usual inflections), so that "ten days", "10 days" and "десять дней" state one figure. Not "one": it is as
// often a pronoun ("no one", "one side") as a figure.
// A Map, not an object: every word of a text is looked up, and on an object "constructor" or "toString" would
// find Object.prototype's functions (and state the figure NaN); a Map lookup is also cheaper than a property
// lookup by a string built at run time.
const UNITS = new Map<string, number>();
const add = (value: number, forms: string): void => {
  for (const form of forms.split(' ')) UNITS.set(form, value);
};
add(2, 'two два две двух двум двумя дві двох двом');
add(3, 'three три трёх трех трём трем тремя трьох');
add(4, 'four четыре четырёх четырех чотири чотирьох');
add(5, "five пять пяти пятью пʼять п’ять п'ять пʼяти п’яти п'яти");
add(6, 'six шесть шести шість шести');
add(7, 'seven семь семи сім семи');
add(8, 'eight восемь восьми вісім восьми');
add(9, "nine девять девяти девʼять дев’ять дев'ять");
add(10, 'ten десять десяти');
add(11, 'eleven одиннадцать одинадцять');
add(12, 'twelve двенадцать двенадцати дванадцять');
add(14, 'fourteen четырнадцать четырнадцати чотирнадцять');
add(15, 'fifteen пятнадцать пятнадцати пʼятнадцять п’ятнадцять');
add(20, 'twenty двадцать двадцати двадцять двадцяти');
add(30, 'thirty тридцать тридцати тридцять тридцяти');
add(40, 'forty сорок сорока');
add(50, 'fifty пятьдесят пятидесяти пʼятдесят п’ятдесят');
add(60, 'sixty шестьдесят шестидесяти шістдесят шістдесяти');
add(90, 'ninety девяносто девʼяносто дев’яносто');
add(100, 'hundred сто ста сотні');
add(13, 'thirteen');
add(16, 'sixteen');
add(17, 'seventeen');
add(18, 'eighteen');
add(19, 'nineteen');
add(70, 'seventy');
add(80, 'eighty');

// A figure followed by one of these is multiplied: "42 million", "1.5 млн", "53 billion".
const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(hundreds?|сот)$/, 100],
  [/^(thousands?|тыс|тысяч[аиуе]?|тисяч[аіие]?)$/, 1e3],
  [/^(millions?|млн|миллион(а|ов)?|мільйон(а|ів)?)$/, 1e6],
  [/^(billions?|млрд|миллиард(а|ов)?|мільярд(а|ів)?)$/, 1e9],
];

// A figure followed by a unit of time longer than a day is also stated in days: "two months" meets "60 days",
// "three weeks" meets "21 days".
const DAYS = /^(days?|день|дня|дней|дни|днями|сутки|суток|днів|дні|доби|діб)$/;
const SPANS: readonly [RegExp, number][] = [
  [/^(weeks?|недел[ьяиюе]|неделям?и?|тижн[яіів]*|тиждень)$/, 7],
  [/^(months?|месяц(а|ев|ы|ам)?|місяц(я|і|ів)|місяць)$/, 30],
  [/^(years?|год(а|у)?|лет|годам?|р[іо]к(и|ів|у)?|років)$/, 365],
];

const DIGITS = /^\d+(?:[.,]\d+)?$/;
const DIGIT_START = /^\d/;
// Group separators inside a figure: `600,000`, `600 000` (the tokeniser keeps such a figure whole).
const SEPARATORS = /[\u00a0\u202f\u2009 ]|,(?=\d{3}\b)/g;

const numberOf = (word: string): number | undefined => {
  if (DIGITS.test(word)) return Number(word.replace(',', '.'));
  return UNITS.get(word);
};

/**
 * The figures a text states in words, with a multiplier or as a span of time, as the figures they are, so that
 * they match across wordings and languages: `ten` → `10`, `42 million` → `42000000`, `two months` → `60` (days,
 * as "60 days" says), `three weeks` → `21`, `десять дней` → `10`. Figures written in digits alone are not
 * repeated (`termsOf` has them), nor is a span in days written in digits.
 * @example quantityTerms('within two months, and 42 million cubic metres') // ['60', '42000000']
 */
export function quantityTerms(text: string): string[] {
  return quantitiesOf(text).map((q) => q.figure);
}

/**
 * The figures `quantityTerms` finds, each with the words that state it as the text writes them. The array is
 * shared with later calls on the same text: read it, never change it.
 * @example quantitiesOf('within two months') // [{ figure: '60', written: 'two months' }]
 */
// Comparing reads each provision's figures twice (its term vector, then the `why` of its pair).
export const quantitiesOf: (text: string) => readonly Quantity[] = rememberByText(
  4_000_000, // characters of text whose figures are kept (two 2,000-point documents)
  findQuantities,
);

/** A figure a text states, and the words that state it as written. */
export interface Quantity {
  figure: string;
  written: string;
}

function findQuantities(text: string): readonly Quantity[] {
  // Only the words, lower-cased lazily: most words are no figure, and this runs over every provision compared.
  const words = tokenizeText(text).filter((t) => t.isWord);
  const wordAt = (k: number): string => {
    const word = words[k]?.text ?? '';
    return DIGIT_START.test(word) ? word.replace(SEPARATORS, '') : word.toLowerCase();
  };
  const out: Quantity[] = [];
  const writtenFrom = (from: number, to: number) =>
    words
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  for (let k = 0; k < words.length; k++) {
    const word = wordAt(k);
    let value = numberOf(word);
    if (value === undefined) continue;
    let spelled = !DIGITS.test(word);
    let next = k + 1;
    // "twenty five", "сто двадцать": a tens word followed by a smaller spelled unit adds up.
    const following = numberOf(wordAt(next));
    if (
      spelled &&
      following !== undefined &&
      !DIGITS.test(wordAt(next)) &&
      following < value &&
      value >= 20
    ) {
      value += following;
      next++;
    }
    const multiplier = MULTIPLIERS.find(([pattern]) => pattern.test(wordAt(next)));
    if (multiplier) {
      value *= multiplier[1];
      spelled = true;
      next++;
    }
    const span = SPANS.find(([pattern]) => pattern.test(wordAt(next)));
    if (span || DAYS.test(wordAt(next))) next++;
    const figure = span ? Math.round(value * span[1]) : spelled ? Math.round(value) : undefined;
    if (figure !== undefined) out.push({ figure: String(figure), written: writtenFrom(k, next) });
    k = next - 1;
  }
  return out;
}
