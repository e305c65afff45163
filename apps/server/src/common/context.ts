import type { EntityManager } from '@mikro-orm/knex';
import type { Request, Response } from 'express';
import type { Actor } from './actor.js';
import type { Services } from '../services.js';

export interface Context {
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  actor: Actor;
  /** sha256 id of the session this request came with (cookie or bearer), if any */
  sessionId: string | null;
  services: Services;
  req?: Request;
  res?: Response;
  production: boolean;
}
