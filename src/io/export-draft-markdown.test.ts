import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { composeBridge } from '../draft/index.js';
import type { BridgeDraft } from '../draft/index.js';
import { arbitraryDraftCase } from '../draft/fixtures.test-support.js';
import { optionsOfCode } from '../model/index.js';
import type { Case, Proposal } from '../model/index.js';
import { writeDraftMarkdown } from './export-draft-markdown.js';
import { loadCase } from './load-case.js';
import { readProposal } from './read-proposal.js';

const shapeOf = (proposal: Proposal) =>
  proposal.provisions.map(({ num, label, text, parent, codes }) => ({ num, label, text, parent, codes }));

function bridgeOf(theCase: Case, base: string, pkg: Record<string, string>): BridgeDraft {
  const result = composeBridge(theCase, { base, package: pkg, date: '2025-11-25' });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

/** The demo case with e3-counter as base, towards every position the US plan codes. */
async function demoBridge(): Promise<{ theCase: Case; bridge: BridgeDraft }> {
  const loaded = await loadCase(fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url)));
  if (!loaded.ok) throw new Error('the demo case should load');
  const us28 = loaded.value.proposals.find((p) => p.id === 'us-28')!;
  const pkg = Object.fromEntries(
    us28.provisions.flatMap((p) => p.codes.map((c) => [c.issue, optionsOfCode(c)[0]!])),
  );
  return { theCase: loaded.value, bridge: bridgeOf(loaded.value, 'e3-counter', pkg) };
}

test('the demo draft reads back with the same numbers, labels, texts, parents and codes', async () => {
  const { bridge } = await demoBridge();
  const read = readProposal('proposals/bridge-e3-counter.md', writeDraftMarkdown(bridge));
  expect(read.errors).toEqual([]);
  expect(shapeOf(read.proposal!)).toEqual(shapeOf(bridge.draft));
  expect(read.proposal).toMatchObject({
    id: 'bridge-e3-counter',
    revises: 'e3-counter',
    visibility: 'private',
  });
});

test('each provision line ends with its provenance comment', async () => {
  const { bridge } = await demoBridge();
  const lines = writeDraftMarkdown(bridge).split('\n');
  expect(lines).toContain(
    "6. Ukraine's armed forces are capped at 600,000 personnel. <!-- parley: military.cap=cap-600k --> <!-- source: us-28#6, replaces 6 -->",
  );
  expect(lines).toContain(
    "1. Ukraine's status as a sovereign state is confirmed. <!-- source: e3-counter#1, kept -->",
  );
  expect(lines.filter((l) => l.includes('<!-- source: '))).toHaveLength(bridge.draft.provisions.length);
});

test('drafts of generated cases read back unchanged, inserted and appended points included', () => {
  fc.assert(
    fc.property(arbitraryDraftCase, ({ theCase, pkg }) => {
      const base = theCase.proposals[0]!;
      fc.pre(base.provisions.some((p) => p.codes.length > 0));
      const bridge = bridgeOf(theCase, base.id, pkg);
      const read = readProposal(`proposals/${bridge.draft.id}.md`, writeDraftMarkdown(bridge));
      expect(read.errors).toEqual([]);
      expect(shapeOf(read.proposal!)).toEqual(shapeOf(bridge.draft));
    }),
  );
});
