import { useState } from 'react';
import { useApp } from '../session.js';
import { useResource } from '../use-resource.js';
import { Loaded } from '../components/status.js';
import { IssueChip, VisibilityChip } from '../components/chips.js';
import { CodingEditor } from '../components/coding-editor.js';
import { ProvisionList } from '../components/provision-list.js';
import { SectionHeading } from '../components/section-heading.js';
import { SharingEditor } from '../components/sharing-editor.js';
import { ProvisionSuggestions, SuggestionBar, useSuggestions } from '../components/suggestions.js';
import { formatRoute } from '../router.js';
import { canEditProposal } from '../../../src/model/index.js';
import type { ProposalDocument, Provision } from '../api/contract.js';
import type { ProcessData } from './process-shell.js';

/**
 * One proposal as its document numbers it: each provision with its label, sub-points indented, its issue
 * codes as chips. Those the server lets edit can change codes and sharing; the save names the version read.
 */
export function ProposalReader({
  data,
  proposalId,
  point,
}: {
  data: ProcessData;
  proposalId: string;
  point?: string;
}) {
  const { api } = useApp();
  const { process } = data;
  const [resource, reload] = useResource(`proposal:${process.id}:${proposalId}`, () =>
    api.readProposal(process.id, proposalId),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<ProposalDocument | null>(null);

  return (
    <Loaded resource={resource} what="the proposal" onRetry={reload}>
      {(loaded) => {
        const proposal = saved && saved.id === loaded.id ? saved : loaded;
        const onSaved = (next: ProposalDocument) => {
          setSaved(next);
          setEditing(null);
        };
        const onStale = () => {
          setSaved(null);
          setEditing(null);
          reload();
        };
        return (
          <ProposalPage
            data={data}
            proposal={proposal}
            point={point}
            editing={editing}
            setEditing={setEditing}
            onSaved={onSaved}
            onStale={onStale}
          />
        );
      }}
    </Loaded>
  );
}

/** The loaded proposal: header, sharing, suggestions (for those who may code it) and the provisions. */
function ProposalPage({
  data,
  proposal,
  point,
  editing,
  setEditing,
  onSaved,
  onStale,
}: {
  data: ProcessData;
  proposal: ProposalDocument;
  point: string | undefined;
  editing: string | null;
  setEditing: (num: string | null) => void;
  onSaved: (next: ProposalDocument) => void;
  onStale: () => void;
}) {
  const { process } = data;
  const suggestions = useSuggestions(process, proposal, onSaved);
  const others = data.proposals.filter((p) => p.id !== proposal.id);
  const isEditable = canEditProposal(process.access, proposal);
  // The proposal this one revises comes first: that comparison shows what the revision changed.
  const compareWith = proposal.revises ?? others[0]?.id;
  return (
    <article className="reader">
      <header className="view-header">
        <h1>{proposal.title}</h1>
        <p className="meta">
          {proposal.date && <span>{proposal.date}</span>}
          {proposal.authors.length > 0 && (
            <span>
              by {proposal.authors.map((a) => process.parties.find((p) => p.id === a)?.name ?? a).join(', ')}
            </span>
          )}
          {proposal.status && <span>{proposal.status}</span>}
          {proposal.revises && (
            <span>
              revises{' '}
              <a
                href={formatRoute({
                  name: 'proposal',
                  processId: process.id,
                  proposalId: proposal.revises,
                })}
              >
                {proposal.revises}
              </a>
            </span>
          )}
          <VisibilityChip visibility={proposal.visibility} sharedWith={proposal.sharedWith} />
        </p>
        {compareWith && (
          <a
            className="button"
            href={formatRoute({
              name: 'compare',
              processId: process.id,
              ids: [compareWith, proposal.id],
              mode: 'pair',
            })}
          >
            Compare with {data.proposals.find((p) => p.id === compareWith)?.title ?? compareWith}
          </a>
        )}{' '}
        <a
          className="button"
          href={formatRoute({
            name: 'history',
            processId: process.id,
            doc: { kind: 'proposal', id: proposal.id },
          })}
        >
          Earlier versions
        </a>
      </header>
      {isEditable && (
        <SharingEditor process={process} proposal={proposal} onSaved={onSaved} onStale={onStale} />
      )}
      {isEditable && <SuggestionBar state={suggestions} onStale={onStale} />}
      {proposal.preamble.trim() !== '' && <p className="preamble">{proposal.preamble.trim()}</p>}
      <ProvisionList
        provisions={proposal.provisions}
        point={point}
        renderBody={(provision) => (
          <>
            <p>{provision.text}</p>
            <ProvisionCodes
              provision={provision}
              issues={process.issues}
              isEditable={isEditable}
              isEditing={editing === provision.num}
              onEdit={() => setEditing(provision.num)}
            />
            {isEditable && (
              <ProvisionSuggestions provision={provision} process={process} state={suggestions} />
            )}
            {editing === provision.num && (
              <CodingEditor
                process={process}
                proposal={proposal}
                provision={provision}
                onSaved={onSaved}
                onStale={onStale}
                onCancel={() => setEditing(null)}
              />
            )}
          </>
        )}
      />
      {proposal.closing !== undefined && <SectionHeading markdown={proposal.closing} />}
    </article>
  );
}

/** A provision's issue codes as chips, with the button that opens the coding editor. */
function ProvisionCodes({
  provision,
  issues,
  isEditable,
  isEditing,
  onEdit,
}: {
  provision: Provision;
  issues: ProcessData['process']['issues'];
  isEditable: boolean;
  isEditing: boolean;
  onEdit: () => void;
}) {
  return (
    <div className="codes">
      {provision.codes.map((c) => (
        <IssueChip key={c.issue} code={c} issues={issues} />
      ))}
      {isEditable && !isEditing && (
        <button
          type="button"
          className="quiet small"
          onClick={onEdit}
          aria-label={
            provision.codes.length === 0
              ? `Code an issue in point ${provision.num}`
              : `Edit coding of point ${provision.num}`
          }
        >
          {provision.codes.length === 0 ? '+ code an issue' : 'edit coding'}
        </button>
      )}
    </div>
  );
}
