/**
 * Checks shared by every reader of an archive (a .docx, a case archive): an entry's name and its declared
 * sizes are judged from the archive's directory, before a byte of it is inflated.
 */

/** An entry name made relative to the archive root, or why it cannot be used as a path. */
export type EntryName = { ok: true; name: string } | { ok: false; reason: 'absolute' | 'climbs' };

/**
 * Normalises an entry name (`./a//b` → `a/b`) or refuses it: absolute paths (`/x`, `C:x`), backslashes and
 * NUL as `absolute`, any `..` part as `climbs` — such names, extracted anywhere, could reach outside the
 * target folder (path traversal), so they are refused rather than renamed.
 * @example checkEntryName('case/../../etc/passwd') // { ok: false, reason: 'climbs' }
 */
export function checkEntryName(raw: string): EntryName {
  if (raw.includes('\0') || raw.includes('\\') || raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
    return { ok: false, reason: 'absolute' };
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) return { ok: false, reason: 'climbs' };
  return { ok: true, name: parts.join('/') };
}

/** Entries declared to unpack to more than this may not inflate more than `maxInflateRatio` times. */
export const bombGraceBytes = 100 * 1024;
/** The most an entry may inflate past `bombGraceBytes`, as a multiple of its compressed size. */
export const maxInflateRatio = 100;

/**
 * True when an entry declares a compression ratio only a decompression bomb has: over `bombGraceBytes`
 * unpacked and more than `maxInflateRatio` times its compressed size. These are Apache POI's defaults for
 * Office files (ZipSecureFile: a minimum inflate ratio of 0.01 past 100 KiB), not figures fitted to ours;
 * text and XML written by people compress 3–20 times.
 * @example isCompressionBomb(50 * 1024 * 1024, 50 * 1024) // true: 1,024 times
 */
export const isCompressionBomb = (declaredBytes: number, compressedBytes: number): boolean =>
  declaredBytes > bombGraceBytes && declaredBytes > maxInflateRatio * compressedBytes;
