import type { StoreScope, TokenInfo, User } from '../store/index.js';
import {
  defaultPasswordCost,
  hashPassword,
  hashSecret,
  minimumPasswordLength,
  newId,
  newSecret,
  verifyPassword,
} from './secrets.js';
import type { PasswordCost } from './secrets.js';

/** The time source of the server; tests pass a fixed one. */
export type Clock = () => Date;

/** Failed logins in a row that lock an account, and for how long. */
export const lockout = { attempts: 5, minutes: 15 } as const;

/** How long a session and a one-time login link live. */
export const lifetimes = { sessionHours: 12, loginLinkMinutes: 30 } as const;

const addMinutes = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000).toISOString();

/** Normalises an e-mail address for storage and lookup: trimmed and lower-case. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/** A new account, checked and with its password hashed, ready to store (`AccountStore.createUser`). */
export type NewUser = Parameters<StoreScope['createUser']>[0];

/**
 * Checks a new account and hashes its password: the slow part of adding a user, done before the write's
 * transaction (`Store.inTransaction`) so that no one waits for it. Without a password the account can only
 * be entered through a one-time login link; there is no default password. Returns a message for the
 * person at the keyboard when the input is unusable.
 */
export async function prepareUser(
  input: { email: string; password: string | null; isAdmin: boolean },
  clock: Clock,
  cost: PasswordCost = defaultPasswordCost,
): Promise<{ ok: true; user: NewUser } | { ok: false; message: string }> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    return { ok: false, message: `'${input.email}' is not an e-mail address; use name@example.org` };
  if (input.password !== null && input.password.length < minimumPasswordLength) {
    return {
      ok: false,
      message: `the password is too short; use at least ${minimumPasswordLength} characters`,
    };
  }
  const passwordHash = input.password === null ? null : await hashPassword(input.password, cost);
  return {
    ok: true,
    user: { id: newId(), email, passwordHash, isAdmin: input.isAdmin, createdAt: clock().toISOString() },
  };
}

/** Stores a prepared account; a message when its e-mail address is taken. */
export async function storeUser(
  store: StoreScope,
  user: NewUser,
): Promise<{ ok: true; user: User } | { ok: false; message: string }> {
  const created = await store.createUser(user);
  if (created === 'exists') return { ok: false, message: `a user '${user.email}' already exists` };
  return { ok: true, user: created };
}

/** Adds a user: `prepareUser`, then `storeUser`. */
export async function addUser(
  store: StoreScope,
  input: { email: string; password: string | null; isAdmin: boolean },
  clock: Clock,
  cost: PasswordCost = defaultPasswordCost,
): Promise<{ ok: true; user: User } | { ok: false; message: string }> {
  const prepared = await prepareUser(input, clock, cost);
  return prepared.ok ? storeUser(store, prepared.user) : prepared;
}

/** Creates an API token for a user: the secret is returned once and only its SHA-256 is kept. */
export async function createApiToken(
  store: StoreScope,
  userId: string,
  name: string,
  clock: Clock,
): Promise<{ token: string; info: TokenInfo }> {
  const secret = `parley_${newSecret()}`;
  const info: TokenInfo = { id: newId(), userId, name, createdAt: clock().toISOString(), revokedAt: null };
  await store.createToken({ ...info, tokenHash: hashSecret(secret) });
  return { token: secret, info };
}

/** Creates a one-time login link token for a user, valid for `lifetimes.loginLinkMinutes`. */
export async function createLoginLink(store: StoreScope, userId: string, clock: Clock): Promise<string> {
  const secret = newSecret();
  await store.createLoginLink(hashSecret(secret), userId, addMinutes(clock(), lifetimes.loginLinkMinutes));
  return secret;
}

/** Starts a session: the cookie secret (returned once, stored hashed) and its CSRF token. */
export async function startSession(
  store: StoreScope,
  userId: string,
  clock: Clock,
): Promise<{ secret: string; csrfToken: string }> {
  const secret = newSecret();
  const csrfToken = newSecret();
  await store.createSession(hashSecret(secret), {
    userId,
    csrfToken,
    expiresAt: addMinutes(clock(), lifetimes.sessionHours * 60),
  });
  return { secret, csrfToken };
}

// Verifying against a real hash when the user does not exist keeps the answer time the same, so response
// times do not tell which e-mail addresses have accounts.
let decoyHash: Promise<string> | undefined;

/** The outcome of a password login. */
export type LoginOutcome =
  { ok: true; user: User } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'locked' };

/**
 * Checks an e-mail and password. Each guess is claimed in the database before it is checked
 * (`claimLoginAttempt`), so after `lockout.attempts` guesses without a success the account is locked for
 * `lockout.minutes`, even for the right password, however many arrive at once and on however many servers;
 * a success clears the count. An unknown address, an account without a password and a locked account
 * cost one argon2 verification, like a real guess, so neither the answer nor its time tells them apart.
 */
export async function checkLogin(
  store: StoreScope,
  email: string,
  password: string,
  clock: Clock,
  cost: PasswordCost,
): Promise<LoginOutcome> {
  const record = await store.findUserByEmail(normaliseEmail(email));
  const now = clock();
  const verifyDecoy = async () => {
    decoyHash ??= hashPassword(newSecret(), cost);
    await verifyPassword(await decoyHash, password);
  };
  if (!record || record.passwordHash === null) {
    await verifyDecoy();
    return { ok: false, reason: 'invalid' };
  }
  const lockUntil = addMinutes(now, lockout.minutes);
  if (!(await store.claimLoginAttempt(record.id, now.toISOString(), lockout.attempts, lockUntil))) {
    await verifyDecoy();
    return { ok: false, reason: 'locked' };
  }
  if (!(await verifyPassword(record.passwordHash, password))) return { ok: false, reason: 'invalid' };
  await store.clearLoginFailures(record.id);
  return {
    ok: true,
    user: { id: record.id, email: record.email, isAdmin: record.isAdmin, createdAt: record.createdAt },
  };
}
