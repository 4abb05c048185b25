// Russian and Ukrainian letters in Latin, close to the national passport systems (ГОСТ 52535.1 / КМУ 55),
// so that a name reads alike in both texts of a treaty: Донецк → donetsk, Запоріжжя → zaporizhzhia.
const LETTERS = new Map(
  (
    'а=a б=b в=v г=g ґ=g д=d е=e ё=e є=ie ж=zh з=z и=i і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ' +
    "ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=iu я=ia \u2019= '= ʼ="
  )
    .split(' ')
    .map((pair) => [pair[0]!, pair.slice(2)] as const),
);

// Printable ASCII but the apostrophe (which is dropped): a word made only of these is written as it is.
const UNCHANGED = /^[ -&(-~]*$/;

/**
 * A lower-case word with its Cyrillic letters written in Latin ones; other characters stay as they are.
 * @example transliterate('донецк') // 'donetsk'
 * @example transliterate('запоріжжя') // 'zaporizhzhia'
 */
export function transliterate(word: string): string {
  if (UNCHANGED.test(word)) return word; // most words of most texts
  let out = '';
  for (const ch of word) out += LETTERS.get(ch) ?? ch;
  return out;
}

// Sub-point letters in alphabet order: Cyrillic `а, б, в…` name the same positions as Latin `a, b, c…`.
const CYRILLIC_LIST = 'абвгдежзиклмнопрстуфхцчшщэюя';
const LATIN_LIST = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A provision number with Cyrillic sub-point letters replaced by the Latin letter at the same place in the
 * alphabet, so that `4б` in a Russian text and `4b` in its English text are one number. Lower case.
 * @example latinNumber('4б') // '4b'
 */
export function latinNumber(num: string): string {
  let out = '';
  for (const ch of num.toLowerCase()) {
    const at = CYRILLIC_LIST.indexOf(ch);
    out += at >= 0 && at < LATIN_LIST.length ? LATIN_LIST[at]! : ch;
  }
  return out;
}
