import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { Actor } from '../../src/modules/access/actor.ts';
import type { Role } from '../../src/modules/access/permissions.ts';
import { loadActor } from '../../src/modules/auth/load-actor.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { insertUnit, findUnit, type UnitRow } from '../../src/modules/units/units.repository.ts';
import { insertPerson, replaceMemberships } from '../../src/modules/people/people.repository.ts';
import { testNow } from './clock.ts';

let sequence = 0;
const next = () => ++sequence;

export const defaultPassword = 'Factory2026pass';
let defaultHash: Promise<string> | undefined;

/** A unit under `parent` (or a new root), with overridable fields. */
export async function makeUnit(
  db: Kysely<DB>,
  overrides: { code?: string; nameZh?: string; nameEn?: string | null; type?: string; parent?: UnitRow | null } = {},
): Promise<UnitRow> {
  const n = next();
  const parent = overrides.parent ?? null;
  return insertUnit(
    db,
    {
      code: overrides.code ?? `U${n}-${Math.random().toString(36).slice(2, 6)}`,
      name_zh: overrides.nameZh ?? `测试单位${n}`,
      name_en: overrides.nameEn ?? `Test unit ${n}`,
      type: overrides.type ?? (parent ? 'township' : 'district'),
      parent_id: parent ? Number(parent.id) : null,
    },
    parent,
    testNow(),
  );
}

export async function reloadUnit(db: Kysely<DB>, unit: UnitRow): Promise<UnitRow> {
  const row = await findUnit(db, Number(unit.id));
  if (!row) throw new Error(`unit ${unit.id} is gone`);
  return row;
}

export interface MadePerson {
  id: number;
  username: string;
  password: string;
  mobile: string | null;
}

/** A person (staff unless told otherwise) holding the given roles in the given units. */
export async function makePerson(
  db: Kysely<DB>,
  overrides: {
    username?: string;
    displayName?: string;
    kind?: 'staff' | 'citizen';
    mobile?: string | null;
    password?: string;
    memberships?: { unit: UnitRow; role: Role }[];
  } = {},
): Promise<MadePerson> {
  const n = next();
  const password = overrides.password ?? defaultPassword;
  const passwordHash =
    password === defaultPassword ? await (defaultHash ??= hashPassword(defaultPassword)) : await hashPassword(password);
  const username = overrides.username ?? `user${n}x${Math.random().toString(36).slice(2, 6)}`;
  const mobile = overrides.mobile === undefined ? null : overrides.mobile;
  const id = await insertPerson(
    db,
    {
      username,
      display_name: overrides.displayName ?? `测试人员${n}`,
      mobile,
      kind: overrides.kind ?? 'staff',
      password_hash: passwordHash,
    },
    testNow(),
  );
  await replaceMemberships(
    db,
    id,
    (overrides.memberships ?? []).map((m) => ({ unitId: Number(m.unit.id), role: m.role })),
  );
  return { id, username, password, mobile };
}

export function actorOf(db: Kysely<DB>, person: MadePerson): Promise<Actor> {
  return loadActor(db, person.id);
}

/** A small tree: a district with two townships, each with a village, plus a department. */
export async function makeTree(db: Kysely<DB>) {
  const district = await makeUnit(db, { type: 'district', nameZh: '测试区' });
  const townA = await makeUnit(db, { parent: district, type: 'township', nameZh: '甲镇' });
  const townB = await makeUnit(db, { parent: district, type: 'township', nameZh: '乙镇' });
  const villageA = await makeUnit(db, { parent: townA, type: 'village', nameZh: '甲村' });
  const villageB = await makeUnit(db, { parent: townB, type: 'village', nameZh: '乙村' });
  const department = await makeUnit(db, { parent: district, type: 'department', nameZh: '区水务局' });
  return { district, townA, townB, villageA, villageB, department };
}
