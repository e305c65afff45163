import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';
import { type Role, type Text, tx } from '@carenet/domain';
import argon2 from 'argon2';
import { AppError, badInput } from '../../common/errors.js';
import { SessionEntity, UserEntity } from './auth.entities.js';

export const LOCK_FAILURES = 5;
export const LOCK_WINDOW_MS = 15 * 60_000;
/** Sign-in attempts per client address and minute, per server instance (see AddressThrottle); LOGINS_PER_ADDRESS_PER_MINUTE changes the limit. */
export const LOGINS_PER_ADDRESS = { limit: 20, windowMs: 60_000 };
/** An API token lives at most this many days (a year, leap years included). */
export const TOKEN_MAX_DAYS = 366;
// Namespace of the PostgreSQL advisory locks that serialise sign-in attempts per username.
export const LOGIN_LOCK_CLASS = 0x4c4f47;
export const TOKEN_PREFIX = 'cn_';
export const USERNAME = /^[A-Za-z0-9._-]{3,64}$/;
export const MIN_PASSWORD = 10;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

export const unauthenticated = (message: Text, extra: Record<string, unknown> = {}) => new AppError('UNAUTHENTICATED', message, extra);
export const wrongCredentials = () => unauthenticated(tx('wrong username or password', '用户名或密码错误'));
export const forbidden = (message: Text) => new AppError('FORBIDDEN', message);

export interface Credentials {
  bearer?: string | null;
  session?: string | null;
}

export interface GrantInput {
  role: Role;
  collegeCode?: string | null;
}

export interface CreateUserData {
  username: string;
  password: string;
  staffNo?: string | null;
  studentNo?: string | null;
  grants: GrantInput[];
}

export interface CreateTokenData {
  name: string;
  scopes: string[];
  collegeCode?: string | null;
  expiresAt?: Date | null;
}

export function checkPassword(p: string): void {
  if (p.length < MIN_PASSWORD) {
    throw badInput(tx(`a password has at least ${MIN_PASSWORD} characters`, `密码至少需要 ${MIN_PASSWORD} 个字符`), { field: 'password' });
  }
  if (p.length > 200) throw badInput(tx('a password has at most 200 characters', '密码最多 200 个字符'), { field: 'password' });
}

// argon2id's cost for new hashes, process-wide (PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_TIME_COST).
let hashing = { memoryCost: 65536, timeCost: 3 };
let dummy: Promise<string> | null = null;

/** Sets the cost of new password hashes; existing hashes keep theirs (each carries its parameters). */
export function setPasswordHashing(memoryKib: number, timeCost: number): void {
  if (hashing.memoryCost === memoryKib && hashing.timeCost === timeCost) return;
  hashing = { memoryCost: memoryKib, timeCost };
  dummy = null;
}

export const hashPassword = (p: string) => argon2.hash(p, { type: argon2.argon2id, parallelism: 4, ...hashing });

/**
 * A hash of a random secret, verified against when the username does not exist or cannot sign in:
 * made with the current parameters, so refusing an unknown name takes as long as a wrong password.
 */
export const dummyHash = (): Promise<string> => (dummy ??= hashPassword(newSecret()));

/** Ends every open session of a user (but `except`): a change of access or password takes effect at once. */
export async function endSessions(em: EntityManager, user: UserEntity, now: Date, except: string | null = null): Promise<void> {
  for (const s of await em.find(SessionEntity, { user, endedAt: null })) if (s.id !== except) s.endedAt = now;
}
