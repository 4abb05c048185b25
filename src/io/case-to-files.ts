import type { Case, Position } from '../model/index.js';
import { toYaml } from './to-yaml.js';
import { writeProposal } from './write-proposal.js';

/** The manifest's fields, leaving out values equal to their defaults (`kind: party`, empty lists). */
function manifestOf(c: Case): Record<string, unknown> {
  const { id, title, description, parties, tracks, issues, coherence } = c;
  const data: Record<string, unknown> = { id, title };
  if (description !== undefined) data.description = description;
  data.parties = parties.map(({ kind, ...party }) => (kind === 'party' ? party : { ...party, kind }));
  if (tracks.length > 0)
    data.tracks = tracks.map(({ parties: members, ...track }) =>
      members.length > 0 ? { ...track, parties: members } : track,
    );
  data.issues = issues;
  if (coherence.length > 0) data.coherence = coherence;
  return data;
}

function positionOf(position: Position): Record<string, unknown> {
  const { party, asOf, reservation, weights, utilities, redlines, notes } = position;
  const data: Record<string, unknown> = {
    party,
    ...(asOf !== undefined ? { asOf } : {}),
    reservation,
    weights,
    utilities,
    redlines,
  };
  if (notes !== undefined) data.notes = notes;
  return data;
}

/**
 * Writes a case as the files of its folder (DESIGN.md, the case folder), without touching the disk:
 * `case.yaml`, `proposals/<id>.md`, `positions/<party>.yaml` and the earlier versions
 * `positions/<party>@<asOf>.yaml`, the mediators' estimates `estimates/<party>.yaml` and the packages they
 * released, `released-packages.yaml`, keyed by path relative to the folder.
 * `caseFromFiles(caseToFiles(c))` gives `c` back, except for what the format does not keep: provision
 * offsets (re-read from the written text), and the order of proposals and positions (file-name order).
 * @example caseToFiles(c).get('case.yaml') // 'id: ukraine-2025\ntitle: …\nparties:\n  - { id: ua, name: Ukraine }\n…'
 */
export function caseToFiles(c: Case): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    'case.yaml',
    toYaml(
      manifestOf(c),
      (keys) => keys[0] === 'parties' || keys[0] === 'tracks' || keys.at(-1) === 'options',
    ),
  );
  const positionYaml = (position: Position): string =>
    toYaml(
      positionOf(position),
      (keys) =>
        (keys[0] === 'utilities' && keys.length >= 2) ||
        (keys[0] === 'weights' && keys.length === 2) ||
        keys[0] === 'reservation' ||
        keys.includes('rule'),
    );
  for (const position of c.positions) files.set(`positions/${position.party}.yaml`, positionYaml(position));
  for (const earlier of c.earlierPositions ?? [])
    files.set(`positions/${earlier.party}@${earlier.asOf}.yaml`, positionYaml(earlier));
  for (const estimate of c.estimates ?? [])
    files.set(`estimates/${estimate.party}.yaml`, positionYaml(estimate));
  for (const proposal of c.proposals) files.set(`proposals/${proposal.id}.md`, writeProposal(proposal));
  if ((c.releasedPackages ?? []).length > 0)
    files.set('released-packages.yaml', toYaml({ packages: c.releasedPackages }));
  return files;
}
