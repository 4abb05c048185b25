import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Code, Id, Proposal, ProposalMeta, Visibility } from '../../model/index.js';
import { canEditProposal, canReadProposal } from '../access.js';
import type { Access } from '../access.js';
import { assertConsistent } from '../consistency.js';
import type { RouteContext } from '../context.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { assertWritten, requireIfMatch, setVersion } from '../versioning.js';
import { processAccess } from './guard.js';

/**
 * What an edit of a proposal can answer besides success: a bad body, no session, not allowed, unknown, a
 * stale (412) or missing (428) `If-Match`, and a body that breaks the case's rules (422).
 */
const versionedEditProblems = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  412: Problem,
  422: Problem,
  428: Problem,
} as const;

/** A proposal with the version `If-Match` must name to change it (also sent as its ETag). */
export const VersionedProposal = Proposal.extend({ version: z.number().int() });

/** A proposal as listed: its front matter, version and number of provisions. */
export const ProposalSummary = ProposalMeta.extend({
  version: z.number().int(),
  provisionCount: z.number().int(),
});

const params = z.object({ processId: Id, proposalId: Id });
const maxProvisions = 2000;
const answerCacheSize = 1000;

/**
 * Proposal routes: list and read what the caller may see; create; change sharing; change a provision's
 * codes. Every change names the version it was made from (`If-Match`), so concurrent edits never lose one.
 */
