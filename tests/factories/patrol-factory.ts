import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import type { UnitRow } from '../../src/modules/units/units.repository.ts';
import { measureGeometry, type ObjectGeometry } from '../../src/modules/patrols/object-geometry.ts';
import * as repo from '../../src/modules/patrols/patrols.repository.ts';
import { testNow } from '../helpers/clock.ts';

/**
 * Responsibility objects, appointments, patrols and findings written through the real repository,
 * for tests that need them in place (the authorization matrix, the privacy walk).
 */

let n = 0;

export const factoryLine: ObjectGeometry = {
  type: 'LineString',
  coordinates: [
    [113.3, 23.1],
    [113.31, 23.105],
  ],
};

export async function makeResponsibilityObject(
  db: Kysely<DB>,
  options: { unit: UnitRow; name?: string; geometry?: ObjectGeometry },
): Promise<number> {
  n += 1;
  const geometry = options.geometry ?? factoryLine;
  const m = measureGeometry(geometry);
  return repo.insertObject(db, {
    kind: 'river_segment',
    name: options.name ?? `测试河段${n}`,
    code: null,
    river_name: '测试河',
    parent_object_id: null,
    geometry,
    range_metres: 10,
    length_metres: m.lengthMetres,
    min_lng: m.minLng,
    min_lat: m.minLat,
    max_lng: m.maxLng,
    max_lat: m.maxLat,
    unit_id: Number(options.unit.id),
    unit_path: options.unit.path,
    public_slug: `f${n}${Math.random().toString(36).slice(2, 10)}`,
    public_phone: null,
    checklist: [{ code: 'dumping', label: '乱堆', categoryId: null }],
    created_by: null,
    updated_at: testNow(),
  });
}

export async function appointToObject(
  db: Kysely<DB>,
  options: { objectId: number; personId: number; level?: string; fromDate?: string; officePhone?: string | null },
): Promise<number> {
  return repo.insertAppointment(db, {
    object_id: options.objectId,
    person_id: options.personId,
    level: options.level ?? 'village',
    from_date: options.fromDate ?? '2026-01-01',
    office_phone: options.officePhone ?? null,
    appointed_by: null,
  });
}

/** A patrol of a person on an object, recording (or judged with the given verdict), with a finding when asked. */
export async function makePatrolRecord(
  db: Kysely<DB>,
  options: {
    objectId: number;
    unit: UnitRow;
    personId: number;
    judged?: 'valid' | 'doubtful' | 'invalid';
    finding?: string;
  },
): Promise<{ patrolId: number; findingId: number | null }> {
  n += 1;
  const now = testNow();
  const patrolId = (await repo.insertPatrol(db, {
    object_id: options.objectId,
    person_id: options.personId,
    level: 'village',
    unit_id: Number(options.unit.id),
    unit_path: options.unit.path,
    client_id: `factory-${n}-${Math.random().toString(36).slice(2, 8)}`,
    started_at: new Date(now.getTime() - 3_600_000),
    updated_at: now,
  }))!;
  if (options.judged)
    await repo.updatePatrol(db, patrolId, 1, {
      status: 'judged',
      ended_at: new Date(now.getTime() - 1_800_000),
      verdict: options.judged,
      reasons: [],
      figures: { durationMinutes: 30 },
      pieces: [],
      judged_at: now,
    });
  const findingId =
    options.finding === undefined
      ? null
      : await repo.insertFinding(db, {
          patrol_id: patrolId,
          object_id: options.objectId,
          unit_id: Number(options.unit.id),
          unit_path: options.unit.path,
          item_code: 'dumping',
          note: options.finding,
          lat: 23.1,
          lng: 113.3,
          photo_ids: [],
          created_by: options.personId,
        });
  return { patrolId, findingId };
}
