import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Membership, Role, Session, TokenInfo, User, UserRecord } from './records.js';
import { atomically } from './atomically.js';
import type { Database } from './tables.js';

/**
 * Accounts: users, their memberships in processes, API tokens, sessions and one-time login links.
 * Secrets (tokens, session ids, link tokens) arrive already hashed: the store never sees them in clear.
 */
export interface AccountStore {
  /** Adds a user; `exists` when the e-mail address is taken (compared as given, callers lower-case it). */
  createUser(user: {
    id: string;
    email: string;
    passwordHash: string | null;
    isAdmin: boolean;
    createdAt: string;
  }): Promise<User | 'exists'>;
  readUser(userId: string): Promise<UserRecord | undefined>;
  findUserByEmail(email: string): Promise<UserRecord | undefined>;
  listUsers(): Promise<User[]>;
  countAdmins(): Promise<number>;
  setPasswordHash(userId: string, passwordHash: string): Promise<void>;
  /**
   * Claims one password guess for a user, atomically in the database, before the password is checked: a
   * lock that ended before `now` is lifted first; then the count of guesses grows by one unless it has
   * reached `attempts`, and the guess that reaches it locks the account until `lockUntil`. False when the
   * account is locked, so no guess is checked. Atomic per row, so concurrent logins, on one server or
   * several over one database, check at most `attempts` guesses per lock period.
   */
  claimLoginAttempt(userId: string, now: string, attempts: number, lockUntil: string): Promise<boolean>;
  clearLoginFailures(userId: string): Promise<void>;
  /** Gives a user a role in a process, replacing the one they had there. */
  setMembership(membership: Membership): Promise<void>;
  removeMembership(userId: string, processId: string): Promise<boolean>;
  listMemberships(userId: string): Promise<Membership[]>;
  listMembers(processId: string): Promise<Membership[]>;
  createToken(token: TokenInfo & { tokenHash: string }): Promise<void>;
  /** The user id of a token that has not been revoked. */
  findTokenUser(tokenHash: string): Promise<string | undefined>;
  /** The user of a token that has not been revoked, in one query (every API request asks this). */
  findUserByToken(tokenHash: string): Promise<UserRecord | undefined>;
  /**
   * The memberships of the user of a token that has not been revoked (none for an unknown token): asked
   * beside `findUserByToken`, so a token request costs one round trip to the database, not two in a row.
   */
  listMembershipsByToken(tokenHash: string): Promise<Membership[]>;
  listTokens(userId: string): Promise<TokenInfo[]>;
  revokeToken(tokenId: string, revokedAt: string): Promise<boolean>;
  createSession(tokenHash: string, session: Session): Promise<void>;
  readSession(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  createLoginLink(tokenHash: string, userId: string, expiresAt: string): Promise<void>;
  /** Uses up a login link: the user it was for, once, if it has not expired at `now`. */
  consumeLoginLink(tokenHash: string, now: string): Promise<string | undefined>;
}

type UserRow = Database['app_user'];
const toUser = (r: UserRow): User => ({
  id: r.id,
  email: r.email,
  isAdmin: r.is_admin === 1,
  createdAt: r.created_at,
});
const toRecord = (r: UserRow): UserRecord => ({
  ...toUser(r),
  passwordHash: r.password_hash,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
});
const toMembership = (r: Database['membership']): Membership => ({
  userId: r.user_id,
  processId: r.process_id,
  role: r.role as Role,
  party: r.party_id,
});
const toToken = (r: Database['api_token']): TokenInfo => ({
  id: r.id,
  userId: r.user_id,
  name: r.name,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

/** An `AccountStore` over a Kysely database. */
export function createAccountStore(db: Kysely<Database>): AccountStore {
  return {
    async createUser(user) {
      const taken = await db
        .selectFrom('app_user')
        .select('id')
        .where('email', '=', user.email)
        .executeTakeFirst();
      if (taken) return 'exists';
      const row: UserRow = {
        id: user.id,
        email: user.email,
        password_hash: user.passwordHash,
        is_admin: user.isAdmin ? 1 : 0,
        failed_logins: 0,
        locked_until: null,
        created_at: user.createdAt,
      };
      await db.insertInto('app_user').values(row).execute();
      return toUser(row);
    },
    async readUser(userId) {
      const row = await db.selectFrom('app_user').selectAll().where('id', '=', userId).executeTakeFirst();
      return row && toRecord(row);
    },
    async findUserByEmail(email) {
      const row = await db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
      return row && toRecord(row);
    },
    async listUsers() {
      return (await db.selectFrom('app_user').selectAll().orderBy('email').execute()).map(toUser);
    },
    async countAdmins() {
      const row = await db
        .selectFrom('app_user')
        .select(({ fn }) => fn.countAll().as('n'))
        .where('is_admin', '=', 1)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async setPasswordHash(userId, passwordHash) {
      await db
        .updateTable('app_user')
        .set({ password_hash: passwordHash })
        .where('id', '=', userId)
        .execute();
    },
    async claimLoginAttempt(userId, now, attempts, lockUntil) {
      await db
        .updateTable('app_user')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', userId)
        .where('locked_until', 'is not', null)
        .where('locked_until', '<=', now)
        .execute();
      // One conditional UPDATE: the database serialises it, so two claims never read the same count.
      const claimed = await db
        .updateTable('app_user')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          locked_until: sql<
            string | null
          >`CASE WHEN failed_logins + 1 >= ${attempts} THEN ${lockUntil} ELSE locked_until END`,
        }))
        .where('id', '=', userId)
        .where('failed_logins', '<', attempts)
        .returning('failed_logins')
        .executeTakeFirst();
      return claimed !== undefined;
    },
    async clearLoginFailures(userId) {
      await db
        .updateTable('app_user')
        .set({ failed_logins: 0, locked_until: null })
        .where('id', '=', userId)
        .execute();
    },
    async setMembership(m) {
      await atomically(db, async (tx) => {
        await tx
          .deleteFrom('membership')
          .where('user_id', '=', m.userId)
          .where('process_id', '=', m.processId)
          .execute();
        await tx
          .insertInto('membership')
          .values({ user_id: m.userId, process_id: m.processId, role: m.role, party_id: m.party })
          .execute();
      });
    },
    async removeMembership(userId, processId) {
      const r = await db
        .deleteFrom('membership')
        .where('user_id', '=', userId)
        .where('process_id', '=', processId)
        .executeTakeFirst();
      return r.numDeletedRows > 0n;
    },
    async listMemberships(userId) {
      return (
        await db
          .selectFrom('membership')
          .selectAll()
          .where('user_id', '=', userId)
          .orderBy('process_id')
          .execute()
      ).map(toMembership);
    },
    async listMembers(processId) {
      return (
        await db
          .selectFrom('membership')
          .selectAll()
          .where('process_id', '=', processId)
          .orderBy('user_id')
          .execute()
      ).map(toMembership);
    },
    async createToken(t) {
      await db
        .insertInto('api_token')
        .values({
          id: t.id,
          user_id: t.userId,
          token_hash: t.tokenHash,
          name: t.name,
          created_at: t.createdAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async findTokenUser(tokenHash) {
      const row = await db
        .selectFrom('api_token')
        .select('user_id')
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return row?.user_id;
    },
    async findUserByToken(tokenHash) {
      const row = await db
        .selectFrom('api_token')
        .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
        .selectAll('app_user')
        .where('api_token.token_hash', '=', tokenHash)
        .where('api_token.revoked_at', 'is', null)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async listMembershipsByToken(tokenHash) {
      return (
        await db
          .selectFrom('membership')
          .innerJoin('api_token', 'api_token.user_id', 'membership.user_id')
          .selectAll('membership')
          .where('api_token.token_hash', '=', tokenHash)
          .where('api_token.revoked_at', 'is', null)
          .orderBy('membership.process_id')
          .execute()
      ).map(toMembership);
    },
    async listTokens(userId) {
      return (
        await db
          .selectFrom('api_token')
          .selectAll()
          .where('user_id', '=', userId)
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      ).map(toToken);
    },
    async revokeToken(tokenId, revokedAt) {
      const r = await db
        .updateTable('api_token')
        .set({ revoked_at: revokedAt })
        .where('id', '=', tokenId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },
    async createSession(tokenHash, s) {
      await db
        .insertInto('session')
        .values({
          token_hash: tokenHash,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async readSession(tokenHash) {
      const row = await db
        .selectFrom('session')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at };
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute();
    },
    async createLoginLink(tokenHash, userId, expiresAt) {
      await db
        .insertInto('login_link')
        .values({ token_hash: tokenHash, user_id: userId, expires_at: expiresAt })
        .execute();
    },
    async consumeLoginLink(tokenHash, now) {
      // Deleting first makes the link single-use even when two requests race for it.
      const row = await db
        .deleteFrom('login_link')
        .where('token_hash', '=', tokenHash)
        .returning(['user_id', 'expires_at'])
        .executeTakeFirst();
      return row && row.expires_at > now ? row.user_id : undefined;
    },
  };
}
