/**
 * Orders provision numbers the way a document numbers them: digit runs compare as numbers, other runs
 * with `<` and `>` (never `localeCompare`, which depends on the locale), and a shorter label that is a
 * prefix of a longer one comes first. A digit run sorts before a letter run at the same place.
 * @example ['10a', '2', '11', '10'].sort(compareProvisionNums) // ['2', '10', '10a', '11']
 */
export function compareProvisionNums(a: string, b: string): number {
  const left = chunksOf(a);
  const right = chunksOf(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i] as string;
    const y = right[i] as string;
    const order = compareChunks(x, y);
    if (order !== 0) return order;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The distinct provision numbers of `nums`, in document order (see `compareProvisionNums`).
 * @example sortProvisionNums(['21d', '21a', '21d']) // ['21a', '21d']
 */
export function sortProvisionNums(nums: Iterable<string>): string[] {
  return [...new Set(nums)].sort(compareProvisionNums);
}

// A chunk is either all digits or has none (see chunksOf), so its first character decides.
const isDigits = (chunk: string): boolean => /^\d/.test(chunk);

function chunksOf(num: string): string[] {
  return num.match(/\d+|\D+/g) ?? [];
}

function compareChunks(x: string, y: string): number {
  const xIsNumber = isDigits(x);
  const yIsNumber = isDigits(y);
  if (xIsNumber && yIsNumber) {
    // Compare as numbers without parsing, so labels of any length stay exact: fewer digits is smaller.
    const xs = x.replace(/^0+(?=\d)/, '');
    const ys = y.replace(/^0+(?=\d)/, '');
    if (xs.length !== ys.length) return xs.length - ys.length;
    return xs < ys ? -1 : xs > ys ? 1 : 0;
  }
  if (xIsNumber !== yIsNumber) return xIsNumber ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
