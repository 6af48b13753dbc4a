import { along, length, lineString } from '@turf/turf';
import { makePatrol } from './patrol-track-maker.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNow } from '../../../tests/helpers/clock.ts';
import { createCaseWorld, type CaseWorld } from '../../../tests/helpers/case-world.ts';
import { makePerson, defaultPassword } from '../../../tests/helpers/factories.ts';
import { type HttpSession, signInAs } from '../../../tests/helpers/http-session.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { testDistrictUnits } from '../../../tests/factories/district-factory.ts';
import { png } from '../../../tests/access/matrix-world.ts';

/** A river segment of about 2.5 km (WGS-84, [lng, lat]) and one in the other township. */
const segmentLine = [
  [113.3, 23.1],
  [113.31, 23.105],
  [113.322, 23.108],
] as [number, number][];
const otherLine = [
  [113.5, 23.2],
  [113.51, 23.21],
] as [number, number][];

const line = () => lineString(segmentLine).geometry;

/** A walk along the line at 1.25 m/s, one fix a second, ending `endsBeforeMs` before now. */
function walk(count: number, endsBeforeMs = 5 * 60_000) {
  const line = lineString(segmentLine);
  const total = length(line, { units: 'metres' });
  const end = testNow().getTime() - endsBeforeMs;
  return Array.from({ length: count }, (_, i) => {
    const [lng, lat] = along(line, Math.min(total, i * 1.25), { units: 'metres' }).geometry.coordinates as [
      number,
      number,
    ];
    return { t: end - (count - 1 - i) * 1000, lat, lng, accuracy: 8 };
  });
}

