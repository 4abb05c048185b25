import { gunzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import tar from 'tar-stream';

/** Limits on an uploaded case archive: entries, bytes after decompression, bytes of one file. */
export const archiveLimits = {
  entries: 5000,
  totalBytes: 50 * 1024 * 1024,
  fileBytes: 10 * 1024 * 1024,
} as const;

/** The files of an archive, or the one reason it is refused, in words the uploader can act on. */
export type ArchiveRead = { ok: true; files: Map<string, string> } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks an entry name and returns it relative to the archive root, or a refusal. Absolute paths, `..`,
 * backslashes and NUL are refused outright, since extracting such a name elsewhere could write outside
 * the target folder (path traversal).
 */
function safeName(raw: string): { ok: true; name: string } | { ok: false; message: string } {
  if (raw.includes('\0') || raw.includes('\\') || raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) {
    return {
      ok: false,
      message: `archive entry '${raw.replace(/\0/g, '\\0')}' has an absolute or unsafe path; use paths relative to the case folder`,
    };
  }
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..'))
    return {
      ok: false,
      message: `archive entry '${raw}' climbs out of the case folder with '..'; use paths inside it`,
    };
  return { ok: true, name: parts.join('/') };
}

/** Drops one folder level that every file shares (`ukraine-2025/case.yaml` → `case.yaml`). */
function stripCommonFolder(files: Map<string, string>): Map<string, string> {
  if (files.has('case.yaml')) return files;
  const names = [...files.keys()];
  const first = names[0]?.split('/')[0];
  if (!first || !names.every((n) => n.startsWith(`${first}/`))) return files;
  return new Map(names.map((n) => [n.slice(first.length + 1), files.get(n) ?? '']));
}

function addFile(
  files: Map<string, string>,
  rawName: string,
  bytes: Uint8Array,
  total: { bytes: number },
): string | undefined {
  const checked = safeName(rawName);
  if (!checked.ok) return checked.message;
  if (bytes.length > archiveLimits.fileBytes)
    return `archive entry '${checked.name}' is over ${archiveLimits.fileBytes / 1024 / 1024} MB`;
  total.bytes += bytes.length;
  if (total.bytes > archiveLimits.totalBytes)
    return `the archive unpacks to more than ${archiveLimits.totalBytes / 1024 / 1024} MB`;
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
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        if (refusal === undefined) {
          if (header.type === 'file') refusal = addFile(files, header.name, Buffer.concat(chunks), total);
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

async function readZip(buffer: Buffer): Promise<ArchiveRead> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    return { ok: false, message: 'the archive is not a readable zip file' };
  }
  const files = new Map<string, string>();
  const total = { bytes: 0 };
  const entries = Object.values(zip.files);
  if (entries.length > archiveLimits.entries)
    return { ok: false, message: `the archive has more than ${archiveLimits.entries} files` };
  for (const entry of entries) {
    const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions : 0;
    // S_IFLNK: zip keeps a symlink as a file whose content is the link target.
    if ((mode & 0o170000) === 0o120000) {
      return {
        ok: false,
        message: `archive entry '${entry.name}' is a symlink; a case archive may hold only plain files and folders (no links)`,
      };
    }
    if (entry.dir) {
      const checked = safeName(entry.name);
      if (!checked.ok) return checked;
      continue;
    }
    const refusal = addFile(files, entry.name, await entry.async('uint8array'), total);
    if (refusal) return { ok: false, message: refusal };
  }
  return { ok: true, files: stripCommonFolder(files) };
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
    const zip = new JSZip();
    for (const name of names) zip.file(`${root}/${name}`, files.get(name) ?? '', { date: new Date(0) });
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
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
