import { canReadPosition } from '../../../src/model/index.js';
import { readEventStream } from './event-stream.js';
import { ApiError, readProblem } from './problem.js';
import type {
  CaseManifest,
  Member,
  Role,
  TokenInfo,
  User,
  Code,
  CheckReport,
  CompareReport,
  DraftAnswer,
  DraftFormat,
  DraftRequest,
  MergeResult,
  ProcessDetail,
  ProcessSummary,
  ImportPreview,
  Package,
  Proposal,
  ProposalDocument,
  ProposalSummary,
  Provision,
  SuggestionReport,
  PartyRobustnessReport,
  Position,
  RobustnessReport,
  RobustnessRequest,
  Session,
  VersionedPosition,
  VersionEntry,
  HistoryKind,
  SolveReport,
  Visibility,
} from './contract.js';

/** The header that carries the session's CSRF token on every state-changing request. */
export const csrfHeader = 'x-csrf-token';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * The Parley API over `fetch`, same origin, session cookie. The server's response schemas are the fence
 * on what comes back (STYLE.md §14), so answers are typed here rather than parsed a second time.
 * Failures reject with an `ApiError` whose message a person can act on.
 */
export class ApiClient {
  #csrfToken = '';
  #onSessionEnded: () => void = () => {};

  constructor(private readonly base = '/api') {}

  /** Calls `listener` when a request is refused because the session has ended (401 outside sign-in). */
  onSessionEnded(listener: () => void): void {
    this.#onSessionEnded = listener;
  }

  /** Remembers the token that state-changing requests must carry. */
  setCsrfToken(token: string): void {
    this.#csrfToken = token;
  }

