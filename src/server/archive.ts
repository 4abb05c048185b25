import { gunzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import tar from 'tar-stream';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { checkEntryName, isCompressionBomb, maxInflateRatio } from '../documents/index.js';

/** Limits on an uploaded case archive: entries, bytes after decompression, bytes of one file. */
export const archiveLimits = {
  entries: 5000,
  totalBytes: 50 * 1024 * 1024,
  fileBytes: 10 * 1024 * 1024,
} as const;

/** The files of an archive, or the one reason it is refused, in words the uploader can act on. */
export type ArchiveRead = { ok: true; files: Map<string, string> } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** An entry name relative to the archive root, or the refusal of an absolute or climbing one. */
function safeName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  const checked = checkEntryName(raw);
  if (checked.ok) return checked;
  return {
    ok: false,
    message:
      checked.reason === 'absolute'
        ? `archive entry '${raw.replace(/\0/g, '\\0')}' has an absolute or unsafe path; use paths relative to the case folder`
        : `archive entry '${raw}' climbs out of the case folder with '..'; use paths inside it`,
  };
}

const megabytes = (bytes: number) => bytes / 1024 / 1024;

/** Drops one folder level that every file shares (`ukraine-2025/case.yaml` → `case.yaml`). */
function stripCommonFolder(files: Map<string, string>): Map<string, string> {
  if (files.has('case.yaml')) return files;
  const names = [...files.keys()];
  const first = names[0]?.split('/')[0];
  if (!first || !names.every((n) => n.startsWith(`${first}/`))) return files;
  return new Map(names.map((n) => [n.slice(first.length + 1), files.get(n) ?? '']));
}

/**
 * Judges an entry by its name and declared size, before it is unpacked: the per-file cap, and the total cap
 * counting every entry admitted before it; an admitted entry's size joins that total. Tar headers give the
 * exact size, and yauzl stops a zip entry that inflates past what it declared, so the declared sizes bound
 * what is unpacked. Answers the refusal, or nothing.
 */
function admitEntry(rawName: string, declaredBytes: number, total: { bytes: number }): string | undefined {
  const checked = safeName(rawName);
  if (!checked.ok) return checked.message;
  if (declaredBytes > archiveLimits.fileBytes)
    return `archive entry '${checked.name}' is over ${megabytes(archiveLimits.fileBytes)} MB`;
  if (total.bytes + declaredBytes > archiveLimits.totalBytes)
    return `the archive unpacks to more than ${megabytes(archiveLimits.totalBytes)} MB`;
  total.bytes += declaredBytes;
  return undefined;
}

/** Adds an admitted file's text, refusing bytes that are not UTF-8. */
function addFile(files: Map<string, string>, rawName: string, bytes: Uint8Array): string | undefined {
  const checked = safeName(rawName);
  if (!checked.ok) return checked.message;
  if (files.size >= archiveLimits.entries) return `the archive has more than ${archiveLimits.entries} files`;
  try {
    files.set(checked.name, utf8.decode(bytes));
  } catch {
    return `archive entry '${checked.name}' is not UTF-8 text; a case folder holds only YAML and Markdown`;
  }
  return undefined;
}

async function readTar(buffer: Buffer): Promise<ArchiveRead> {
  const files = new Map<string, string>();
  const total = { bytes: 0 };
  const extract = tar.extract();
  let refusal: string | undefined;
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      // Judged from the header before its body is kept: a refused entry's bytes are skipped, not stored.
      refusal ??= header.type === 'file' ? admitEntry(header.name, header.size ?? 0, total) : undefined;
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => {
        if (refusal === undefined) chunks.push(c as Buffer);
      });
      stream.on('end', () => {
        if (refusal === undefined) {
          if (header.type === 'file') refusal = addFile(files, header.name, Buffer.concat(chunks));
          else if (header.type !== 'directory') {
            refusal = `archive entry '${header.name}' is a ${header.type}; a case archive may hold only plain files and folders (no links)`;
          }
        }
        next();
      });
      stream.resume();
    });
    extract.on('finish', resolve);
    extract.on('error', reject);
  });
  Readable.from([buffer]).pipe(extract);
  try {
    await done;
  } catch {
    return { ok: false, message: 'the archive is not a readable tar file' };
  }
  return refusal ? { ok: false, message: refusal } : { ok: true, files: stripCommonFolder(files) };
}

const openZip = (buffer: Buffer): Promise<ZipFile> =>
  new Promise((resolve, reject) =>
    // Names stay raw bytes (`decodeStrings: false`): yauzl would otherwise turn `a\b` into `a/b` and stop
    // at the first bad name with its own words; they are decoded and judged below.
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true },
      (e, zip) => (e ? reject(e) : resolve(zip)),
    ),
  );

/**
 * Judges a zip entry from the central directory alone, before anything is inflated: its name, whether it
 * is a link, its declared size against the per-file and the remaining total cap, its compression ratio.
 */
