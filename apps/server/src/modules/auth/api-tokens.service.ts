import type { EntityManager } from '@mikro-orm/knex';
import { type Actor, API_SCOPES, canManageAccess, type TokenActor, tx } from '@carenet/domain';
import { badInput, notFound } from '../../common/errors.js';
import { AuditService } from '../audit/audit.service.js';
import { CollegeEntity } from '../org/org.entities.js';
import { ApiTokenEntity, oneYearAfter, scopeList, UserEntity } from './auth.entities.js';
import { instantOf } from '../../common/dates.js';
import {
  type CreateTokenData,
  forbidden,
  newSecret,
  sha256,
  TOKEN_MAX_DAYS,
  TOKEN_PREFIX,
  unauthenticated,
} from './auth.common.js';

/** The columns tokenActor reads. */
interface TokenRow {
  id: number | string;
  name: string;
  scopes: string;
  college_id: number | string | null;
  expires_at: unknown;
  revoked_at: unknown;
  last_used_at: unknown;
  created_at: unknown;
}

/** API tokens for other tools: creation (shown once), expiry, revocation, resolution to an actor. */
export class ApiTokenService {
  constructor(
    private readonly audit: AuditService,
    private readonly opts: { now?: () => Date } = {},
  ) {}

  private now(): Date {
    return this.opts.now?.() ?? new Date();
  }

  async tokenActor(em: EntityManager, secret: string): Promise<TokenActor> {
    // One row, not an entity: every API request starts here, and hydrating the entity took most of
    // the request's fixed cost (docs/performance.md, "The cost of a request").
    const [t] = await em
      .getConnection()
      .execute<TokenRow[]>(
        'select id, name, scopes, college_id, expires_at, revoked_at, last_used_at, created_at from api_token where token_hash = ?',
        [sha256(secret)],
        'all',
      );
    const now = this.now();
    if (!t) throw unauthenticated(tx('unknown API token', '无法识别的 API 令牌'));
    if (t.revoked_at !== null) throw unauthenticated(tx('this API token was revoked', '该 API 令牌已被撤销'));
    const expiresAt = instantOf(t.expires_at);
    const expiry = expiresAt ?? oneYearAfter(instantOf(t.created_at) as Date);
    if (expiry <= now) {
      const at = expiry.toISOString();
      throw unauthenticated(tx(`this API token expired on ${at}`, `该 API 令牌已于 ${at} 过期`));
    }
    const id = Number(t.id);
    const lastUsedAt = instantOf(t.last_used_at);
    // At most once a minute, as one conditional statement: when many requests of one token pass the
    // minute together, a flush each (its own transaction) made them queue on the row's lock for up to 0.8 s.
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > 60_000) {
      const before = new Date(now.getTime() - 60_000);
      await em.nativeUpdate(ApiTokenEntity, { id, $or: [{ lastUsedAt: null }, { lastUsedAt: { $lt: before } }] }, { lastUsedAt: now });
    }
    return { kind: 'token', tokenId: id, name: String(t.name), scopes: scopeList(String(t.scopes)), collegeId: t.college_id === null ? null : Number(t.college_id) };
  }

  async createApiToken(em: EntityManager, actor: Actor, input: CreateTokenData): Promise<{ token: string; apiToken: ApiTokenEntity }> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may create API tokens', '只有学校管理员可以创建 API 令牌'));
    const name = input.name.trim();
    if (!name || name.length > 100) throw badInput(tx('a token needs a name of at most 100 characters', 'API 令牌须有名称，且不超过 100 个字符'), { field: 'name' });
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) throw badInput(tx('a token needs at least one scope', 'API 令牌至少需要一个权限范围'), { field: 'scopes' });
    const bad = scopes.find((s) => !(API_SCOPES as readonly string[]).includes(s));
    if (bad) throw badInput(tx(`unknown scope ${bad}`, `未知的权限范围 ${bad}`), { field: 'scopes' });
    const now = this.now();
    if (input.expiresAt && input.expiresAt <= now) throw badInput(tx('expiresAt must be in the future', 'expiresAt（过期时间）必须晚于当前时间'), { field: 'expiresAt' });
    if (input.expiresAt && input.expiresAt.getTime() > now.getTime() + TOKEN_MAX_DAYS * 86_400_000) {
      throw badInput(
        tx(
          `a token lives at most a year: expiresAt must be within ${TOKEN_MAX_DAYS} days; create a new token when it expires`,
          `API 令牌的有效期最长一年：expiresAt（过期时间）须在 ${TOKEN_MAX_DAYS} 天之内，到期后请创建新令牌`,
        ),
        { field: 'expiresAt' },
      );
    }
    // Every token expires: a year from now unless an earlier date is asked for.
    const expiresAt = input.expiresAt ?? oneYearAfter(now);
    const college = input.collegeCode ? await em.findOne(CollegeEntity, { code: input.collegeCode.trim() }) : null;
    if (input.collegeCode && !college) throw notFound(tx(`no college with code "${input.collegeCode}"`, `未找到学院代码为“${input.collegeCode}”的学院`));
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const apiToken = em.create(ApiTokenEntity, {
      name,
      tokenHash: sha256(token),
      prefix: token.slice(0, 10),
      scopes: scopes.join(','),
      college,
      expiresAt,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.kind === 'user' ? em.getReference(UserEntity, actor.userId) : null,
    });
    // One flush: the token and its audit event are written together (the prefix identifies the token).
    this.audit.record(em, actor, { action: 'apiToken.create', recordType: 'apiToken', recordId: apiToken.prefix, detail: { name, scopes, collegeCode: input.collegeCode ?? null, expiresAt: expiresAt.toISOString() } });
    await em.flush();
    return { token, apiToken };
  }

  async revokeApiToken(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may revoke API tokens', '只有学校管理员可以撤销 API 令牌'));
    const t = await em.findOne(ApiTokenEntity, Number(id) || -1);
    if (!t) throw notFound(tx(`no API token with id ${id}`, `未找到 ID 为 ${id} 的 API 令牌`));
    if (t.revokedAt) return true;
    t.revokedAt = this.now();
    this.audit.record(em, actor, { action: 'apiToken.revoke', recordType: 'apiToken', recordId: t.id });
    await em.flush();
    return true;
  }

  async listApiTokens(em: EntityManager, actor: Actor): Promise<ApiTokenEntity[]> {
    if (!canManageAccess(actor)) throw forbidden(tx('only a school administrator may list API tokens', '只有学校管理员可以查看 API 令牌列表'));
    return em.find(ApiTokenEntity, {}, { populate: ['college'], orderBy: { id: 'desc' }, limit: 1000 });
  }
}
