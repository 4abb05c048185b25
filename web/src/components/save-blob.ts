/**
 * Hands a downloaded document (from `ApiClient.downloadDraft` or `downloadComparison`) to the browser as a
 * file to save under `filename`.
 * @example saveBlob(blob, 'us-28-e3-counter.docx')
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download before this runs; the address is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
