import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { maskName, maskPhone } from '../access/masking.ts';
import { can, requireHolds, requireOn } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { clearSignInLocks, deleteKnownDevicesOf, deleteSessionsOf } from '../auth/auth.repository.ts';
import { hashPassword, passwordProblems } from '../auth/passwords.ts';
import * as repo from './people.repository.ts';
import type { CreatePersonBody, MembershipInput, Person, PersonListQuery, UpdatePersonBody } from './people.schemas.ts';
import { allowedPersonActions, canManagePerson, canSeePersonalData } from './person-policy.ts';

function present(
  actor: Actor,
  row: repo.PersonRow,
  memberships: repo.MembershipRow[],
  now: Date,
  reveal: boolean,
): Person {
  const paths = memberships.map((m) => m.path);
  const masked = row.kind === 'citizen' && !(reveal && canSeePersonalData(actor, paths));
  return {
    id: Number(row.id),
    username: row.username,
    displayName: masked ? maskName(row.display_name) : row.display_name,
    mobile: row.mobile === null ? null : masked ? maskPhone(row.mobile) : row.mobile,
    kind: row.kind,
    active: row.active,
    locked: row.locked_until !== null && new Date(row.locked_until) > now,
    masked,
    version: row.version,
    memberships: memberships.map((m) => ({
      unitId: m.unit_id,
      unitCode: m.code,
      unitName: m.name_zh,
      unitNameEn: m.name_en,
      role: m.role as Person['memberships'][number]['role'],
    })),
    allowedActions: allowedPersonActions(actor, row, paths, now),
  };
}

function byPerson(memberships: repo.MembershipRow[]): Map<number, repo.MembershipRow[]> {
  const map = new Map<number, repo.MembershipRow[]>();
  for (const m of memberships) map.set(m.person_id, [...(map.get(m.person_id) ?? []), m]);
  return map;
}

/** Lists always mask citizens' personal data; reading one person with reveal=true unmasks it, audited. */
export async function listPeople(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: PersonListQuery,
): Promise<{ items: Person[]; total: number }> {
  const actor = requireHolds(ctx.actor, 'person.read');
  let unitPath: string | undefined;
  if (query.unitId !== undefined) {
    const paths = await repo.findUnitPaths(db, [query.unitId]);
    unitPath = paths.get(query.unitId)?.path;
    if (!unitPath) return { items: [], total: 0 };
  }
  const { rows, total } = await repo.listPeopleInScope(db, actor, {
    ...query,
    // A search by a citizen's name or mobile would tell who they are even with the answer masked.
    qMatchesCitizens: can(actor, 'pii.read', null),
    unitPath,
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  const memberships = byPerson(
    await repo.findMembershipsOf(
      db,
      rows.map((r) => Number(r.id)),
    ),
  );
  return {
    items: rows.map((row) => present(actor, row, memberships.get(Number(row.id)) ?? [], ctx.now, false)),
    total,
  };
}

export async function getPerson(db: Kysely<DB>, ctx: RequestContext, id: number, reveal: boolean): Promise<Person> {
  const actor = requireHolds(ctx.actor, 'person.read');
  const row = await repo.findPersonInScope(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  const memberships = await repo.findMembershipsOf(db, [id]);
  const person = present(actor, row, memberships, ctx.now, reveal);
  if (reveal && row.kind === 'citizen') {
    if (person.masked) throw new AppError('FORBIDDEN');
    await recordAudit(db, ctx, { action: 'pii.read', entityType: 'person', entityId: id });
  }
  return person;
}

/** Checks every wanted membership: the unit exists, is active, and the actor manages it. */
async function checkMemberships(db: Kysely<DB>, actor: Actor, wanted: MembershipInput[]): Promise<MembershipInput[]> {
  const unique = [...new Map(wanted.map((m) => [`${m.unitId}:${m.role}`, m])).values()];
  const paths = await repo.findUnitPaths(
    db,
    unique.map((m) => m.unitId),
  );
  for (const m of unique) {
    const unit = paths.get(m.unitId);
    // A unit the actor cannot see is reported exactly like one that does not exist.
    if (!unit || !unit.active || !can(actor, 'unit.read', unit.path)) {
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/memberships', message: `unit ${m.unitId} does not exist or is inactive` }],
      });
    }
    requireOn(actor, 'person.manage', unit.path);
    if (m.role === 'citizen')
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/memberships', message: 'citizen is not a staff role' }],
      });
  }
  return unique;
}

function weakPassword(password: string, username: string | null): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) throw new AppError('PASSWORD_TOO_WEAK', { details: { problems } });
}

export async function createPerson(db: Kysely<DB>, ctx: RequestContext, input: CreatePersonBody): Promise<Person> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  weakPassword(input.password, input.username);
  if (input.memberships.length === 0) requireOn(actor, 'person.manage', null);
  const passwordHash = await hashPassword(input.password);
  const id = await withTransaction(db, async (trx) => {
    const memberships = await checkMemberships(trx, actor, input.memberships);
    if (await repo.usernameExists(trx, input.username)) throw new AppError('USERNAME_TAKEN');
    if (input.mobile && (await repo.mobileExists(trx, input.mobile))) throw new AppError('MOBILE_TAKEN');
    const personId = await repo.insertPerson(
      trx,
      {
        username: input.username,
        display_name: input.displayName.trim(),
        mobile: input.mobile ?? null,
        kind: 'staff',
        password_hash: passwordHash,
      },
      ctx.now,
    );
    await repo.replaceMemberships(trx, personId, memberships);
    await recordAudit(trx, ctx, {
      action: 'person.create',
      entityType: 'person',
      entityId: personId,
      after: { username: input.username, displayName: input.displayName, memberships },
    });
    return personId;
  });
  return getPerson(db, ctx, id, false);
}

