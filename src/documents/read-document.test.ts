import { expect, test } from 'vitest';
import { readDocument, sniffFormat } from './index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('the format is told by content, not by the name', () => {
  expect(sniffFormat(bytes('%PDF-1.7\n…'), 'plan.txt')).toEqual({ ok: true, format: 'pdf' });
  expect(sniffFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'plan.pdf')).toEqual({
    ok: true,
    format: 'docx',
  });
  expect(sniffFormat(bytes('<!DOCTYPE html><p>1. x</p>'), 'plan.txt')).toEqual({ ok: true, format: 'html' });
  expect(sniffFormat(bytes('\uFEFF  <html><body>'), 'plan')).toEqual({ ok: true, format: 'html' });
  expect(sniffFormat(bytes('<p>1. x</p>'), 'plan.md')).toEqual({ ok: true, format: 'text' });
  expect(sniffFormat(bytes('1. A point <b>bold</b>'), 'plan.html')).toEqual({ ok: true, format: 'text' });
});

test('formats Parley cannot read are refused with what to do', () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(sniffFormat(ole)).toMatchObject({
    ok: false,
    message: expect.stringContaining('save it as .docx without a password'),
  });
  expect(sniffFormat(bytes('{\\rtf1 x}'))).toMatchObject({
    ok: false,
    message: expect.stringContaining('RTF'),
  });
  expect(sniffFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
    ok: false,
    message: expect.stringContaining('OCR'),
  });
  expect(sniffFormat(new Uint8Array([0x31, 0xe9]))).toEqual({
    ok: false,
    message: 'this text is not UTF-8: save it as UTF-8 and try again',
  });
});

test('an empty document or one with only blanks has nothing to read', async () => {
  expect(await readDocument(new Uint8Array())).toEqual({
    ok: false,
    message: 'the file is empty: give a document with text',
  });
  expect(await readDocument(bytes('<html><body> </body></html>'))).toEqual({
    ok: false,
    message: 'the document has no text: give a document with text (a scan needs OCR first)',
  });
});

test('a text file is its own source, byte-order mark and all', async () => {
  expect(await readDocument(bytes('\uFEFF1. One'), 'a.md')).toEqual({
    ok: true,
    value: { format: 'text', source: '\uFEFF1. One' },
  });
});

test('documents exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'checkEntryName',
    'isCompressionBomb',
    'maxInflateRatio',
    'pdfText',
    'readDocument',
    'sniffFormat',
    'zipLimits',
  ]);
});
