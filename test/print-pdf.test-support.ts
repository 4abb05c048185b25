import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { requireChromium } from './chromium.test-support.js';

let browser: Promise<Browser> | undefined;

/**
 * Prints HTML to PDF with Chromium, as a person's "Print to PDF" would; by default with a running header
 * and a page number in the footer on every page (the things a PDF reader must drop). One browser serves
 * every call until `closePdfPrinter`. Rejects with what to do when no Chromium is found (`requireChromium`).
 * @example await printPdf('<ol><li>One</li></ol>') // Uint8Array of a one-page PDF
 */
export async function printPdf(
  html: string,
  options: { header?: string; hasHeaderFooter?: boolean } = {},
): Promise<Uint8Array> {
  browser ??= Promise.resolve().then(() =>
    chromium.launch({
      executablePath: requireChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    }),
  );
  const page = await (await browser).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
      displayHeaderFooter: options.hasHeaderFooter ?? true,
      headerTemplate: `<div style="font-size:9px;width:100%;text-align:center">${options.header ?? 'Confidential draft'}</div>`,
      footerTemplate:
        '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
    return new Uint8Array(pdf);
  } finally {
    await page.close();
  }
}

/** Closes the browser `printPdf` opened, if any. */
export async function closePdfPrinter(): Promise<void> {
  const open = browser;
  browser = undefined;
  if (open) await (await open).close();
}
