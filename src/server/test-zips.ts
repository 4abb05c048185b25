// Test support (never imported by production code): zip archives with hostile central directories, made
// by rewriting what an honest zip declares, so a reader's checks can be tested without 1 GB of data.
import { zipSync } from 'fflate';

const text = new TextEncoder();

/** A zip (fflate, deflated) of the given files. */
export const zipOf = (files: Record<string, string | Uint8Array>): Buffer =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([name, body]) => [
          name,
          typeof body === 'string' ? text.encode(body) : body,
        ]),
      ),
    ),
  );

/**
 * Rewrites the unpacked size that the central directory declares for the entries `which` picks (all by
 * default), and with `compressedSize` the packed size too: what a reader sees before inflating. Found
 * through the end-of-central-directory record.
 */
export function declareSizes(
  zip: Buffer,
  size: number,
  which: (name: string) => boolean = () => true,
  compressedSize?: number,
): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== 0x02014b50) throw new Error('not a central directory header');
    const nameLength = out.readUInt16LE(at + 28);
    const name = out.toString('utf8', at + 46, at + 46 + nameLength);
    if (which(name)) {
      out.writeUInt32LE(size, at + 24);
      if (compressedSize !== undefined) out.writeUInt32LE(compressedSize, at + 20);
    }
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}

/** Marks an entry of the central directory as a Unix symlink (S_IFLNK in the external attributes). */
export function markSymlink(zip: Buffer, target: string): Buffer {
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < out.readUInt16LE(end + 10); i++) {
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString('utf8', at + 46, at + 46 + nameLength) === target) {
      out.writeUInt16LE((3 << 8) | out.readUInt8(at + 4), at + 4); // made by: Unix
      out.writeUInt32LE((0o120777 << 16) >>> 0, at + 38);
    }
    at += 46 + nameLength + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
