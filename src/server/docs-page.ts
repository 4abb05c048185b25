/** An OpenAPI document, as far as the reference page reads it. */
interface OpenApiLike {
  info?: { title?: string; version?: string; description?: string };
  paths?: Record<
    string,
    Record<string, { summary?: string; tags?: string[]; responses?: Record<string, unknown> }>
  >;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A readable API reference: one table row per operation (method, path, summary, statuses), generated from
 * the OpenAPI document so it can never disagree with it. The full schemas are in `/api/openapi.json`.
 */
export function renderApiReference(doc: OpenApiLike): string {
  const rows = Object.entries(doc.paths ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([path, operations]) =>
      Object.entries(operations).map(
        ([method, op]) =>
          `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary ?? '')}</td><td>${Object.keys(op.responses ?? {}).join(' ')}</td></tr>`,
      ),
    );
  const title = escapeHtml(doc.info?.title ?? 'API');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70em;margin:2em auto;padding:0 1em}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}code{font-size:90%}</style>
</head><body><h1>${title} ${escapeHtml(doc.info?.version ?? '')}</h1><p>${escapeHtml(doc.info?.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Errors are <code>application/problem+json</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Statuses</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></body></html>`;
}
