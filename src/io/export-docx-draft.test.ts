import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, describe, expect, test } from 'vitest';
import { composeBridge } from '../draft/index.js';
import type { BridgeDraft } from '../draft/index.js';
import { optionsOfCode } from '../model/index.js';
import type { Case, Proposal } from '../model/index.js';
import { draftToDocx } from './export-docx-draft.js';
import { loadCase } from './load-case.js';

const date = '2025-11-25T00:00:00Z';
const scratch = mkdtemp(join(tmpdir(), 'parley-docx-'));
afterAll(async () => rm(await scratch, { recursive: true, force: true }));

/** The demo case with e3-counter as base, towards every position the US plan codes. */
async function demo(): Promise<{ theCase: Case; base: Proposal; bridge: BridgeDraft }> {
  const loaded = await loadCase(fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url)));
  if (!loaded.ok) throw new Error('the demo case should load');
  const theCase = loaded.value;
  const us28 = theCase.proposals.find((p) => p.id === 'us-28')!;
  const pkg = Object.fromEntries(
    us28.provisions.flatMap((p) => p.codes.map((c) => [c.issue, optionsOfCode(c)[0]!])),
  );
  const result = composeBridge(theCase, { base: 'e3-counter', package: pkg });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return { theCase, base: theCase.proposals.find((p) => p.id === 'e3-counter')!, bridge: result.value };
}

/** The texts of every `w:ins` and `w:del` of a document.xml, each with its author, in document order. */
function trackedChanges(xml: string): { op: 'ins' | 'del'; author: string; text: string }[] {
  return [...xml.matchAll(/<w:(ins|del) [^>]*w:author="([^"]*)"[^>]*>(.*?)<\/w:\1>/g)].map((m) => ({
    op: m[1] as 'ins' | 'del',
    author: m[2]!,
    text: [...m[3]!.matchAll(/<w:(?:t|delText)[^>]*>([^<]*)<\/w:(?:t|delText)>/g)].map((t) => t[1]).join(''),
  }));
}

/** The paragraph of document.xml whose text starts with a label, e.g. `6. `. */
function paragraphStarting(xml: string, label: string): string {
  const found = xml.split('</w:p>').find((p) => p.includes(`<w:t xml:space="preserve">${label} </w:t>`));
  if (!found) throw new Error(`no paragraph ${label}`);
  return found;
}

async function unpack(bytes: Uint8Array): Promise<{ document: string; comments: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    comments: await zip.file('word/comments.xml')!.async('string'),
  };
}

describe('draftToDocx', () => {
  test('a replaced point is a word-level redline of the base text, authored Parley', async () => {
    const { theCase, base, bridge } = await demo();
    const { document } = await unpack(await draftToDocx(bridge, base, theCase.issues, { date }));
    expect(trackedChanges(paragraphStarting(document, '6.'))).toEqual([
      { op: 'del', author: 'Parley', text: '800,000' },
      { op: 'ins', author: 'Parley', text: '600,000' },
      { op: 'del', author: 'Parley', text: ' in peacetime' },
    ]);
    expect(document).toContain(`w:date="${date}"`);
  });

  test('an inserted point is inserted whole, label included; a kept point has no change', async () => {
    const { theCase, base, bridge } = await demo();
    const { document } = await unpack(await draftToDocx(bridge, base, theCase.issues, { date }));
    expect(trackedChanges(paragraphStarting(document, '7.1.'))).toEqual([
      { op: 'ins', author: 'Parley', text: '7.1. ' },
      {
        op: 'ins',
        author: 'Parley',
        text: 'It is taken as given that Russia will not attack neighbouring countries and that NATO stops enlarging.',
      },
    ]);
    expect(trackedChanges(paragraphStarting(document, '1.'))).toEqual([]);
  });

  test('every change carries a comment naming its source, and broken red lines are commented where they break', async () => {
    const { theCase, base, bridge } = await demo();
    const { document, comments } = await unpack(await draftToDocx(bridge, base, theCase.issues, { date }));
    expect(comments).toContain('Source: us-28#6, replacing e3-counter#6.');
    expect(comments).toContain('Settles Peacetime cap on Ukraine&apos;s armed forces: 600,000.');
    expect(comments).toContain('Source: us-28#3, inserted.');
    expect(comments).toContain('w:author="Parley"');
    // e3-counter kept point 19 (ZNPP), which breaks Ukraine's later line: the kept text is commented too.
    expect(paragraphStarting(document, '19.')).toContain('<w:commentReference');
    const changed = bridge.provenance.filter((e) => e.kind !== 'kept').length;
    expect([...document.matchAll(/<w:commentReference/g)].length).toBeGreaterThanOrEqual(changed);
  });
});

const required = process.env.PARLEY_REQUIRE_LIBREOFFICE === '1';
const hasLibreOffice = spawnSync('libreoffice', ['--version'], { stdio: 'ignore' }).status === 0;
const pdfTest = hasLibreOffice || required ? test : test.skip;

describe(hasLibreOffice ? 'LibreOffice' : 'LibreOffice (skipped: libreoffice is not installed)', () => {
  pdfTest(
    'converts the draft to PDF with the tracked changes visible',
    async () => {
      const { theCase, base, bridge } = await demo();
      const dir = await scratch;
      const file = join(dir, 'draft.docx');
      await writeFile(file, await draftToDocx(bridge, base, theCase.issues, { date }));
      // A profile of its own, so a LibreOffice the user has open (or another test) does not get in the way.
      const profile = pathToFileURL(join(dir, 'profile')).href;
      const convert = spawnSync(
        'libreoffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(convert.status, convert.stderr).toBe(0);
      const text = spawnSync('pdftotext', [join(dir, 'draft.pdf'), '-'], { encoding: 'utf8' });
      expect(text.status, 'pdftotext (poppler-utils) should be installed').toBe(0);
      const flat = text.stdout.replace(/\s+/g, ' ');
      // LibreOffice prints tracked changes in the PDF: deleted and inserted words both appear.
      expect(flat).toContain('capped at 800,000600,000 personnel in peacetime');
      expect(flat).toContain('It is taken as given that Russia will not attack');
    },
    120_000,
  );
});
