import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { grantedPrefixes, heldPermissions } from '../access/actor.ts';
import { permissions, type Role } from '../access/permissions.ts';
import { isRootPrefix, requireActor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './auth.repository.ts';
import type { Me } from './auth.schemas.ts';
import { hashPassword, passwordProblems, verifyPassword } from './passwords.ts';
import { sha256 } from './secrets.ts';

/** The signed-in person, their units and roles, and what they may do (for the UI). */
/** Who is signed in, or that nobody is (an answer, not a 401: the sign-in page asks it). */
export async function describeSession(
  db: Kysely<DB>,
  ctx: RequestContext,
  csrfToken: string | null,
): Promise<{ signedIn: boolean; me: Me | null }> {
  if (!ctx.actor) return { signedIn: false, me: null };
  return { signedIn: true, me: await describeMe(db, ctx, csrfToken) };
}

export async function describeMe(db: Kysely<DB>, ctx: RequestContext, csrfToken: string | null): Promise<Me> {
  const actor = requireActor(ctx.actor);
  const [memberships, secrets] = await Promise.all([
    repo.findMembershipDetails(db, actor.personId),
    repo.findPersonSecrets(db, actor.personId),
  ]);
  return {
    person: {
      id: actor.personId,
      displayName: actor.displayName,
      kind: actor.kind,
      username: secrets?.username ?? null,
    },
    memberships: memberships.map((m) => ({
      unitId: Number(m.unit_id),
      unitCode: m.code,
      unitName: m.name_zh,
      unitNameEn: m.name_en,
      role: m.role as Role,
    })),
    permissions: heldPermissions(actor, permissions),
    districtWide: permissions.filter((p) => grantedPrefixes(actor, p).some(isRootPrefix)),
    csrfToken,
    via: actor.via,
  };
}

/** 修改密码: the current password, then a new one that meets the rules; other sessions end. */
export async function changePassword(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: { currentPassword: string; newPassword: string; sessionToken: string | null },
): Promise<void> {
  const actor = requireActor(ctx.actor);
  const person = await repo.findPersonSecrets(db, actor.personId);
  if (!person?.password_hash || !(await verifyPassword(person.password_hash, input.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', {
      message: { zh: '当前密码不正确。', en: 'The current password is wrong.' },
    });
  }
  const problems = passwordProblems(input.newPassword, person.username);
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { details: { problems } });
  const hash = await hashPassword(input.newPassword);
  await withTransaction(db, async (trx) => {
    await repo.updatePasswordHash(trx, actor.personId, hash, ctx.now);
    await repo.deleteOtherSessions(trx, actor.personId, input.sessionToken ? sha256(input.sessionToken) : null);
    await recordAudit(trx, ctx, { action: 'person.password_changed', entityType: 'person', entityId: actor.personId });
  });
}
