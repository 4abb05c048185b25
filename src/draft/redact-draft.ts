import { redactCheck } from '../analysis/index.js';
import { sealedRedLine } from '../model/index.js';
import type { Reader } from '../model/index.js';
import type { BridgeDraft, DraftFlag, RedactedBridgeDraft } from './bridge-draft.js';

/**
 * A flag as the reader may see it. A flag about a sealed party's red line keeps its code and party, but
 * its red line becomes `sealed`, its message "a sealed red line of <party> is violated by the draft" (or
 * "stays open in the draft") and its provisions are withheld, as check withholds that party's evidence:
 * which points break a red line would tell what the red line says.
 * @example redactFlag(flag, reader) // { code: 'redline_violated', party: 'ru', redline: 'sealed', provisions: [], message: 'a sealed red line of Russia is violated by the draft' }
 */
export function redactFlag(flag: DraftFlag, reader: Reader): DraftFlag {
  if (flag.party === undefined || reader.unsealed.has(flag.party)) return flag;
  const what = flag.code === 'redline_open' ? 'stays open in the draft' : 'is violated by the draft';
  return {
    code: flag.code,
    message: `${sealedRedLine(reader, flag.party)} ${what}`,
    provisions: [],
    party: flag.party,
    redline: 'sealed',
  };
}

/**
 * Removes from a bridging draft what the reader may not see (issue #5), for the JSON answer: each verdict
 * as `redactCheck` gives it (a sealed party keeps its overall verdict; numbers, red-line ids, texts and
 * evidence are withheld) and each flag as `redactFlag` gives it. The text, provenance and package are the
 * proposals' and the package's, which the reader may see, and pass unchanged.
 */
export function redactDraft(bridge: BridgeDraft, reader: Reader): RedactedBridgeDraft {
  return {
    ...bridge,
    verdicts: redactCheck({ results: bridge.verdicts }, reader).results,
    flags: bridge.flags.map((f) => redactFlag(f, reader)),
  };
}

/**
 * The draft to render as a document (Markdown, Word, HTML) for the reader: the document writers print
 * utilities and red-line ids, so a sealed party's verdict row is left out altogether and only its
 * redacted flags say that its red lines break or stay open.
 */
export function draftForDocument(bridge: BridgeDraft, reader: Reader): BridgeDraft {
  return {
    ...bridge,
    verdicts: bridge.verdicts.filter((v) => reader.unsealed.has(v.party)),
    flags: bridge.flags.map((f) => redactFlag(f, reader)),
  };
}
