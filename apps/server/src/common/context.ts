import type { EntityManager } from '@mikro-orm/knex';
import type { Request, Response } from 'express';
import type { Actor } from './actor.js';
import type { AppError } from './errors.js';
import type { Services } from '../services.js';

export interface Context {
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  actor: Actor;
  /** sha256 id of the session this request came with (cookie or bearer), if any */
  sessionId: string | null;
  /** Why the request's session cookie did not sign it in (expired, ended), if it did not */
  authError?: AppError | null;
  services: Services;
  req?: Request;
  res?: Response;
  production: boolean;
}
