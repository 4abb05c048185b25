// `npm run bench:archive`: how fast a hostile case archive is refused, and what it costs in memory. The
// audit of issue #10 saw a zip holding one entry of 1 GB of zeros (about 1 MB packed) unpacked before its
// size was checked: 22 s and 2.2 GB. Here the same entry, honest and lying about its size, goes through
// `readCaseArchive`. Prints numbers; asserts nothing.
import { Zip, ZipDeflate } from 'fflate';
import { readCaseArchive } from '../src/server/archive.js';
import { declareSizes } from '../src/server/test-zips.js';

/** A zip with `case.yaml` and one entry of `bytes` zeros, deflated chunk by chunk (never held whole). */
function zipOfZeros(bytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    parts.push(chunk);
  });
  const small = new ZipDeflate('talks/case.yaml');
  zip.add(small);
  small.push(new TextEncoder().encode('id: talks\n'), true);
  const big = new ZipDeflate('talks/zeros.md', { level: 6 });
  zip.add(big);
  const chunk = new Uint8Array(16 * 1024 * 1024);
  for (let done = 0; done < bytes; done += chunk.length) big.push(chunk, done + chunk.length >= bytes);
  zip.end();
  return Buffer.concat(parts);
}

async function measure(name: string, archive: Buffer): Promise<void> {
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const before = peak;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  const started = performance.now();
  const read = await readCaseArchive(archive);
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    `${name}: ${(archive.length / 1024).toFixed(0)} KB packed → ${read.ok ? 'accepted' : `refused (${read.message})`}; ` +
      `${ms.toFixed(1)} ms, RSS +${((peak - before) / 1024 / 1024).toFixed(0)} MB`,
  );
}

const gigabyte = zipOfZeros(2 ** 30);
await measure('1 GB entry, declared', gigabyte);
await measure(
  '1 GB entry, declaring 1 KB',
  declareSizes(gigabyte, 1024, (n) => n.endsWith('zeros.md')),
);
await measure(
  '1 GB entry, declaring 9 MB (believable ratio; inflated until past it)',
  declareSizes(gigabyte, 9 * 1024 * 1024, (n) => n.endsWith('zeros.md')),
);
