// The documents layer: Word, PDF, HTML and text files read into the plain text Parley segments. Pure: bytes
// in, text out, no file system.
export { readDocument, sniffFormat } from './read-document.js';
export type { SniffedFormat } from './read-document.js';
export type { DocumentFormat, DocumentRead, DocumentText } from './document-text.js';
export { pdfText } from './pdf-lines.js';
export type { PositionedText } from './pdf-lines.js';
export { zipLimits } from './read-zip.js';
export { checkEntryName, isCompressionBomb, maxInflateRatio } from './zip-entry.js';
export type { EntryName } from './zip-entry.js';
