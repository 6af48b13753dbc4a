import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { heldPermissions } from '../access/actor.ts';
import type { Permission } from '../access/permissions.ts';
import { can, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { randomToken, sha256 } from '../auth/secrets.ts';
import * as repo from './tokens.repository.ts';

type TokenRow = NonNullable<Awaited<ReturnType<typeof repo.findToken>>>;
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** District-wide token managers see every token; others only their own. */
function managesAll(actor: Actor): boolean {
  return can(actor, 'token.manage', null);
}

function present(actor: Actor, row: TokenRow) {
  const own = Number(row.person_id) === actor.personId;
  return {
    id: Number(row.id),
    name: row.name,
    prefix: row.prefix,
    personId: Number(row.person_id),
    personName: row.display_name,
    scopes: row.scopes,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
    allowedActions: !row.revoked_at && (own || managesAll(actor)) ? (['revoke'] as const).slice() : [],
  };
}

export async function listTokens(db: Kysely<DB>, ctx: RequestContext) {
  const actor = requireHolds(ctx.actor, 'token.manage');
  const rows = await repo.listTokens(db, managesAll(actor) ? {} : { personId: actor.personId });
  return rows.map((row) => present(actor, row));
}

/** Issues a token acting as the caller, limited to scopes the caller holds. The secret is shown once. */
export async function issueToken(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: { name: string; scopes: Permission[]; expiresInDays?: number | undefined },
) {
  const actor = requireHolds(ctx.actor, 'token.manage');
  if (actor.via === 'token')
    throw new AppError('FORBIDDEN', {
      message: { zh: '接口令牌不能再签发令牌。', en: 'A token cannot issue tokens.' },
    });
  const held = heldPermissions(actor, input.scopes);
  const missing = input.scopes.filter((s) => !held.includes(s));
  if (missing.length > 0) throw new AppError('FORBIDDEN', { details: { scopesNotHeld: missing } });
  const prefix = randomToken(6).slice(0, 8);
  const token = `ls_${prefix}_${randomToken(32)}`;
  const expiresAt = input.expiresInDays ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000) : null;
  const id = await withTransaction(db, async (trx) => {
    const tokenId = await repo.insertToken(trx, {
      person_id: actor.personId,
      name: input.name,
      prefix: `ls_${prefix}`,
      token_hash: sha256(token),
      scopes: input.scopes,
      created_by: actor.personId,
      expires_at: expiresAt,
    });
    await recordAudit(trx, ctx, {
      action: 'token.issue',
      entityType: 'api_token',
      entityId: tokenId,
      after: { name: input.name, scopes: input.scopes, expiresAt: iso(expiresAt) },
    });
    return tokenId;
  });
  const row = await repo.findToken(db, id);
  if (!row) throw new AppError('INTERNAL');
  return { token, apiToken: present(actor, row) };
}

export async function revokeToken(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<void> {
  const actor = requireHolds(ctx.actor, 'token.manage');
  await withTransaction(db, async (trx) => {
    const row = await repo.findToken(trx, id);
    if (!row || (Number(row.person_id) !== actor.personId && !managesAll(actor))) throw new AppError('NOT_FOUND');
    if (row.revoked_at) return;
    await repo.revokeToken(trx, id, ctx.now);
    await recordAudit(trx, ctx, { action: 'token.revoke', entityType: 'api_token', entityId: id });
  });
}