  async #request<T>(
    method: Method,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    signal?: AbortSignal,
  ): Promise<T> {
    return (await this.#exchange<T>(method, path, body, headers, signal)).data;
  }

  /** A request whose answer's version (its ETag, `"4"`) matters as well as its body. */
  async #exchange<T>(
    method: Method,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    signal?: AbortSignal,
  ): Promise<{ data: T; version: number | undefined }> {
    const init: RequestInit = {
      method,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...headers },
      ...(signal ? { signal } : {}),
    };
    if (method !== 'GET') (init.headers as Record<string, string>)[csrfHeader] = this.#csrfToken;
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, init);
    } catch {
      // Cancelled by the caller: its own reason, so a view can tell "you stopped it" from "unreachable".
      if (signal?.aborted) throw signal.reason;
      throw new ApiError(0, {});
    }
    const text = await response.text();
    if (!response.ok) {
      if (response.status === 401 && !path.startsWith('/session')) this.#onSessionEnded();
      throw new ApiError(response.status, readProblem(response.status, text));
    }
    const data = (text === '' ? undefined : JSON.parse(text)) as T;
    return { data, version: parseVersion(response.headers.get('etag')) };
  }

  /** The current session, or `null` when nobody is signed in. */
  async readSession(): Promise<Session | null> {
    // "Who am I" answers 200 with null when nobody is signed in, so a first visit logs no 401.
    const { session } = await this.#request<{ session: Session | null }>('GET', '/whoami');
    if (session) this.setCsrfToken(session.csrfToken ?? '');
    return session;
  }

  /** Signs in; the server sets the session cookie and answers with the CSRF token. */
  async signIn(email: string, password: string): Promise<Session> {
    const session = await this.#request<Session>('POST', '/session', { email, password });
    this.setCsrfToken(session.csrfToken ?? '');
    return session;
  }

  /** Signs in with the token of a one-time login link (`#/login/<token>` printed by `parley serve`). */
  async signInWithLink(token: string): Promise<Session> {
    const session = await this.#request<Session>('POST', '/session/link', { token });
    this.setCsrfToken(session.csrfToken ?? '');
    return session;
  }

  /** Ends the session. */
  async signOut(): Promise<void> {
    await this.#request<void>('DELETE', '/session');
    this.#csrfToken = '';
  }

  /** The processes the caller may see. */
  async listProcesses(): Promise<ProcessSummary[]> {
    return (await this.#request<{ processes: ProcessSummary[] }>('GET', '/processes')).processes;
  }

  /** Creates an empty process (admins); parties, tracks and issues are added in set-up. */
  createProcess(process: { id: string; title: string; description?: string }): Promise<{ id: string }> {
    return this.#request('POST', '/processes', process);
  }

  /**
   * Replaces a process's title, description, parties, tracks, issues and coherence rules in one write, naming
   * the set-up version it was read at (412 when someone saved in between; 409 with every place when the
   * change would break the case; nothing written either way). Infinite option values travel as "Infinity".
   */
  async writeManifest(
    processId: string,
    manifest: Omit<CaseManifest, 'id'>,
    version: number,
  ): Promise<ProcessDetail> {
    const body = JSON.parse(
      JSON.stringify(manifest, (_key, v: unknown) =>
        v === Infinity ? 'Infinity' : v === -Infinity ? '-Infinity' : v,
      ),
    ) as unknown;
    const { data, version: saved } = await this.#exchange<ProcessDetail>(
      'PUT',
      `/processes/${enc(processId)}/manifest`,
      body,
      { 'if-match': `"${version}"` },
    );
    return { ...data, version: saved ?? data.version };
  }

  /** Who holds which role in a process (admins and its mediators). */
  async listMembers(processId: string): Promise<Member[]> {
    return (await this.#request<{ members: Member[] }>('GET', `/processes/${enc(processId)}/members`))
      .members;
  }

  /**
   * Invites someone by e-mail with a role (and a party for a delegate). A new account comes with a one-time
   * login link token to pass on (`loginLink`); an existing one just gains the role (`loginLink` null).
   */
  invite(
    processId: string,
    invitation: { email: string; role: Role; party: string | null },
  ): Promise<{ email: string; isNewUser: boolean; loginLink: string | null }> {
    return this.#request('POST', `/processes/${enc(processId)}/invitations`, invitation);
  }

  /** Changes a member's role (and party); it holds from their next request. */
  setMemberRole(processId: string, userId: string, role: Role, party: string | null): Promise<unknown> {
    return this.#request('PUT', `/processes/${enc(processId)}/members/${enc(userId)}`, { role, party });
  }

  /** Removes a member from a process; their sessions and tokens lose it at once. */
  removeMember(processId: string, userId: string): Promise<void> {
    return this.#request('DELETE', `/processes/${enc(processId)}/members/${enc(userId)}`);
  }

  /** Sets or changes the caller's password (the current one is needed when the account has one). */
  setPassword(currentPassword: string, newPassword: string): Promise<void> {
    return this.#request('PUT', '/session/password', {
      ...(currentPassword === '' ? {} : { currentPassword }),
      newPassword,
    });
  }

  /** The caller's API tokens, never their secrets. */
  async listTokens(): Promise<TokenInfo[]> {
    return (await this.#request<{ tokens: TokenInfo[] }>('GET', '/tokens')).tokens;
  }

  /** Creates an API token; its secret is in the answer, once. */
  createToken(name: string): Promise<{ token: string; info: TokenInfo }> {
    return this.#request('POST', '/tokens', { name });
  }

  /** Revokes an API token. */
  revokeToken(tokenId: string): Promise<void> {
    return this.#request('DELETE', `/tokens/${enc(tokenId)}`);
  }

  /** Every user (admins). */
  async listUsers(): Promise<User[]> {
    return (await this.#request<{ users: User[] }>('GET', '/users')).users;
  }

  /** Adds a user (admins); without a password the answer carries a one-time login link token. */
  addUser(email: string, isAdmin: boolean): Promise<{ user: User; loginLink: string | null }> {
    return this.#request('POST', '/users', { email, isAdmin });
  }

  /** Parties, tracks and issues of one process. */
  readProcess(processId: string): Promise<ProcessDetail> {
    return this.#request('GET', `/processes/${enc(processId)}`);
  }

  /** The proposals of a process the caller may see. */
  async listProposals(processId: string): Promise<ProposalSummary[]> {
    const answer = await this.#request<{ proposals: ProposalSummary[] }>(
      'GET',
      `/processes/${enc(processId)}/proposals`,
    );
    return answer.proposals;
  }

  /** One proposal with its provisions. */
  async readProposal(processId: string, proposalId: string): Promise<ProposalDocument> {
    const { data, version } = await this.#exchange<ProposalDocument>(
      'GET',
      `/processes/${enc(processId)}/proposals/${enc(proposalId)}`,
    );
    return { ...data, version: version ?? data.version };
  }

  /**
   * Replaces one provision's issue codes, naming the version they were made on in `If-Match`; when someone
   * saved in between, the server answers 412 and nothing is overwritten. Resolves to the saved proposal.
   */
  updateCodes(
    processId: string,
    proposal: ProposalDocument,
    num: string,
    codes: Code[],
  ): Promise<ProposalDocument> {
    const path = `/processes/${enc(processId)}/proposals/${enc(proposal.id)}/provisions/${enc(num)}/codes`;
    return this.#versioned('PUT', path, proposal, { codes });
  }

  /**
   * Replaces the codes of several provisions in one versioned edit (accepted suggestions): `If-Match` names
   * the version read, so a proposal saved by someone else in between answers 412 and nothing is overwritten.
   */
  updateManyCodes(
    processId: string,
    proposal: ProposalDocument,
    provisions: { num: string; codes: Code[] }[],
  ): Promise<ProposalDocument> {
    const path = `/processes/${enc(processId)}/proposals/${enc(proposal.id)}/codes`;
    return this.#versioned('PUT', path, proposal, { provisions });
  }

  /** Suggested codes for a proposal's provisions, from the proposals the caller may read. */
  suggestCodes(processId: string, proposalId: string, minConfidence = 0.5): Promise<SuggestionReport> {
    return this.#request(
      'GET',
      `/processes/${enc(processId)}/proposals/${enc(proposalId)}/suggestions?minConfidence=${minConfidence}`,
    );
  }

  /**
   * Sends a document (a file, or pasted text) to be segmented into a proposal for review; nothing is saved.
   * `fields` are the import's optional front matter (`title`, `id`, `track`, `revises`, `authors`).
   */
  async importDocument(
    processId: string,
    document: { file: File } | { text: string },
    fields: Record<string, string> = {},
  ): Promise<ImportPreview> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields))
      if (value.trim() !== '') form.append(name, value.trim());
    if ('file' in document) form.append('file', document.file, document.file.name);
    else form.append('text', document.text);
    let response: Response;
    try {
      response = await fetch(`${this.base}/processes/${enc(processId)}/proposals/import`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { accept: 'application/json', [csrfHeader]: this.#csrfToken },
        body: form,
      });
    } catch {
      throw new ApiError(0, {});
    }
    const text = await response.text();
    if (!response.ok) throw new ApiError(response.status, readProblem(response.status, text));
    return JSON.parse(text) as ImportPreview;
  }

  /** Adds a proposal (as reviewed after an import); resolves to it with its first version. */
  createProposal(processId: string, proposal: Proposal): Promise<ProposalDocument> {
    return this.#request('POST', `/processes/${enc(processId)}/proposals`, proposal);
  }

  /** Changes who may read a proposal (`shared` with the parties listed), with the same versioning. */
  updateSharing(
    processId: string,
    proposal: ProposalDocument,
    sharing: { visibility: Visibility; sharedWith: string[] },
  ): Promise<ProposalDocument> {
    return this.#versioned(
      'PATCH',
      `/processes/${enc(processId)}/proposals/${enc(proposal.id)}`,
      proposal,
      sharing,
    );
  }

  async #versioned(
    method: Method,
    path: string,
    proposal: ProposalDocument,
    body: unknown,
  ): Promise<ProposalDocument> {
    const headers: Record<string, string> =
      proposal.version === undefined ? {} : { 'if-match': `"${proposal.version}"` };
    const { data, version } = await this.#exchange<ProposalDocument>(method, path, body, headers);
    return { ...data, version: version ?? data.version };
  }

  /** A party's sealed position with its version; rejects with 404 unless the caller may read it. */
  readPosition(processId: string, partyId: string): Promise<VersionedPosition> {
    return this.#request('GET', `/processes/${enc(processId)}/positions/${enc(partyId)}`);
  }

  /** The mediators' estimate of a party's position (mediators only: 403 for anyone else, 404 when there is none). */
  readEstimate(processId: string, partyId: string): Promise<VersionedPosition> {
    return this.#request('GET', `/processes/${enc(processId)}/estimates/${enc(partyId)}`);
  }

  /**
   * Replaces a party's whole position in one audited write: `If-Match` names the version it was read at (412
   * when someone saved in between, nothing overwritten), or `If-None-Match: *` creates it (`version` null).
   * The body is the position as read with the editor's changes, so fields the editor does not show are kept.
   */
  writePosition(processId: string, position: Position, version: number | null): Promise<VersionedPosition> {
    return this.#writeWhole('positions', processId, position, version);
  }

  /** Removes the mediators' estimate of a party's position and its versions (mediators only; audited; 404 when there is none). */
  removeEstimate(processId: string, partyId: string): Promise<void> {
    return this.#request('DELETE', `/processes/${enc(processId)}/estimates/${enc(partyId)}`);
  }

  /** Replaces (or creates, `version` null) the mediators' estimate of a party's position, as `writePosition`. */
  writeEstimate(processId: string, estimate: Position, version: number | null): Promise<VersionedPosition> {
    return this.#writeWhole('estimates', processId, estimate, version);
  }

  async #writeWhole(
    folder: 'positions' | 'estimates',
    processId: string,
    position: Position,
    version: number | null,
  ): Promise<VersionedPosition> {
    const headers: Record<string, string> =
      version === null ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` };
    const { data, version: saved } = await this.#exchange<VersionedPosition>(
      'PUT',
      `/processes/${enc(processId)}/${folder}/${enc(position.party)}`,
      position,
      headers,
    );
    return { ...data, version: saved ?? data.version };
  }

  /** Every saved version of a proposal, a position or an estimate, newest first (404 unless the caller may read it now). */
  async listVersions(processId: string, kind: HistoryKind, id: string): Promise<VersionEntry[]> {
    const path = `${historyPath(processId, kind, id)}/versions`;
    return (await this.#request<{ versions: VersionEntry[] }>('GET', path)).versions;
  }

  /** One saved version, whole. */
  readVersion<T extends Proposal | Position>(
    processId: string,
    kind: HistoryKind,
    id: string,
    version: number,
  ): Promise<T & { version: number }> {
    return this.#request('GET', `${historyPath(processId, kind, id)}/versions/${version}`);
  }

  /** Saves an old version again as a new one; `current` (If-Match) is the version the caller last saw. */
  restoreVersion(
    processId: string,
    kind: HistoryKind,
    id: string,
    version: number,
    current: number,
  ): Promise<{ version: number }> {
    return this.#request(
      'POST',
      `${historyPath(processId, kind, id)}/versions/${version}/restore`,
      undefined,
      { 'if-match': `"${current}"` },
    );
  }

  /** Version `to` of a proposal against version `from`: alignment, word redline, issue changes. */
  compareVersions(processId: string, proposalId: string, from: number, to: number): Promise<CompareReport> {
    return this.#request(
      'GET',
      `${historyPath(processId, 'proposal', proposalId)}/versions/${from}/compare/${to}`,
    );
  }

  /**
   * The whole case as the caller may read it: manifest, every visible proposal with its provisions, and
   * every position the caller may read (those sealed to it are left out).
   */
  async readCase(
    processId: string,
  ): Promise<{ process: ProcessDetail; proposals: ProposalDocument[]; positions: Position[] }> {
    const [process, summaries] = await Promise.all([
      this.readProcess(processId),
      this.listProposals(processId),
    ]);
    const [proposals, positions] = await Promise.all([
      Promise.all(summaries.map((p) => this.readProposal(processId, p.id))),
      // Only the positions the access policy lets the caller read: asking for another party's sealed
      // position could only be answered 404.
      Promise.all(
        readablePositions(process).map((party) =>
          this.readPosition(processId, party).catch((error: unknown) => {
            if (error instanceof ApiError && error.status === 404) return null;
            throw error;
          }),
        ),
      ),
    ]);
    return { process, proposals, positions: positions.filter((p): p is VersionedPosition => p !== null) };
  }

  /** Every visible proposal against every readable position (DESIGN.md, `parley check`). */
  check(processId: string, request: { proposals?: string[]; parties?: string[] } = {}): Promise<CheckReport> {
    return this.#request('POST', `/processes/${enc(processId)}/check`, request);
  }

  /** Aligns two proposals provision by provision, with word-level redlines. */
  compare(processId: string, from: string, to: string): Promise<CompareReport> {
    return this.#request('POST', `/processes/${enc(processId)}/compare`, { a: from, b: to });
  }

  /** Merges two revisions `a` and `b` of a base proposal on the server, with conflicts marked. */
  merge(processId: string, base: string, a: string, b: string): Promise<MergeResult> {
    return this.#request('POST', `/processes/${enc(processId)}/merge`, { base, a, b });
  }

  /** Composes a bridging draft on `base` towards a package, from the proposals the caller may read. */
  draft(processId: string, request: DraftRequest): Promise<DraftAnswer> {
    return this.#request('POST', `/processes/${enc(processId)}/draft`, request);
  }

  /**
   * The same draft as a document to save: Markdown, Word (tracked changes) or HTML, with the file name the
   * server gives it (`bridge-e3-counter-package.docx`).
   */
  downloadDraft(
    processId: string,
    request: DraftRequest,
    format: DraftFormat,
  ): Promise<{ blob: Blob; filename: string }> {
    return this.#download(`/processes/${enc(processId)}/draft`, { ...request, format }, `draft.${format}`);
  }

  /**
   * The redline of `to` against `from` as a Word document with tracked changes, with the file name the
   * server gives it (`us-28-e3-counter.docx`).
   */
  downloadComparison(processId: string, from: string, to: string): Promise<{ blob: Blob; filename: string }> {
    return this.#download(
      `/processes/${enc(processId)}/compare`,
      { a: from, b: to, format: 'docx' },
      `${from}-${to}.docx`,
    );
  }

  /** A merge as the caller settled it, as Word with tracked changes against its base (nothing is saved). */
  downloadMerge(
    processId: string,
    merged: { base: string; title: string; provisions: Provision[] },
  ): Promise<{ blob: Blob; filename: string }> {
    return this.#download(`/processes/${enc(processId)}/merge/docx`, merged, `merge-${merged.base}.docx`);
  }

  /** POSTs `body` and answers the attachment that comes back, named as the server's Content-Disposition says. */
  async #download(
    path: string,
    body: unknown,
    fallbackName: string,
  ): Promise<{ blob: Blob; filename: string }> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', [csrfHeader]: this.#csrfToken },
        body: JSON.stringify(body),
      });
    } catch {
      throw new ApiError(0, {});
    }
    if (!response.ok) {
      if (response.status === 401) this.#onSessionEnded();
      throw new ApiError(response.status, readProblem(response.status, await response.text()));
    }
    const disposition = response.headers.get('content-disposition') ?? '';
    const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
    return { blob: await response.blob(), filename };
  }

  /**
   * Monte Carlo over the uncertain positions (DESIGN.md, `parley robustness`): a mediator gets the whole
   * report, a delegate its own party's acceptance and sensitivity. Aborting `signal` cancels the request,
   * and with it the run on the server.
   */
  robustness(
    processId: string,
    request: RobustnessRequest,
    signal?: AbortSignal,
  ): Promise<RobustnessReport | PartyRobustnessReport> {
    return this.#request('POST', `/processes/${enc(processId)}/robustness`, request, {}, signal);
  }

  /**
   * Searches the package space for the bargaining solutions, with the Pareto frontier and each solution
   * explained party by party; `near` also asks for the package that bridges the named proposals.
   */
  solve(processId: string, request: { near?: string[] } = {}): Promise<SolveReport> {
    return this.#request('POST', `/processes/${enc(processId)}/solve`, {
      pareto: true,
      explain: true,
      ...request,
    });
  }

  /**
   * `solve` with the search's progress as it runs (server-sent events: its phase and the nodes searched so
   * far). Aborting `signal` closes the stream, which stops the search on the server.
   */
  solveWithProgress(
    processId: string,
    onProgress: (progress: SolveProgress) => void,
    signal?: AbortSignal,
  ): Promise<SolveReport> {
    return this.#stream(
      `/processes/${enc(processId)}/solve`,
      { pareto: true, explain: true },
      onProgress,
      signal,
    );
  }

  /**
   * `robustness` with its progress as it runs (server-sent events: solves done of all, `{ done, total }`),
   * for a mediator's run; a delegate's answer comes at once, as one result. Aborting `signal` closes the
   * stream, which cancels the run's jobs on the server.
   */
  robustnessWithProgress(
    processId: string,
    request: RobustnessRequest,
    onProgress: (progress: SolveProgress) => void,
    signal?: AbortSignal,
  ): Promise<RobustnessReport | PartyRobustnessReport> {
    return this.#stream(`/processes/${enc(processId)}/robustness`, request, onProgress, signal);
  }

  /** POSTs `body` asking for `text/event-stream`: progress events go to `onProgress`, the result is the answer. */
  async #stream<T>(
    path: string,
    body: unknown,
    onProgress: (progress: SolveProgress) => void,
    signal?: AbortSignal,
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          [csrfHeader]: this.#csrfToken,
        },
        body: JSON.stringify(body),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiError(0, {});
    }
    if (!response.ok || !response.body) {
      if (response.status === 401) this.#onSessionEnded();
      throw new ApiError(response.status, readProblem(response.status, await response.text()));
    }
    // An answer that is not a stream (a delegate's robustness, computed at once) is the result itself.
    if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream'))
      return (await response.json()) as T;
    let answer: { result: T } | { problem: ApiError } | undefined;
    await readEventStream(response.body, ({ event, data }) => {
      if (event === 'progress') onProgress(data as SolveProgress);
      else if (event === 'result') answer = { result: data as T };
      else if (event === 'problem') {
        const status = (data as { status?: number }).status ?? 500;
        answer = { problem: new ApiError(status, readProblem(status, JSON.stringify(data))) };
      }
    });
    if (!answer) throw new ApiError(0, {});
    if ('problem' in answer) throw answer.problem;
    return answer.result;
  }

  /** The mediators' estimates of parties' positions (mediators only), each with its version. */
  estimates(processId: string): Promise<VersionedPosition[]> {
    return this.#request('GET', `/processes/${enc(processId)}/estimates`);
  }

  /** The packages the mediators released (every member reads them). */
  releasedPackages(processId: string): Promise<{ packages: Package[] }> {
    return this.#request('GET', `/processes/${enc(processId)}/released-packages`);
  }

  /** Replaces the released packages (mediators): each delegate's robustness run then weighs them. */
  releasePackages(processId: string, packages: Package[]): Promise<{ packages: Package[] }> {
    return this.#request('PUT', `/processes/${enc(processId)}/released-packages`, { packages });
  }
}

const enc = encodeURIComponent;

const historyFolders: Record<HistoryKind, string> = {
  proposal: 'proposals',
  position: 'positions',
  estimate: 'estimates',
};

function historyPath(processId: string, kind: HistoryKind, id: string): string {
  return `/processes/${enc(processId)}/${historyFolders[kind]}/${enc(id)}`;
}

/** How far a server job is: its phase, the work done so far and, when known, all of it (robustness: solves). */
export interface SolveProgress {
  phase: string;
  done: number;
  /** All of the work, when known (robustness: solves). */
  total?: number;
  /** The parts of the answer proven so far: `feasible`, `agreementZone`, solution names, `pareto`… */
  proven?: string[];
}

/**
 * The version an ETag names: `"4"` or `W/"4"` → 4; `undefined` when absent or not a version number.
 * @example parseVersion('W/"12"') // 12
 */
export function parseVersion(etag: string | null): number | undefined {
  const match = etag === null ? null : /^(?:W\/)?"?(\d{1,12})"?$/.exec(etag.trim());
  return match?.[1] ? Number(match[1]) : undefined;
}

/** The parties whose positions the caller may read: all for a mediator, its own for a delegate, none else. */
export function readablePositions(process: Pick<ProcessDetail, 'access' | 'parties'>): string[] {
  return process.parties.map((p) => p.id).filter((party) => canReadPosition(process.access, party));
}