export const proposalRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { store } = ctx;

  // Reading a proposal is the most frequent request. Its answer is kept serialised per version (made once
  // through the response schema, so the schema still fences it) and served after a one-column version check.
  const answers = new Map<string, { version: number; proposal: Proposal; body: string }>();
  const cachedProposal = async (processId: string, proposalId: string) => {
    const key = `${processId}\0${proposalId}`;
    const version = await store.readProposalVersion(processId, proposalId);
    if (version === undefined) return undefined;
    const hit = answers.get(key);
    if (hit?.version === version) return hit;
    const found = await store.readProposal(processId, proposalId);
    if (!found) return undefined;
    const entry = {
      version: found.version,
      proposal: found.value,
      body: JSON.stringify(VersionedProposal.parse({ ...found.value, version: found.version })),
    };
    if (answers.size >= answerCacheSize) answers.delete(answers.keys().next().value!);
    answers.set(key, entry);
    return entry;
  };

  const readable = async (access: Access, processId: string, proposalId: string) => {
    const found = await store.readProposal(processId, proposalId);
    // Invisible and missing answer alike, so ids of private proposals do not leak (STYLE.md §15).
    if (!found || !canReadProposal(access, found.value))
      throw notFound(`no proposal '${proposalId}' in process '${processId}'`);
    return found;
  };

  /**
   * A new proposal's id that is already used answers 409 the same way whoever may read the proposal under
   * it: no version, title or authors, so an unreadable proposal is never described (its id being taken is
   * the one thing a unique id cannot hide).
   */
  const idTaken = (processId: string, proposalId: string) =>
    new HttpProblem(
      409,
      'id_taken',
      `the id '${proposalId}' is already used in process '${processId}'; choose another id for the new proposal`,
    );

  /** Checks a proposal against the process, then stores it and its audit entry in one transaction. */
  const writeChecked = async (
    req: FastifyRequest,
    processId: string,
    proposal: Proposal,
    ifVersion: number | null,
    access: Access,
    audited: { action: string; target?: string; detail?: string },
  ) => {
    const manifest = await store.readManifest(processId);
    if (!manifest) throw notFound(`no process '${processId}'`);
    // Of the other proposals only the one this one revises matters to the check (that it exists): edits never
    // change `revises`, a new proposal cannot close a cycle since nothing revises it yet, and ids are unique
    // by the table's key. So the check costs the same however many proposals the process has.
    const revises = proposal.revises;
    // A new proposal may revise only what its author may read: one it may not read answers as a missing one.
    const revised =
      revises !== undefined && revises !== proposal.id
        ? await store.readProposal(processId, revises)
        : undefined;
    const isRevisedStored =
      revised !== undefined && (ifVersion !== null || canReadProposal(access, revised.value));
    const others =
      revised && isRevisedStored
        ? [{ ...proposal, id: revised.value.id, revises: undefined, provisions: [] }]
        : [];
    assertConsistent(
      { ...manifest, proposals: [...others, proposal], positions: [] },
      { document: 'proposal', id: proposal.id },
    );
    return ctx.write(req, async (tx) => {
      const author = { userId: req.viewer?.user.id ?? null, at: ctx.clock().toISOString() };
      const written = await tx.store.writeProposal(processId, proposal, ifVersion, author);
      if (ifVersion === null && !written.ok) throw idTaken(processId, proposal.id);
      const version = assertWritten(written, `proposal '${proposal.id}'`);
      await tx.audit(audited.action, {
        processId,
        target: audited.target ?? proposal.id,
        detail: audited.detail,
      });
      return version;
    });
  };

  app.get(
    '/processes/:processId/proposals',
    {
      schema: {
        summary: 'The proposals of a process the caller may read',
        tags: ['proposals'],
        params: z.object({ processId: Id }),
        response: { 200: z.object({ proposals: z.array(ProposalSummary) }), 401: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { access } = processAccess(req, req.params.processId);
      const all = await store.listProposals(req.params.processId);
      const proposals = all
        .filter((p) => canReadProposal(access, p.value))
        .map(({ value: { provisions, preamble: _preamble, ...meta }, version }) => ({
          ...meta,
          version,
          provisionCount: provisions.length,
        }));
      return { proposals };
    },
  );

  app.get(
    '/processes/:processId/proposals/:proposalId',
    {
      schema: {
        summary: 'A proposal with its provisions and codes; ETag is its version',
        tags: ['proposals'],
        params,
        response: { 200: VersionedProposal, 401: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { processId, proposalId } = req.params;
      const { access } = processAccess(req, processId);
      const cached = await cachedProposal(processId, proposalId);
      if (!cached || !canReadProposal(access, cached.proposal))
        throw notFound(`no proposal '${proposalId}' in process '${processId}'`);
      setVersion(reply, cached.version);
      // A string with a content type is sent as it is; it was made by the response schema when cached.
      return reply.type('application/json; charset=utf-8').send(cached.body as never);
    },
  );

  app.post(
    '/processes/:processId/proposals',
    {
      schema: {
        summary: 'Add a proposal; a delegate must list its own party among the authors',
        tags: ['proposals'],
        params: z.object({ processId: Id }),
        body: Proposal.extend({
          provisions: z.array(Proposal.shape.provisions.unwrap().element).max(maxProvisions).default([]),
        }),
        response: {
          201: VersionedProposal,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          422: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { access } = processAccess(req, processId);
      if (!canEditProposal(access, req.body))
        throw forbidden('only a mediator, or a delegate of one of its authors, can add a proposal');
      if ((await store.readProposalVersion(processId, req.body.id)) !== undefined)
        throw idTaken(processId, req.body.id);
      const version = await writeChecked(req, processId, req.body, null, access, {
        action: 'create-proposal',
        detail: `visibility ${req.body.visibility}`,
      });
      setVersion(reply, version);
      return reply.code(201).send({ ...req.body, version });
    },
  );

  app.patch(
    '/processes/:processId/proposals/:proposalId',
    {
      schema: {
        summary: 'Change who may read a proposal (If-Match required)',
        tags: ['proposals'],
        params,
        body: z.strictObject({
          visibility: Visibility.optional(),
          sharedWith: z.array(Id).max(100).optional(),
        }),
        response: {
          200: VersionedProposal,
          ...versionedEditProblems,
        },
      },
    },
    async (req, reply) => {
      const { processId, proposalId } = req.params;
      const { access } = processAccess(req, processId);
      const found = await readable(access, processId, proposalId);
      if (!canEditProposal(access, found.value))
        throw forbidden(`only a mediator or a delegate of an author can share '${proposalId}'`);
      const ifVersion = requireIfMatch(req);
      const visibility = req.body.visibility ?? found.value.visibility;
      const next = {
        ...found.value,
        visibility,
        sharedWith: visibility === 'shared' ? (req.body.sharedWith ?? found.value.sharedWith) : [],
      };
      const version = await writeChecked(req, processId, next, ifVersion, access, {
        action: 'share',
        detail: `${visibility} ${next.sharedWith.join(',')}`.trim(),
      });
      setVersion(reply, version);
      return { ...next, version };
    },
  );

  app.put(
    '/processes/:processId/proposals/:proposalId/codes',
    {
      schema: {
        summary:
          'Replace the issue codes of several provisions in one edit, as when suggestions are accepted (If-Match required)',
        tags: ['proposals'],
        params,
        body: z.strictObject({
          provisions: z
            .array(z.strictObject({ num: z.string().min(1).max(50), codes: z.array(Code).max(200) }))
            .min(1)
            .max(maxProvisions),
        }),
        response: {
          200: VersionedProposal,
          ...versionedEditProblems,
        },
      },
    },
    async (req, reply) => {
      const { processId, proposalId } = req.params;
      const { access } = processAccess(req, processId);
      const found = await readable(access, processId, proposalId);
      if (!canEditProposal(access, found.value))
        throw forbidden(`only a mediator or a delegate of an author can code '${proposalId}'`);
      const ifVersion = requireIfMatch(req);
      const codes = new Map(req.body.provisions.map((p) => [p.num, p.codes]));
      const missing = [...codes.keys()].filter((num) => !found.value.provisions.some((p) => p.num === num));
      if (missing.length > 0)
        throw notFound(`proposal '${proposalId}' has no provision ${missing.join(', ')}`);
      const provisions = found.value.provisions.map((p) => {
        const replaced = codes.get(p.num);
        return replaced ? { ...p, codes: replaced } : p;
      });
      const next = { ...found.value, provisions };
      const version = await writeChecked(req, processId, next, ifVersion, access, {
        action: 'code-provisions',
        target: proposalId,
        detail: [...codes.keys()].join(','),
      });
      setVersion(reply, version);
      return { ...next, version };
    },
  );

  app.put(
    '/processes/:processId/proposals/:proposalId/provisions/:num/codes',
    {
      schema: {
        summary: "Replace one provision's issue codes (If-Match required)",
        tags: ['proposals'],
        params: params.extend({ num: z.string().min(1).max(50) }),
        body: z.strictObject({ codes: z.array(Code).max(200) }),
        response: {
          200: VersionedProposal,
          ...versionedEditProblems,
        },
      },
    },
    async (req, reply) => {
      const { processId, proposalId, num } = req.params;
      const { access } = processAccess(req, processId);
      const found = await readable(access, processId, proposalId);
      if (!canEditProposal(access, found.value))
        throw forbidden(`only a mediator or a delegate of an author can code '${proposalId}'`);
      const ifVersion = requireIfMatch(req);
      if (!found.value.provisions.some((p) => p.num === num))
        throw notFound(`proposal '${proposalId}' has no provision '${num}'`);
      const provisions = found.value.provisions.map((p) =>
        p.num === num ? { ...p, codes: req.body.codes } : p,
      );
      const next = { ...found.value, provisions };
      const version = await writeChecked(req, processId, next, ifVersion, access, {
        action: 'code-provision',
        target: `${proposalId}#${num}`,
      });
      setVersion(reply, version);
      return { ...next, version };
    },
  );
};
