import type { EntityManager } from '@mikro-orm/knex';
import type { Actor } from './actor.js';
import type { Services } from '../services.js';

export interface Context {
  /** A fork of the entity manager for this request only. */
  em: EntityManager;
  actor: Actor;
  services: Services;
}