/** Loads a person for a change: unreadable → NOT_FOUND; readable but not all theirs → FORBIDDEN. */
async function loadForChange(trx: Kysely<DB>, actor: Actor, id: number, version: number | null) {
  const row = await repo.findPersonInScope(trx, actor, id, { forUpdate: true });
  if (!row) throw new AppError('NOT_FOUND');
  const memberships = await repo.findMembershipsOf(trx, [id]);
  if (
    !canManagePerson(
      actor,
      memberships.map((m) => m.path),
    )
  )
    throw new AppError('FORBIDDEN');
  checkVersion(version, row.version);
  return { row, memberships };
}

export async function updatePerson(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: UpdatePersonBody,
): Promise<Person> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  await withTransaction(db, async (trx) => {
    const { row } = await loadForChange(trx, actor, id, input.version);
    if (input.active === false && id === actor.personId)
      throw new AppError('CONFLICT', {
        message: { zh: '不能停用自己的账号。', en: 'You cannot disable your own account.' },
      });
    if (input.mobile && input.mobile !== row.mobile && (await repo.mobileExists(trx, input.mobile, id)))
      throw new AppError('MOBILE_TAKEN');
    const fields = {
      ...(input.displayName !== undefined ? { display_name: input.displayName.trim() } : {}),
      ...(input.mobile !== undefined ? { mobile: input.mobile } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    updatedOrConflict(await repo.updatePersonFields(trx, id, input.version, fields, ctx.now));
    if (input.active === false) await deleteSessionsOf(trx, id);
    await recordAudit(trx, ctx, {
      action:
        input.active === false
          ? 'person.deactivate'
          : input.active === true && !row.active
            ? 'person.activate'
            : 'person.update',
      entityType: 'person',
      entityId: id,
      before: { displayName: row.display_name, mobile: row.mobile, active: row.active },
      after: {
        displayName: fields.display_name ?? row.display_name,
        mobile: fields.mobile === undefined ? row.mobile : fields.mobile,
        active: fields.active ?? row.active,
      },
    });
  });
  return getPerson(db, ctx, id, false);
}

/** 分配角色: replaces a staff member's units and roles. Both the old and the new must be yours. */
export async function setMemberships(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: { version: number; memberships: MembershipInput[] },
): Promise<Person> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  await withTransaction(db, async (trx) => {
    const { row, memberships: before } = await loadForChange(trx, actor, id, input.version);
    if (row.kind !== 'staff')
      throw new AppError('CONFLICT', {
        message: { zh: '群众账号不能分配岗位角色。', en: 'Citizens cannot hold staff roles.' },
      });
    const wanted = await checkMemberships(trx, actor, input.memberships);
    await repo.replaceMemberships(trx, id, wanted);
    updatedOrConflict(await repo.updatePersonFields(trx, id, input.version, {}, ctx.now));
    await recordAudit(trx, ctx, {
      action: 'person.roles',
      entityType: 'person',
      entityId: id,
      before: before.map((m) => ({ unitId: m.unit_id, role: m.role })),
      after: wanted,
    });
  });
  return getPerson(db, ctx, id, false);
}

export async function resetPassword(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  newPassword: string,
): Promise<void> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  const target = await repo.findPersonInScope(db, actor, id);
  if (!target) throw new AppError('NOT_FOUND');
  weakPassword(newPassword, target.username);
  const hash = await hashPassword(newPassword);
  await withTransaction(db, async (trx) => {
    const { row } = await loadForChange(trx, actor, id, null);
    if (row.kind !== 'staff') throw new AppError('CONFLICT');
    await repo.updatePersonFields(
      trx,
      id,
      row.version,
      { password_hash: hash, password_changed_at: ctx.now, failed_logins: 0, locked_until: null },
      ctx.now,
    );
    await deleteSessionsOf(trx, id);
    // A reset password is a fresh start: no lock remains, and no browser stays known.
    await clearSignInLocks(trx, id);
    await deleteKnownDevicesOf(trx, id);
    await recordAudit(trx, ctx, { action: 'person.password_reset', entityType: 'person', entityId: id });
  });
}

export async function unlockPerson(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Person> {
  const actor = requireHolds(ctx.actor, 'person.manage');
  await withTransaction(db, async (trx) => {
    const { row } = await loadForChange(trx, actor, id, null);
    await repo.updatePersonFields(trx, id, row.version, { failed_logins: 0, locked_until: null }, ctx.now);
    await clearSignInLocks(trx, id);
    await recordAudit(trx, ctx, { action: 'person.unlock', entityType: 'person', entityId: id });
  });
  return getPerson(db, ctx, id, false);
}
