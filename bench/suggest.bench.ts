// `npm run bench:suggest`: how well `parley suggest` codes a proposal it has never seen coded. Leave one
// proposal out: each proposal of the case in turn has its codes removed, `suggestCodes` suggests codes for
// it from the rest of the case, and the suggestions are compared with the codes its authors wrote.
// Precision = suggestions that are real codes / suggestions; recall = real codes suggested / real codes
// (a code counts on its provision: provision, issue and option must all match). Also prints the scores at
// other thresholds and how well the confidence is calibrated (share correct per confidence band). The
// threshold and weights were set before this was run; nothing here is tuned on its output.
// `node bin/run-ts.js bench/suggest.bench.ts [case-dir] [--verbose]`
import { loadCase } from '../src/io/index.js';
import { formatCode } from '../src/model/index.js';
import { stripCodes, suggestCodes, suggestionThreshold, type Suggestion } from '../src/suggest/index.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dir = args.find((a) => !a.startsWith('--')) ?? 'cases/ukraine-2025';
const loaded = await loadCase(dir);
if (!loaded.ok) throw new Error(`cannot load ${dir}`);
const c = loaded.value;

interface Scored extends Suggestion {
  proposal: string;
  isReal: boolean;
}
const scored: Scored[] = [];
let realCodes = 0;
const perProposal: string[] = [];
const started = performance.now();
for (const held of c.proposals) {
  const real = new Set(held.provisions.flatMap((p) => p.codes.map((k) => `${p.num}|${formatCode(k)}`)));
  realCodes += real.size;
  const others = c.proposals.map((p) => (p.id === held.id ? stripCodes(p) : p));
  const { suggestions } = suggestCodes(stripCodes(held), { issues: c.issues, proposals: others }, 0);
  const mine = suggestions.map((s) => ({
    ...s,
    proposal: held.id,
    isReal: real.has(`${s.provision}|${s.issue}=${s.option}`),
  }));
  scored.push(...mine);
  const kept = mine.filter((s) => s.confidence >= suggestionThreshold);
  const hits = kept.filter((s) => s.isReal).length;
  perProposal.push(
    `  ${held.id.padEnd(16)} codes ${String(real.size).padStart(3)}  suggested ${String(kept.length).padStart(3)}  right ${String(hits).padStart(3)}` +
      `  precision ${ratio(hits, kept.length)}  recall ${ratio(hits, real.size)}`,
  );
  if (verbose)
    for (const s of kept)
      perProposal.push(
        `    ${s.isReal ? '+' : '-'} ${s.provision} ${s.issue}=${s.option} ${s.confidence}: ${s.because}`,
      );
}
const elapsed = performance.now() - started;

function ratio(x: number, y: number): string {
  return y === 0 ? '  -  ' : (x / y).toFixed(3);
}

process.stdout.write(
  `suggest, leave one proposal out, on ${dir} (${c.proposals.length} proposals, ${realCodes} codes)\n`,
);
process.stdout.write(perProposal.join('\n') + '\n');
process.stdout.write('threshold  suggested  right  precision  recall     F1\n');
for (const t of [0.3, 0.4, suggestionThreshold, 0.6, 0.7, 0.8]) {
  const kept = scored.filter((s) => s.confidence >= t);
  const hits = kept.filter((s) => s.isReal).length;
  const p = kept.length === 0 ? 0 : hits / kept.length;
  const r = realCodes === 0 ? 0 : hits / realCodes;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  process.stdout.write(
    `${(t === suggestionThreshold ? `${t}*` : String(t)).padEnd(9)}  ${String(kept.length).padStart(9)}  ${String(hits).padStart(5)}  ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f.toFixed(3).padStart(5)}\n`,
  );
}
process.stdout.write('calibration: confidence band → suggestions, share right\n');
for (let low = 0; low < 1; low += 0.2) {
  const band = scored.filter(
    (s) => s.confidence >= low && (s.confidence < low + 0.2 || (low >= 0.8 && s.confidence <= 1)),
  );
  const right = band.filter((s) => s.isReal).length;
  process.stdout.write(
    `  ${low.toFixed(1)}–${(low + 0.2).toFixed(1)}  ${String(band.length).padStart(5)}  ${ratio(right, band.length)}\n`,
  );
}
process.stdout.write(`(* the threshold parley suggest uses; ${elapsed.toFixed(0)} ms in all)\n`);
