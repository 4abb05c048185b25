// Size limits of the files Parley reads, apart from the readers themselves so that a command reading one plain
// file (`parley compare a.md b.md`) does not load the case reader, its YAML and its schemas just for a number.

/** The largest case file Parley reads; anything bigger is surely not a hand-written case file. */
export const maxCaseFileBytes = 10 * 1024 * 1024;

/** A size in megabytes for a message: whole when exact (`50`), else to one decimal (`10.0` for 10 MB + 1 byte). */
export const formatMegabytes = (size: number): string =>
  (size / 1024 / 1024).toFixed(size % (1024 * 1024) === 0 ? 0 : 1);
