import type { Comparison, PairKind, ProvisionPair } from './comparison.js';

const badgeColours: Record<PairKind, string> = {
  same: '#6b7280',
  modified: '#b45309',
  moved: '#7c3aed',
  merged: '#0369a1',
  split: '#0369a1',
  deleted: '#b91c1c',
  added: '#15803d',
};

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and attribute values.
 * @example escapeHtml('<b> & "x"') // '&lt;b&gt; &amp; &quot;x&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/**
 * A standalone HTML page of a comparison that can be mailed: inline CSS, no scripts, no external assets,
 * every text escaped. Issue summary first, then a table with one row per pair (one per merge or split group):
 * kind badge, from, to, similarity and the redline with `<del>` and `<ins>`.
 * @example renderComparisonHtml(result, 'us-28 → e3-counter') // '<!doctype html>…'
 */
export function renderComparisonHtml(comparison: Comparison, title: string): string {
  const issues =
    comparison.issues && comparison.issues.length > 0
      ? `<h2>Issues</h2><ul>${comparison.issues
          .map(
            (c) =>
              `<li><b>${escapeHtml(c.issue)}</b>: ${escapeHtml(c.from ?? 'open')} → ${escapeHtml(c.to ?? 'open')} ` +
              `<span class="dim">(${escapeHtml(c.fromProvisions.join(', ') || '—')} → ${escapeHtml(c.toProvisions.join(', ') || '—')})</span></li>`,
          )
          .join('')}</ul>`
      : '';
  const seen = new Set<string>();
  const rows = comparison.pairs
    .filter((p) => {
      if (p.kind !== 'merged' && p.kind !== 'split') return true;
      const key = `${p.kind}:${p.kind === 'merged' ? p.to : p.from}:${(p.group ?? []).join(',')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(row)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:70em;color:#111}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4em .6em;vertical-align:top;text-align:left}
.badge{color:#fff;border-radius:.3em;padding:0 .4em;font-size:.85em}
del{color:#b91c1c;background:#fee2e2}ins{color:#15803d;background:#dcfce7;text-decoration:underline}
.dim{color:#6b7280}.num{white-space:nowrap}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
${issues}
<table><thead><tr><th>kind</th><th>from</th><th>to</th><th>similarity</th><th>text</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

function row(p: ProvisionPair): string {
  const from = p.kind === 'merged' ? (p.group ?? []).join(', ') : (p.from ?? '—');
  const to = p.kind === 'split' ? (p.group ?? []).join(', ') : (p.to ?? '—');
  const text = p.texts
    ? `<div class="dim">${escapeHtml(p.texts.from)}</div><div>${escapeHtml(p.texts.to)}</div>`
    : p.redline
        .map((o) =>
          o.op === 'equal'
            ? escapeHtml(o.text)
            : `<${o.op === 'delete' ? 'del' : 'ins'}>${escapeHtml(o.text)}</${o.op === 'delete' ? 'del' : 'ins'}>`,
        )
        .join('');
  return (
    `<tr><td><span class="badge" style="background:${badgeColours[p.kind]}">${p.kind}</span></td>` +
    `<td class="num">${escapeHtml(from)}</td><td class="num">${escapeHtml(to)}</td>` +
    `<td>${p.similarity.toFixed(2)}</td><td${p.kind === 'same' ? ' class="dim"' : ''}>${text}</td></tr>`
  );
}
