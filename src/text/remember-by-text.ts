/**
 * `compute` remembered per text, within a bound on the characters of text held: comparing two documents
 * reads each provision several times (index terms, identity, why, redline), and what is read is a pure
 * function of the text. When the bound would be passed, everything remembered is dropped at once.
 * The answers are shared between calls on the same text: read them, never change them.
 * @example const words = rememberByText(1_000_000, (text) => text.split(' ')); words('a b') // ['a', 'b']
 */
export function rememberByText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const remembered = new Map<string, T>();
  let rememberedLength = 0;
  return (text) => {
    const known = remembered.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (rememberedLength + text.length > limit) {
      remembered.clear();
      rememberedLength = 0;
    }
    remembered.set(text, value);
    rememberedLength += text.length;
    return value;
  };
}
