import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A fresh random secret, 32 bytes as base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** A fresh random id for a user or token record, 12 bytes as base64url. */
export const newId = (): string => randomBytes(12).toString('base64url');

/** SHA-256 of a secret, hex: how tokens, session ids and link tokens are kept at rest. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Compares two strings in time that does not depend on where they differ. */
export function equalSecrets(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Argon2id cost. The defaults follow OWASP's advice (19 MiB, 2 passes); tests may pass cheaper ones. */
export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
}

/** Production argon2id parameters. Never lower these outside tests. */
export const defaultPasswordCost: PasswordCost = { memoryCost: 19_456, timeCost: 2 };

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export const hashPassword = (password: string, cost: PasswordCost = defaultPasswordCost): Promise<string> =>
  // `algorithm: 2` is Algorithm.Argon2id, a const enum that isolated modules cannot import.
  hash(password, { algorithm: 2, memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 });

/** True when `password` matches an argon2id hash made by `hashPassword`. */
export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password).catch(() => false);

/** The shortest password accepted. There is no default password anywhere (issue #5). */
export const minimumPasswordLength = 12;
