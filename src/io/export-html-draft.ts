import { escapeHtml, redlineText } from '../compare/index.js';
import type { RedlineOp } from '../compare/index.js';
import type { BridgeDraft, ProvenanceKind } from '../draft/index.js';
import { codeInWords } from '../model/index.js';
import type { Case } from '../model/index.js';

const kindColours: Record<ProvenanceKind, string> = {
  kept: '#6b7280',
  replaced: '#b45309',
  inserted: '#15803d',
  placeholder: '#b91c1c',
};

const verdictMarks = { satisfied: '✓', violated: '✗', open: '?' } as const;

const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}
.badge{display:inline-block;color:#fff;border-radius:.3rem;padding:0 .4rem;font-size:.8em}
.point{margin:.6rem 0;padding:.4rem .6rem;border-left:4px solid #ddd}.point.placeholder{background:#fef2f2;border-color:#b91c1c}
.source{color:#555;font-size:.85em}del{color:#b91c1c}ins{color:#15803d}.satisfied{color:#15803d}.violated{color:#b91c1c}.open{color:#b45309}
code{font-size:.85em}`;

const redlineHtml = (ops: readonly RedlineOp[]): string =>
  ops
    .map((op) =>
      op.op === 'equal'
        ? escapeHtml(op.text)
        : op.op === 'insert'
          ? `<ins>${escapeHtml(op.text)}</ins>`
          : `<del>${escapeHtml(op.text)}</del>`,
    )
    .join('');

/**
 * A bridging draft as a standalone HTML page (inline CSS, no scripts, no external assets, every text
 * escaped): the per-party verdicts, the flags, then every point with its codes and provenance; a replaced
 * point shows its redline against the base (`<del>` / `<ins>`), a placeholder is highlighted.
 * @example draftToHtml(bridge, ukraine) // '<!doctype html>…<h1>Bridging draft on …</h1>…'
 */
export function draftToHtml(bridge: BridgeDraft, theCase: Case): string {
  const { draft, provenance, flags, verdicts } = bridge;
  const base = theCase.proposals.find((p) => p.id === bridge.base);
  const partyName = (id: string): string => theCase.parties.find((p) => p.id === id)?.name ?? id;
  const verdictRows = verdicts
    .map((v) => {
      const redlines = v.redlines
        .map((r) => `<span class="${r.verdict}">${verdictMarks[r.verdict]} ${escapeHtml(r.id)}</span>`)
        .join(', ');
      return `<tr><td>${escapeHtml(partyName(v.party))}</td><td class="${v.verdict}">${verdictMarks[v.verdict]} ${v.verdict}</td><td>${v.utility.toFixed(1)}</td><td>${redlines || '—'}</td></tr>`;
    })
    .join('\n');
  const flagItems = flags.map((f) => `<li>${escapeHtml(f.message)}</li>`).join('\n');
  const points = draft.provisions
    .map((provision, i) => {
      const entry = provenance[i]!;
      // A placeholder stands alone: a redline against the text it replaces would bury the marker.
      const before =
        entry.kind === 'replaced' ? base?.provisions.find((p) => p.num === entry.replaces) : undefined;
      const text = before
        ? redlineHtml(redlineText(before.text, provision.text))
        : escapeHtml(provision.text);
      const codes = provision.codes.map((c) => codeInWords(theCase.issues, c)).join('; ');
      const source = entry.source ? `${entry.source.proposal}#${entry.source.num}` : 'no source';
      const badge = `<span class="badge" style="background:${kindColours[entry.kind]}">${entry.kind}</span>`;
      const indent = provision.parent !== undefined ? ' style="margin-left:2rem"' : '';
      return `<div class="point ${entry.kind}"${indent}><b>${escapeHtml(provision.label)}</b> ${text}
<div class="source">${badge} ${escapeHtml(source)} — ${escapeHtml(entry.note)}${codes ? ` · <code>${escapeHtml(codes)}</code>` : ''}</div></div>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(draft.title)}</title><style>${style}</style></head>
<body>
<h1>${escapeHtml(draft.title)}</h1>
<p>Revises <b>${escapeHtml(bridge.base)}</b>${base ? ` (${escapeHtml(base.title)})` : ''}; ${escapeHtml(packageLine(bridge))}</p>
<h2>Verdicts</h2>
<table><tr><th>party</th><th>verdict</th><th>utility</th><th>red lines</th></tr>
${verdictRows}
</table>
${flags.length > 0 ? `<h2>To look at</h2><ul>${flagItems}</ul>` : '<p>Nothing flagged: every red line holds and every point has a source.</p>'}
<h2>Text</h2>
${draft.preamble ? `<p><i>${escapeHtml(draft.preamble)}</i></p>` : ''}
${points}
</body></html>
`;
}

function packageLine(bridge: BridgeDraft): string {
  const count = (kind: ProvenanceKind): number => bridge.provenance.filter((e) => e.kind === kind).length;
  return `points: ${count('kept')} kept, ${count('replaced')} replaced, ${count('inserted')} inserted, ${count('placeholder')} to be drafted.`;
}
