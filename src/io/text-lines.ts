/**
 * A function from a UTF-16 offset in `text` to its 1-based line. Line breaks are `\n` (a `\r\n` ends its
 * line at the `\n`, so it counts once).
 * @example lineCounter('a\nb')(2) // 2
 */
export function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
