import { describe, expect, test } from 'vitest';
import { archiveLimits, readCaseArchive, writeCaseArchive } from './archive.js';
import { declareSizes, markSymlink, zipOf } from './test-zips.js';

const caseFiles = { 'talks/case.yaml': 'id: talks\n', 'talks/proposals/a.md': '# A\n' };
const refusal = async (bytes: Buffer) => {
  const read = await readCaseArchive(bytes);
  return read.ok ? 'accepted' : read.message;
};

describe('reading a zip case archive', () => {
  test('an archive written by Parley reads back, under its one folder', async () => {
    const files = new Map([
      ['case.yaml', 'id: talks\n'],
      ['positions/ua.yaml', 'party: ua\n'],
    ]);
    const read = await readCaseArchive(await writeCaseArchive(files, 'talks', 'zip'));
    expect(read).toEqual({ ok: true, files });
  });

  test('an entry declared at 1 GB is refused from the directory, without unpacking or allocating it', async () => {
    const bomb = declareSizes(zipOf({ ...caseFiles, 'talks/big.md': 'x'.repeat(1000) }), 2 ** 30, (n) =>
      n.endsWith('big.md'),
    );
    const before = process.memoryUsage().arrayBuffers;
    expect(await refusal(bomb)).toBe("archive entry 'talks/big.md' is over 10 MB");
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  test('entries that together declare more than the total cap are refused before the last is unpacked', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`talks/p${i}.md`, 'x'.repeat(2000)]),
    );
    const declared = declareSizes(zipOf(many), 9 * 1024 * 1024, () => true, 1024 * 1024);
    expect(await refusal(declared)).toBe(
      `the archive unpacks to more than ${archiveLimits.totalBytes / 1024 / 1024} MB`,
    );
  });

  test('an entry declaring a bomb ratio is refused before it is inflated', async () => {
    const zeros = zipOf({ ...caseFiles, 'talks/zeros.md': new Uint8Array(9 * 1024 * 1024) });
    expect(await refusal(zeros)).toMatch(
      /^archive entry 'talks\/zeros\.md' claims to unpack to over 100 times/,
    );
  });

  test('an entry that inflates past the size it declared is stopped there', async () => {
    const liar = declareSizes(
      zipOf({ ...caseFiles, 'talks/liar.md': 'y'.repeat(5 * 1024 * 1024) }),
      1000,
      (n) => n.endsWith('liar.md'),
    );
    expect(await refusal(liar)).toMatch(/^the archive is a damaged zip file/);
  });

  test.each([
    ['../evil.md', "archive entry '../evil.md' climbs out of the case folder with '..'; use paths inside it"],
    [
      'talks/../../evil.md',
      "archive entry 'talks/../../evil.md' climbs out of the case folder with '..'; use paths inside it",
    ],
    [
      '/etc/passwd',
      "archive entry '/etc/passwd' has an absolute or unsafe path; use paths relative to the case folder",
    ],
    [
      'talks\\..\\evil.md',
      "archive entry 'talks\\..\\evil.md' has an absolute or unsafe path; use paths relative to the case folder",
    ],
    [
      'C:/evil.md',
      "archive entry 'C:/evil.md' has an absolute or unsafe path; use paths relative to the case folder",
    ],
  ])('an entry named %s is refused as named, not renamed', async (name, message) => {
    expect(await refusal(zipOf({ ...caseFiles, [name]: 'x' }))).toBe(message);
  });

  test('a symlink entry is refused', async () => {
    const linked = markSymlink(zipOf({ ...caseFiles, 'talks/link.md': '/etc/passwd' }), 'talks/link.md');
    expect(await refusal(linked)).toBe(
      "archive entry 'talks/link.md' is a symlink; a case archive may hold only plain files and folders (no links)",
    );
  });

  test('bytes that only start like a zip are refused as unreadable', async () => {
    expect(await refusal(Buffer.from('PK\x03\x04 and then nothing of a zip'))).toBe(
      'the archive is not a readable zip file',
    );
  });
});