describeEachDatabase('patrols: objects, appointments, recording and judging', (ctx) => {
  let world: CaseWorld;
  let office: HttpSession;
  let chief: HttpSession;
  let chiefId: number;
  let otherChiefId: number;
  let villageId: number;
  let otherVillageId: number;
  let objectId: number;
  let otherObjectId: number;
  let slug: string;

  const call = async (session: HttpSession | null, method: string, url: string, payload?: unknown) => {
    const res = await world.app.inject({
      method: method as 'GET',
      url: `/api/v1${url}`,
      headers: session ? session.headers() : {},
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };
  const pointRows = async (patrolId: number) =>
    Number(
      (
        await world.db
          .selectFrom('patrol_point')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('patrol_id', '=', patrolId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    const district = await world.db.selectFrom('unit').selectAll().where('code', '=', 'D01').executeTakeFirstOrThrow();
    const village = await world.db
      .selectFrom('unit')
      .selectAll()
      .where('code', '=', testDistrictUnits.village.code)
      .executeTakeFirstOrThrow();
    const otherVillage = await world.db
      .selectFrom('unit')
      .selectAll()
      .where('code', '=', testDistrictUnits.otherVillage.code)
      .executeTakeFirstOrThrow();
    villageId = Number(village.id);
    otherVillageId = Number(otherVillage.id);
    await makePerson(world.db, {
      username: 'river.office',
      displayName: '河长办',
      memberships: [{ unit: district, role: 'river_office' }],
    });
    const madeChief = await makePerson(world.db, {
      username: 'village.chief',
      displayName: '石守川',
      mobile: '13812345678',
      memberships: [{ unit: village, role: 'unit_lead' }],
    });
    chiefId = madeChief.id;
    otherChiefId = (
      await makePerson(world.db, {
        username: 'other.chief',
        displayName: '枫长河',
        memberships: [{ unit: otherVillage, role: 'unit_lead' }],
      })
    ).id;
    office = await signInAs(world.app, 'river.office', defaultPassword);
    chief = await signInAs(world.app, 'village.chief', defaultPassword);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  describe('responsibility objects and appointments', () => {
    it('draws segments with a measured length and refuses broken geometry with the path of each problem', async () => {
      const made = await call(office, 'POST', '/responsibility-objects', {
        kind: 'river_segment',
        name: '石桥河石桥村段',
        riverName: '石桥河',
        geometry: { type: 'LineString', coordinates: segmentLine },
        rangeMetres: 10,
        unitId: villageId,
        publicPhone: '0351-1234567',
      });
      expect(made.status).toBe(201);
      expect(made.body.lengthMetres).toBeGreaterThan(2000);
      expect(made.body.lengthMetres).toBeLessThan(3000);
      expect(made.body.checklist.map((i: { label: string }) => i.label)).toEqual(['乱占', '乱采', '乱堆', '乱建']);
      expect(made.body.allowedActions).toEqual(['update', 'appoint', 'retire']);
      objectId = made.body.id;
      slug = made.body.publicSlug;
      const other = await call(office, 'POST', '/responsibility-objects', {
        kind: 'river_segment',
        name: '枫溪枫树村段',
        geometry: { type: 'LineString', coordinates: otherLine },
        unitId: otherVillageId,
      });
      expect(other.status).toBe(201);
      otherObjectId = other.body.id;

      const open = await call(office, 'POST', '/responsibility-objects', {
        kind: 'lake',
        name: '未闭合',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [113.3, 23.1],
              [113.31, 23.1],
              [113.31, 23.11],
              [113.3, 23.11],
            ],
          ],
        },
        unitId: villageId,
      });
      expect(open.status).toBe(400);
      expect(open.body.error.details[0].path).toBe('/geometry/coordinates/0');
      const abroad = await call(office, 'POST', '/responsibility-objects', {
        kind: 'river_segment',
        name: '境外',
        geometry: {
          type: 'LineString',
          coordinates: [
            [2.35, 48.85],
            [2.36, 48.86],
          ],
        },
        unitId: villageId,
      });
      expect(abroad.status).toBe(400);
      expect(abroad.body.error.details[0].message).toContain('outside China');
      expect(
        await call(chief, 'POST', '/responsibility-objects', {
          kind: 'street',
          name: 'x',
          geometry: { type: 'LineString', coordinates: segmentLine },
          unitId: villageId,
        }),
      ).toMatchObject({ status: 403 });
    });

    it('keeps the appointment history: who was chief of the segment on a given day', async () => {
      const first = await call(office, 'POST', `/responsibility-objects/${objectId}/appointments`, {
        personId: otherChiefId,
        level: 'village',
        fromDate: '2026-01-01',
      });
      expect(first.status).toBe(201);
      const second = await call(office, 'POST', `/responsibility-objects/${objectId}/appointments`, {
        personId: chiefId,
        level: 'village',
        fromDate: '2026-06-01',
        officePhone: '13912345678',
      });
      expect(second.status).toBe(201);
      const on = async (date: string) =>
        (await call(office, 'GET', `/responsibility-objects/${objectId}/appointments?on=${date}`)).body.items.map(
          (a: { personId: number }) => a.personId,
        );
      expect(await on('2025-12-31')).toEqual([]);
      expect(await on('2026-03-01')).toEqual([otherChiefId]);
      expect(await on('2026-05-31')).toEqual([otherChiefId]);
      expect(await on('2026-06-01')).toEqual([chiefId]);
      const history = (await call(office, 'GET', `/responsibility-objects/${objectId}/appointments`)).body.items;
      expect(history).toMatchObject([
        { personId: otherChiefId, fromDate: '2026-01-01', toDate: '2026-06-01' },
        { personId: chiefId, fromDate: '2026-06-01', toDate: null },
      ]);
      expect(
        (
          await call(office, 'POST', `/responsibility-objects/${otherObjectId}/appointments`, {
            personId: otherChiefId,
            level: 'village',
            fromDate: '2026-01-01',
          })
        ).status,
      ).toBe(201);
    });

    it('shows a village chief their objects only, the river office all (scope inside the query)', async () => {
      const mine = (await call(chief, 'GET', '/responsibility-objects')).body.items.map((o: { id: number }) => o.id);
      expect(mine).toContain(objectId);
      expect(mine).not.toContain(otherObjectId);
      const all = (await call(office, 'GET', '/responsibility-objects')).body.items.map((o: { id: number }) => o.id);
      expect(all).toEqual(expect.arrayContaining([objectId, otherObjectId]));
      expect((await call(chief, 'GET', `/responsibility-objects/${otherObjectId}`)).status).toBe(404);
      const seen = await call(chief, 'GET', `/responsibility-objects/${objectId}`);
      expect(seen.body.allowedActions).toEqual(['patrol']);
      expect((await call(null, 'GET', '/responsibility-objects')).status).toBe(401);
    });

    it('lists my due patrols with the duty of my level', async () => {
      const due = await call(chief, 'GET', '/patrols/due');
      expect(due.status).toBe(200);
      expect(due.body.items).toHaveLength(1);
      expect(due.body.items[0]).toMatchObject({
        object: { id: objectId },
        level: 'village',
        rule: { period: 'week', times: 1, source: 'default' },
        current: { state: 'due', done: 0, required: 1 },
        nextDueDate: '2026-11-29',
      });
    });
  });

  describe('a patrol through the API', () => {
    let patrolId: number;
    let photoId: number;

    it('starts idempotently, takes points in batches (a re-sent batch stores nothing), stops and is judged', async () => {
      const start = await call(chief, 'POST', '/patrols', { objectId, clientId: 'phone-0001-a' });
      expect(start.status).toBe(201);
      patrolId = start.body.id;
      const again = await call(chief, 'POST', '/patrols', { objectId, clientId: 'phone-0001-a' });
      expect(again).toMatchObject({ status: 200, body: { id: patrolId } });
      expect(
        (await call(chief, 'POST', '/patrols', { objectId: otherObjectId, clientId: 'phone-0001-b' })).status,
      ).toBe(404);

      // A real walk: a scripted one (my own walk() helper, every step alike) would be judged too regular.
      const { points } = makePatrol(line(), 'walk', { seed: 7, start: testNow().getTime() - 40 * 60_000 });
      const half = Math.floor(points.length / 2);
      const first = await call(chief, 'PUT', `/patrols/${patrolId}/points`, {
        fromSeq: 0,
        points: points.slice(0, half),
      });
      expect(first).toMatchObject({ status: 200, body: { pointCount: half, stored: half } });
      const second = await call(chief, 'PUT', `/patrols/${patrolId}/points`, {
        fromSeq: half,
        points: points.slice(half),
      });
      expect(second).toMatchObject({ status: 200, body: { pointCount: points.length, stored: points.length - half } });
      const resent = await call(chief, 'PUT', `/patrols/${patrolId}/points`, {
        fromSeq: half,
        points: points.slice(half),
      });
      expect(resent).toMatchObject({ status: 200, body: { pointCount: points.length, stored: 0 } });
      const gap = await call(chief, 'PUT', `/patrols/${patrolId}/points`, {
        fromSeq: points.length + 5,
        points: walk(3, 60_000),
      });
      expect(gap).toMatchObject({ status: 409, body: { error: { code: 'PATROL_POINTS_GAP' } } });
      expect(await pointRows(patrolId)).toBe(points.length);

      const upload = await world.app.inject({
        method: 'POST',
        url: '/api/v1/attachments?name=dump.png',
        payload: png,
        headers: { ...chief.headers(), 'content-type': 'image/png' },
      });
      expect(upload.statusCode).toBe(201);
      photoId = upload.json().id;
      const at = points[100]!;
      const photo = await call(chief, 'POST', `/patrols/${patrolId}/photos`, {
        attachment: upload.json().token,
        t: at.t,
        lat: at.lat,
        lng: at.lng,
      });
      expect(photo.status).toBe(200);
      expect(photo.body.photos).toMatchObject([{ attachmentId: photoId, t: at.t }]);
      const reused = await call(chief, 'POST', `/patrols/${patrolId}/photos`, {
        attachment: upload.json().token,
        t: at.t,
      });
      expect(reused.status).toBe(400);
      const finding = await call(chief, 'POST', `/patrols/${patrolId}/findings`, {
        itemCode: 'dumping',
        note: '河岸堆放建筑垃圾约20方',
        lat: at.lat,
        lng: at.lng,
        photoIds: [photoId],
      });
      expect(finding.status).toBe(200);
      const unknownItem = await call(chief, 'POST', `/patrols/${patrolId}/findings`, { itemCode: 'no-such-item' });
      expect(unknownItem.status).toBe(400);

      const stopped = await call(chief, 'POST', `/patrols/${patrolId}/stop`, {});
      expect(stopped.status).toBe(200);
      expect(stopped.body.status).toBe('judged');
      expect(stopped.body.verdict, JSON.stringify(stopped.body.reasons)).toBe('valid');
      expect(stopped.body.figures.keptPoints).toBeGreaterThan(points.length * 0.9);
      expect(stopped.body.figures.distanceMetres).toBeGreaterThan(1000);
      expect(stopped.body.pieces).toHaveLength(1);
      expect(stopped.body.allowedActions).toEqual([]);
      expect(
        (await call(chief, 'PUT', `/patrols/${patrolId}/points`, { fromSeq: 2000, points: walk(2, 1000) })).body.error
          .code,
      ).toBe('PATROL_NOT_RECORDING');
    });

    it('makes the finding a case through the ordinary intake, channel patrol', async () => {
      const patrol = (await call(chief, 'GET', `/patrols/${patrolId}`)).body;
      const finding = patrol.findings[0];
      expect(finding.caseId).not.toBeNull();
      const made = await world.db
        .selectFrom('case_record')
        .select(['channel', 'place_unit_id', 'category_id', 'description'])
        .where('id', '=', finding.caseId)
        .executeTakeFirstOrThrow();
      expect(made.channel).toBe('patrol');
      expect(Number(made.place_unit_id)).toBe(villageId);
      expect(made.category_id).not.toBeNull();
      expect(made.description).toContain('乱堆');
      const linked = await world.db
        .selectFrom('attachment')
        .select('case_id')
        .where('id', '=', photoId)
        .executeTakeFirstOrThrow();
      expect(Number(linked.case_id)).toBe(finding.caseId);
      const again = await call(chief, 'POST', `/patrol-findings/${finding.id}/case`);
      expect(again.body.caseId).toBe(finding.caseId);
      expect((await call(chief, 'POST', `/patrol-findings/${finding.id}/sign-off`, {})).body.error.code).toBe(
        'PATROL_FINDING_OPEN',
      );
      const object = (await call(office, 'GET', `/responsibility-objects/${objectId}`)).body;
      expect(object.openFindings).toBe(1);
    });

    it('lets the river office confirm or overrule with a note; a stale version is 409', async () => {
      const patrol = (await call(office, 'GET', `/patrols/${patrolId}`)).body;
      expect(patrol.allowedActions).toEqual(['review']);
      expect(
        (
          await call(chief, 'POST', `/patrols/${patrolId}/review`, {
            version: patrol.version,
            decision: 'confirm',
            note: '自己复核',
          })
        ).status,
      ).toBe(403);
      const overruled = await call(office, 'POST', `/patrols/${patrolId}/review`, {
        version: patrol.version,
        decision: 'overrule',
        verdict: 'invalid',
        note: '现场核实未到岸',
      });
      expect(overruled.status).toBe(200);
      expect(overruled.body).toMatchObject({ review: 'overruled', effectiveVerdict: 'invalid' });
      const stale = await call(office, 'POST', `/patrols/${patrolId}/review`, {
        version: patrol.version,
        decision: 'confirm',
        note: '再次复核',
      });
      expect(stale).toMatchObject({ status: 409, body: { error: { code: 'VERSION_CONFLICT' } } });
      const audited = await world.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_type', '=', 'patrol')
        .where('entity_id', '=', String(patrolId))
        .execute();
      expect(audited.map((a) => a.action)).toEqual(
        expect.arrayContaining(['patrol.start', 'patrol.stop', 'patrol.overrule']),
      );
    });
  });

  describe('fake patrols judged on the server', () => {
    const judged = async (kind: 'driven' | 'gap', clientId: string) => {
      const start = await call(chief, 'POST', '/patrols', { objectId, clientId });
      const made = makePatrol(line(), kind, { seed: 11, start: testNow().getTime() - 3 * 3_600_000 });
      expect(
        (await call(chief, 'PUT', `/patrols/${start.body.id}/points`, { fromSeq: 0, points: made.points })).status,
      ).toBe(200);
      return (await call(chief, 'POST', `/patrols/${start.body.id}/stop`, { openCases: false })).body;
    };

    it('finds a drive along the bank invalid, with a reason a person can read', async () => {
      const driven = await judged('driven', 'phone-0004-driven');
      expect(driven.verdict).toBe('invalid');
      const fast = driven.reasons.find((r: { code: string }) => r.code === 'too_fast');
      expect(fast).toMatchObject({ severity: 'invalid' });
      expect(fast.zh.length).toBeGreaterThan(5);
      expect(driven.figures.medianSpeedKmh).toBeGreaterThan(30);
    });

    it('draws a track with lost signal as two pieces', async () => {
      const gap = await judged('gap', 'phone-0005-gap');
      expect(gap.pieces.length).toBe(2);
    });
  });

  describe('hostile tracks', () => {
    let patrolId: number;
    beforeAll(async () => {
      patrolId = (await call(chief, 'POST', '/patrols', { objectId, clientId: 'phone-0002-hostile' })).body.id;
      await call(chief, 'PUT', `/patrols/${patrolId}/points`, { fromSeq: 0, points: walk(10, 30 * 60_000) });
    });
    const refused = async (payload: string | object) => {
      const res = await world.app.inject({
        method: 'PUT',
        url: `/api/v1/patrols/${patrolId}/points`,
        headers: { ...chief.headers(), 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      return { status: res.statusCode, body: res.json() };
    };

    it('refuses NaN, positions outside China, time going backwards and an oversized batch with 400, storing nothing', async () => {
      const fine = walk(5, 20 * 60_000);
      const cases: [string, string | object][] = [
        ['non-finite', `{"fromSeq":10,"points":[{"t":${fine[0]!.t},"lat":1e309,"lng":113.3,"accuracy":5}]}`],
        ['NaN as text', { fromSeq: 10, points: [{ ...fine[0], lat: 'NaN' }] }],
        ['outside China', { fromSeq: 10, points: fine.map((p) => ({ ...p, lat: 48.85, lng: 2.35 })) }],
        ['backwards', { fromSeq: 10, points: [...fine].reverse() }],
        ['before the stored points', { fromSeq: 10, points: walk(5, 40 * 60_000) }],
        ['in the future', { fromSeq: 10, points: fine.map((p) => ({ ...p, t: p.t + 3_600_000 })) }],
        ['too many in one batch', { fromSeq: 10, points: walk(5001, 20 * 60_000) }],
      ];
      for (const [label, payload] of cases) {
        const answer = await refused(payload);
        expect(answer.status, label).toBe(400);
        expect(answer.body.error.code, label).toMatch(/PATROL_TRACK_INVALID|VALIDATION_FAILED/);
      }
      const huge = JSON.stringify({ fromSeq: 10, points: walk(20_000, 20 * 60_000) });
      expect(huge.length).toBeGreaterThan(1_048_576);
      expect((await refused(huge)).status, 'a body beyond the route limit').toBe(413);
      expect(await pointRows(patrolId)).toBe(10);
      const patrol = (await call(chief, 'GET', `/patrols/${patrolId}`)).body;
      expect(patrol.pointCount).toBe(10);
    });

    it('takes a 20,000-point track in batches of 5,000', async () => {
      const long = await call(chief, 'POST', '/patrols', { objectId, clientId: 'phone-0003-long' });
      const points = walk(20_000);
      for (let from = 0; from < points.length; from += 5000) {
        const answer = await call(chief, 'PUT', `/patrols/${long.body.id}/points`, {
          fromSeq: from,
          points: points.slice(from, from + 5000),
        });
        expect(answer.status).toBe(200);
      }
      expect(await pointRows(long.body.id)).toBe(20_000);
    }, 60_000);
  });

  describe('the public page of the sign', () => {
    it('shows the chiefs with office phones only, never a mobile, and the intake link', async () => {
      const res = await world.app.inject({ method: 'GET', url: `/api/v1/public/objects/${slug}` });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page).toMatchObject({
        name: '石桥河石桥村段',
        riverName: '石桥河',
        chiefs: [{ name: '石守川', level: 'village', officePhone: '0351-1234567' }],
        openFindings: 1,
        intake: { placeUnitId: villageId, objectSlug: slug },
      });
      expect(res.body).not.toContain('13812345678');
      expect(res.body).not.toContain('13912345678');
      expect((await world.app.inject({ method: 'GET', url: '/api/v1/public/objects/no-such-sign' })).statusCode).toBe(
        404,
      );
    });
  });
});
