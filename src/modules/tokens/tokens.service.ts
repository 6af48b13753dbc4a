import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { grantedPrefixes, heldPermissions } from '../access/actor.ts';
import { type Permission, permissions, roleGrants } from '../access/permissions.ts';
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

/** A token the actor holds, or issued for an outside system. */
function ownedBy(actor: Actor, row: TokenRow): boolean {
  return Number(row.person_id) === actor.personId || Number(row.created_by) === actor.personId;
}

function present(actor: Actor, row: TokenRow) {
  const own = ownedBy(actor, row);
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

/** The scopes a token for an outside system may carry: what the integration role grants. */
export const integrationScopes: readonly Permission[] = [
  ...roleGrants.integration.subtree,
  ...roleGrants.integration.district,
];

/** A token may carry only scopes its person holds; refused with the list of those it may carry. */
function requireScopes(asked: Permission[], allowed: readonly Permission[], forIntegration: boolean): void {
  const refused = asked.filter((s) => !allowed.includes(s));
  if (refused.length === 0) return;
  const list = allowed.join(', ') || '—';
  throw new AppError('FORBIDDEN', {
    message: forIntegration
      ? {
          zh: `对接系统的令牌只能包含以下权限：${list}。不可包含：${refused.join(', ')}。`,
          en: `A token for an outside system may carry only: ${list}. Not allowed: ${refused.join(', ')}.`,
        }
      : {
          zh: `令牌只能包含您本人持有的权限：${list}。您未持有：${refused.join(', ')}。如需为对接系统签发登记诉求（case.create）的令牌，请选择“为对接系统签发”。`,
          en: `A token may carry only permissions you hold: ${list}. You do not hold: ${refused.join(', ')}. To give an outside system a token that registers cases (case.create), issue it for an integration.`,
        },
    details: { scopesNotHeld: refused, allowedScopes: [...allowed] },
  });
}

/**
 * Issues a token, its secret shown once. Without `integration` it acts as the caller, limited to
 * scopes the caller holds. With `integration` (an outside system's name) it acts for a new service
 * account of that name, made in the same transaction with the integration role over the caller's
 * own token.manage unit (so an administrator of the district issues an Open311 key without holding
 * case.create), limited to the scopes that role grants.
 */
export async function issueToken(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: { name: string; scopes: Permission[]; expiresInDays?: number | undefined; integration?: string | undefined },
) {
  const actor = requireHolds(ctx.actor, 'token.manage');
  if (actor.via === 'token')
    throw new AppError('FORBIDDEN', {
      message: { zh: '接口令牌不能再签发令牌。', en: 'A token cannot issue tokens.' },
    });
  const integration = input.integration?.trim();
  if (input.integration !== undefined && !integration)
    throw new AppError('VALIDATION_FAILED', {
      message: { zh: '请填写对接系统的名称。', en: 'Name the outside system.' },
      details: { field: 'integration' },
    });
  if (integration) requireScopes(input.scopes, integrationScopes, true);
  else requireScopes(input.scopes, heldPermissions(actor, permissions), false);
  // The unit the integration's membership is at: the widest over which the caller manages tokens.
  const managedPrefix = grantedPrefixes(actor, 'token.manage')[0];
  const unitId = managedPrefix ? Number(managedPrefix.split('/').at(-2)) : NaN;
  const prefix = randomToken(6).slice(0, 8);
  const token = `ls_${prefix}_${randomToken(32)}`;
  const expiresAt = input.expiresInDays ? new Date(ctx.now.getTime() + input.expiresInDays * 86_400_000) : null;
  const id = await withTransaction(db, async (trx) => {
    let holderId = actor.personId;
    if (integration) {
      if (!Number.isSafeInteger(unitId)) throw new AppError('INTERNAL');
      holderId = await repo.insertServiceAccount(
        trx,
        { username: `integration.${prefix}`, displayName: integration, unitId, role: 'integration' },
        ctx.now,
      );
      await recordAudit(trx, ctx, {
        action: 'person.create',
        entityType: 'person',
        entityId: holderId,
        after: {
          displayName: integration,
          kind: 'staff',
          serviceAccount: true,
          memberships: [{ unitId, role: 'integration' }],
        },
      });
    }
    const tokenId = await repo.insertToken(trx, {
      person_id: holderId,
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
      after: {
        name: input.name,
        scopes: input.scopes,
        expiresAt: iso(expiresAt),
        ...(integration ? { integration, personId: holderId } : {}),
      },
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
    if (!row || (!ownedBy(actor, row) && !managesAll(actor))) throw new AppError('NOT_FOUND');
    if (row.revoked_at) return;
    await repo.revokeToken(trx, id, ctx.now);
    await recordAudit(trx, ctx, { action: 'token.revoke', entityType: 'api_token', entityId: id });
  });
}
