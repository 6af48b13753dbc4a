import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { systemContext } from '../access/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findMeta, upsertMeta } from '../system/system.repository.ts';
import { buildDemoDistrict, type DemoPerson } from './demo-district.ts';
import * as repo from './demo.repository.ts';

export interface DemoLogin {
  role: string;
  username: string;
  password: string;
  displayName: string;
}

export interface DemoOutcome {
  loadedNow: boolean;
  logins: DemoLogin[];
}

/** Every demo account shares this password; it is printed at start and shown on the sign-in page. */
export const demoPassword = 'luoshi2026';

function loginRole(person: DemoPerson): string {
  const first = person.memberships[0];
  if (!first) return 'citizen';
  return person.username === 'discipline' ? 'supervisor (discipline commission)' : first.role;
}

/**
 * Loads the demo district (澄川区: its units, people and one login per role) into an empty
 * installation, once. A database that already has units is left alone.
 */
export async function loadDemoIfEmpty(db: Kysely<DB>, now: Date = new Date()): Promise<DemoOutcome> {
  const stored = await findMeta(db, 'demo_logins');
  if ((await findMeta(db, 'demo_loaded_at')) !== undefined)
    return { loadedNow: false, logins: Array.isArray(stored) ? (stored as DemoLogin[]) : [] };
  if ((await repo.countUnits(db)) > 0) return { loadedNow: false, logins: [] };

  const district = buildDemoDistrict();
  const passwordHash = await hashPassword(demoPassword);
  const logins = await withTransaction(db, async (trx) => {
    const unitIds = new Map<string, number>();
    const depthOf = new Map<string, number>();
    const pending = [...district.units];
    while (pending.length > 0) {
      const ready = pending.filter((u) => u.parentCode === null || unitIds.has(u.parentCode));
      if (ready.length === 0) throw new Error('demo units refer to missing parents');
      const level = ready.map((u, index) => {
        const depth = u.parentCode === null ? 0 : (depthOf.get(u.parentCode) ?? 0) + 1;
        depthOf.set(u.code, depth);
        return {
          code: u.code,
          name_zh: u.nameZh,
          name_en: u.nameEn,
          type: u.type,
          parent_id: u.parentCode === null ? null : (unitIds.get(u.parentCode) ?? null),
          depth,
          sort_order: index,
        };
      });
      for (const [code, id] of await repo.insertUnitLevel(trx, level, now)) unitIds.set(code, id);
      for (const u of ready) pending.splice(pending.indexOf(u), 1);
    }
    const personIds = await repo.insertPeople(
      trx,
      district.people.map((p) => ({
        username: p.username,
        display_name: p.displayName,
        mobile: p.mobile,
        kind: p.memberships.length === 0 ? 'citizen' : 'staff',
        password_hash: passwordHash,
      })),
      now,
    );
    await repo.insertMemberships(
      trx,
      district.people.flatMap((p) =>
        p.memberships.map((m) => ({
          person_id: personIds.get(p.username) ?? 0,
          unit_id: unitIds.get(m.unitCode) ?? 0,
          role: m.role,
        })),
      ),
    );
    const demoLogins = district.people
      .filter((p) => p.demoLogin)
      .map((p) => ({ role: loginRole(p), username: p.username, password: demoPassword, displayName: p.displayName }));
    await upsertMeta(trx, 'demo_logins', demoLogins);
    await upsertMeta(trx, 'demo_loaded_at', now.toISOString());
    await recordAudit(trx, systemContext('system:demo', now), {
      action: 'demo.load',
      entityType: 'system',
      after: { units: district.units.length, people: district.people.length },
    });
    return demoLogins;
  });
  return { loadedNow: true, logins };
}