function admitZipEntry(entry: Entry, name: string, total: { bytes: number }): string | undefined {
  const refusal = admitEntry(name, entry.uncompressedSize, total);
  if (refusal) return refusal;
  // S_IFLNK in the upper half of the external attributes: zip keeps a symlink as a file holding its target.
  if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000)
    return `archive entry '${name}' is a symlink; a case archive may hold only plain files and folders (no links)`;
  if (entry.isEncrypted())
    return `archive entry '${name}' is encrypted; pack the case folder without a password`;
  if (isCompressionBomb(entry.uncompressedSize, entry.compressedSize))
    return `archive entry '${name}' claims to unpack to over ${maxInflateRatio} times its packed size; pack the case folder again with an ordinary zip tool`;
  return undefined;
}

/** Inflates one admitted entry, streaming; yauzl stops it with an error past its declared size. */
async function inflateEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (e, s) => (e ? reject(e) : resolve(s))),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The entries of a zip's central directory, in order, each with its decoded name; nothing inflated. */
async function* directoryOf(zip: ZipFile): AsyncGenerator<{ entry: Entry; name: string }> {
  for (;;) {
    const entry = await new Promise<Entry | undefined>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(undefined));
      zip.once('error', reject);
      zip.readEntry();
    });
    zip.removeAllListeners();
    if (!entry) return;
    // The raw bytes of the name (`decodeStrings: false`), decoded as the zip's flags say.
    const raw = entry.fileName as unknown as Buffer;
    yield {
      entry,
      name: yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true),
    };
  }
}

/**
 * Reads a zip in two passes (yauzl): first every entry of the central directory is judged by
 * `admitZipEntry` — names, links, sizes against the per-file and total caps, ratios — and only when all
 * pass are they inflated, streaming. So a 1 GB entry, or 6 of 9 MB, are refused without a byte unpacked,
 * and an entry that lies about its size is stopped where it passes what it declared.
 */
async function readZip(buffer: Buffer): Promise<ArchiveRead> {
  let zip: ZipFile;
  try {
    zip = await openZip(buffer);
  } catch {
    return { ok: false, message: 'the archive is not a readable zip file' };
  }
  try {
    if (zip.entryCount > archiveLimits.entries)
      return { ok: false, message: `the archive has more than ${archiveLimits.entries} files` };
    const total = { bytes: 0 };
    const admitted: { entry: Entry; name: string }[] = [];
    for await (const item of directoryOf(zip)) {
      const refusal = admitZipEntry(item.entry, item.name, total);
      if (refusal) return { ok: false, message: refusal };
      if (!item.name.endsWith('/')) admitted.push(item); // a name ending in '/' is a folder
    }
    const files = new Map<string, string>();
    for (const { entry, name } of admitted) {
      const added = addFile(files, name, await inflateEntry(zip, entry));
      if (added) return { ok: false, message: added };
    }
    return { ok: true, files: stripCommonFolder(files) };
  } catch {
    return {
      ok: false,
      message: 'the archive is a damaged zip file (an entry cannot be unpacked as declared)',
    };
  } finally {
    zip.close();
  }
}

/**
 * Reads a case archive: a tar (optionally gzipped) or a zip of a case folder, with or without one
 * enclosing folder. Refuses links, unsafe paths, non-text files and archives over `archiveLimits`.
 */
export async function readCaseArchive(buffer: Buffer): Promise<ArchiveRead> {
  if (buffer[0] === 0x50 && buffer[1] === 0x4b) return readZip(buffer);
  if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
    let plain: Buffer;
    try {
      plain = gunzipSync(buffer, { maxOutputLength: archiveLimits.totalBytes + 1024 * 1024 });
    } catch {
      return {
        ok: false,
        message: `the gzip data is corrupt or unpacks to more than ${archiveLimits.totalBytes / 1024 / 1024} MB`,
      };
    }
    return readTar(plain);
  }
  return readTar(buffer);
}

/** Packs a case folder's files as a tar (plain) or zip archive under one folder named `root`. */
export async function writeCaseArchive(
  files: ReadonlyMap<string, string>,
  root: string,
  format: 'tar' | 'zip',
): Promise<Buffer> {
  const names = [...files.keys()].sort();
  if (format === 'zip') {
    // A fixed time (the earliest a zip can hold), so the same case always packs to the same bytes.
    const mtime = new Date(1980, 0, 1);
    const entries: Zippable = {};
    for (const name of names) entries[`${root}/${name}`] = [strToU8(files.get(name) ?? ''), { mtime }];
    return Buffer.from(zipSync(entries, { level: 6 }));
  }
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => pack.on('end', resolve));
  for (const name of names)
    pack.entry({ name: `${root}/${name}`, mtime: new Date(0), mode: 0o644 }, files.get(name) ?? '');
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}
