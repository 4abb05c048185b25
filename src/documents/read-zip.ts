import { unzipSync } from 'fflate';
import { checkEntryName, isCompressionBomb, maxInflateRatio } from './zip-entry.js';

/** Limits on a zip container (a .docx): entries, bytes after decompression, bytes of one entry. */
export const zipLimits = {
  entries: 5000,
  totalBytes: 100 * 1024 * 1024,
  entryBytes: 50 * 1024 * 1024,
} as const;

/** The wanted entries of a zip, or the one reason it is refused, in words a person can act on. */
export type ZipRead = { ok: true; entries: Map<string, Uint8Array> } | { ok: false; message: string };

/**
 * Reads the entries named in `wanted` from a zip, checking every entry's name and declared size before
 * anything is inflated: more than 5,000 entries, an entry over 50 MB or 100 MB in all (as declared),
 * an absolute or `..` name, an entry declared to inflate like a bomb (`isCompressionBomb`) are refused. Each entry inflates into a buffer of its declared size, so an
 * entry that lies about its size cannot grow past it. A damaged archive is refused, never thrown.
 * @example readZipEntries(docxBytes, ['word/document.xml']) // { ok: true, entries: Map { 'word/document.xml' => … } }
 */
export function readZipEntries(bytes: Uint8Array, wanted: readonly string[]): ZipRead {
  let count = 0;
  let total = 0;
  let refusal: string | undefined;
  const wantedNames = new Set(wanted);
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (refusal !== undefined) return false;
        count++;
        total += file.originalSize;
        if (count > zipLimits.entries) refusal = `it has more than ${zipLimits.entries} parts`;
        else if (!checkEntryName(file.name).ok)
          refusal = `it holds a part with an unsafe name '${file.name}'`;
        else if (file.originalSize > zipLimits.entryBytes)
          refusal = `its part '${file.name}' unpacks to more than ${zipLimits.entryBytes / 1024 / 1024} MB`;
        else if (total > zipLimits.totalBytes)
          refusal = `it unpacks to more than ${zipLimits.totalBytes / 1024 / 1024} MB`;
        else if (isCompressionBomb(file.originalSize, file.size))
          refusal = `its part '${file.name}' claims to unpack to over ${maxInflateRatio} times its packed size`;
        return refusal === undefined && wantedNames.has(file.name);
      },
    });
    if (refusal !== undefined) return { ok: false, message: refusal };
    return { ok: true, entries: new Map(Object.entries(files)) };
  } catch (error) {
    return { ok: false, message: `it is a damaged zip archive (${(error as Error).message})` };
  }
}
