import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makePerson } from '../../../tests/helpers/factories.ts';
import { createProgrammeWorld, type ProgrammeWorld } from '../../../tests/helpers/programme-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { writeSheet } from '../../platform/excel/excel.ts';
import { indexQueuedCases } from '../cases/case-search-indexer.ts';
import { unitColumns } from './units-excel.service.ts';
import { findStalePathCopies, unitPathCopies } from './unit-path-copies.repository.ts';
import { findUnit } from './units.repository.ts';

const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 调整隶属 and scope: cases, parties, programmes, tasks and supporting units copy unit paths for their
 * scope checks, so a move must carry the copies along, or the tree's new owners cannot see the
 * moved unit's work and the old ones still can.
 */
describeEachDatabase('moving a unit carries the copies of its path', (ctx) => {
  let world: ProgrammeWorld;
  beforeAll(async () => {
    world = await createProgrammeWorld(ctx.database);
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  async function ok(
    login: string,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    status = method === 'GET' ? 200 : 201,
  ) {
    const res = await world.call(login, method, url, payload);
    expect(res.status, `${method} ${url}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.body;
  }
  const unitRow = async (id: number) => {
    const row = await findUnit(world.db, id);
    if (!row) throw new Error(`unit ${id} is gone`);
    return row;
  };
  const caseIds = async (login: string) =>
    ((await ok(login, 'GET', '/cases?limit=100')).items as { id: number }[]).map((c) => c.id);
  const taskIds = async (login: string, programmeId: number) =>
    ((await ok(login, 'GET', `/tasks?programmeId=${programmeId}`)).items as { id: number }[]).map((t) => t.id);

  const townMarkers = async (caseId: number) => {
    const towns = await sql<{
      towns: string[];
    }>`select array(select lexeme from unnest(search) where lexeme like '#t%' order by lexeme) as towns from case_search where case_id = ${caseId}`.execute(
      world.db,
    );
    return towns.rows[0]?.towns;
  };

  it('lists every copy the migrations made: each *_path column besides the trees themselves', async () => {
    const columns = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = current_schema() and column_name like '%path' and table_name not in ('unit', 'category')
      order by table_name, column_name`.execute(world.db);
    const listed = Object.entries(unitPathCopies).flatMap(([table, copies]) =>
      Object.keys(copies).map((column) => `${table}.${column}`),
    );
    expect(columns.rows.map((r) => `${r.table_name}.${r.column_name}`).sort()).toEqual(listed.sort());
  });

  it('a village moved to another township takes its cases and tasks along: the new township sees them, the old one no longer', async () => {
    const districtId = await world.unitId('D01');
    const townA = await ok('admin', 'POST', '/units', {
      code: 'MOVE-TA',
      nameZh: '迁出镇',
      type: 'township',
      parentId: districtId,
    });
    const townB = await ok('admin', 'POST', '/units', {
      code: 'MOVE-TB',
      nameZh: '迁入镇',
      type: 'township',
      parentId: districtId,
    });
    const village = await ok('admin', 'POST', '/units', {
      code: 'MOVE-TA-V1',
      nameZh: '迁移村',
      type: 'village',
      parentId: townA.id,
    });
    const grid = await ok('admin', 'POST', '/units', {
      code: 'MOVE-TA-V1-G1',
      nameZh: '迁移村第1网格',
      type: 'grid',
      parentId: village.id,
    });
    for (const [username, town] of [
      ['move.handler.a', townA],
      ['move.handler.b', townB],
    ] as const) {
      await makePerson(world.db, {
        username,
        memberships: [{ unit: await unitRow(town.id), role: 'handler' }],
      });
    }

    // A case placed in the village, led by it with its grid supporting; indexed for search.
    const text = '迁移村村委会门前排水沟堵塞，雨天积水严重';
    const intake = await ok('dispatcher', 'POST', '/cases', {
      channel: 'hotline',
      description: text,
      placeUnitId: village.id,
      anonymous: true,
    });
    const caseId = intake.id as number;
    await ok('dispatcher', 'POST', `/cases/${caseId}/accept`, {}, 200);
    await ok(
      'dispatcher',
      'POST',
      `/cases/${caseId}/classify`,
      { categoryId: await world.categoryId('城市建设和市政管理', '环境卫生'), tier: 'minor' },
      200,
    );
    await ok(
      'dispatcher',
      'POST',
      `/cases/${caseId}/dispatch`,
      { leadUnitId: village.id, supportingUnitIds: [grid.id] },
      200,
    );
    await indexQueuedCases(world.runtime.cases);
    // A programme the village owns, with a task it leads and its grid supports.
    const programmeId = await world.programme({ title: '迁移村人居环境整治', ownerUnitId: village.id });
    const task = await world.task(programmeId, {
      title: '清理排水沟',
      leadUnitId: village.id,
      supportingUnitIds: [grid.id],
    });

    expect(await caseIds('move.handler.a')).toContain(caseId);
    expect(await caseIds('move.handler.b')).not.toContain(caseId);
    expect(await taskIds('move.handler.a', programmeId)).toEqual([task.id]);
    expect(await taskIds('move.handler.b', programmeId)).toEqual([]);

    const moved = await ok(
      'admin',
      'POST',
      `/units/${village.id}/move`,
      { parentId: townB.id, version: village.version },
      200,
    );
    expect(moved.path).toBe(`${townB.path}${village.id}/`);

    // The new township's handler sees the case and the task, in the lists and each on its own.
    expect(await caseIds('move.handler.b')).toContain(caseId);
    expect((await world.call('move.handler.b', 'GET', `/cases/${caseId}`)).status).toBe(200);
    expect(await taskIds('move.handler.b', programmeId)).toEqual([task.id]);
    expect((await world.call('move.handler.b', 'GET', `/tasks/${task.id}`)).status).toBe(200);
    // The old township's handler sees neither any more.
    expect(await caseIds('move.handler.a')).not.toContain(caseId);
    expect((await world.call('move.handler.a', 'GET', `/cases/${caseId}`)).status).toBe(404);
    expect(await taskIds('move.handler.a', programmeId)).toEqual([]);
    expect((await world.call('move.handler.a', 'GET', `/tasks/${task.id}`)).status).toBe(404);

    // Every copy equals its unit's current path, the grid's (a level below the moved unit) included.
    expect(await findStalePathCopies(world.db)).toEqual([]);
    const gridPath = `${moved.path}${grid.id}/`;
    const party = await world.db
      .selectFrom('case_party')
      .select(['unit_path'])
      .where('case_id', '=', caseId)
      .where('unit_id', '=', grid.id)
      .executeTakeFirstOrThrow();
    expect(party.unit_path).toBe(gridPath);
    const support = await world.db
      .selectFrom('task_unit')
      .select(['unit_path'])
      .where('task_id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(support.unit_path).toBe(gridPath);

    // Its search vector carries the new township's marker and no other; duplicate checks, which narrow
    // by township, count it as one of the new township's.
    const towns = await sql<{
      towns: string[];
    }>`select array(select lexeme from unnest(search) where lexeme like '#t%' order by lexeme) as towns from case_search where case_id = ${caseId}`.execute(
      world.db,
    );
    expect(towns.rows[0]?.towns).toEqual([`#t${townB.id}`]);
    const inB = await ok('dispatcher', 'POST', '/cases/duplicate-check', { text, placeUnitId: townB.id }, 200);
    expect(inB.items.map((c: { id: number }) => c.id)).toContain(caseId);
    const inA = await ok('dispatcher', 'POST', '/cases/duplicate-check', { text, placeUnitId: townA.id }, 200);
    expect(inA.items.map((c: { id: number }) => c.id)).not.toContain(caseId);

    // A case taken in right after the move copies the new path, not one the case directory kept.
    const after = await ok('dispatcher', 'POST', '/cases', {
      channel: 'hotline',
      description: '迁移村第1网格路灯不亮',
      placeUnitId: grid.id,
      anonymous: true,
    });
    const afterRow = await world.db
      .selectFrom('case_record')
      .select(['place_path'])
      .where('id', '=', after.id)
      .executeTakeFirstOrThrow();
    expect(afterRow.place_path).toBe(gridPath);

    // Moving it back by a spreadsheet import carries the copies back too.
    const sheet = await writeSheet('单位', unitColumns, [
      { code: 'MOVE-TA-V1', nameZh: '迁移村', nameEn: '', type: '村', parentCode: 'MOVE-TA', active: '' },
    ]);
    const session = await world.as('admin');
    const imported = await world.app.inject({
      method: 'POST',
      url: '/api/v1/units/import',
      payload: sheet,
      headers: { ...session.headers(), 'content-type': xlsxContentType },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await findStalePathCopies(world.db)).toEqual([]);
    expect(await caseIds('move.handler.a')).toEqual(expect.arrayContaining([caseId, after.id]));
    expect(await caseIds('move.handler.b')).not.toContain(caseId);
    expect(await taskIds('move.handler.a', programmeId)).toEqual([task.id]);
    expect(await taskIds('move.handler.b', programmeId)).toEqual([]);
  });

  it('a unit whose type becomes or stops being a subdistrict gives its cases that township marker, or takes it away', async () => {
    const districtId = await world.unitId('D01');
    // A new area entered as a community straight under the district, later found to be a 街道.
    const area = await ok('admin', 'POST', '/units', {
      code: 'TYPE-AREA',
      nameZh: '新城片区',
      type: 'community',
      parentId: districtId,
    });
    const text = '新城片区幸福路人行道地砖松动，老人容易绊倒';
    const intake = await ok('dispatcher', 'POST', '/cases', {
      channel: 'hotline',
      description: text,
      placeUnitId: area.id,
      anonymous: true,
    });
    await indexQueuedCases(world.runtime.cases);
    expect(await townMarkers(intake.id)).toEqual([]);

    const changed = await ok(
      'admin',
      'PATCH',
      `/units/${area.id}`,
      { type: 'subdistrict', version: area.version },
      200,
    );
    expect(await townMarkers(intake.id)).toEqual([`#t${area.id}`]);
    // A case taken in right after is indexed with the new township: the case directory was dropped, not left to run out.
    const next = await ok('dispatcher', 'POST', '/cases', {
      channel: 'hotline',
      description: '新城片区幸福路路灯不亮',
      placeUnitId: area.id,
      anonymous: true,
    });
    await indexQueuedCases(world.runtime.cases);
    expect(await townMarkers(next.id)).toEqual([`#t${area.id}`]);

    await ok('admin', 'PATCH', `/units/${area.id}`, { type: 'community', version: changed.version }, 200);
    expect(await townMarkers(intake.id)).toEqual([]);
    // The same by a spreadsheet import.
    const sheet = await writeSheet('单位', unitColumns, [
      { code: 'TYPE-AREA', nameZh: '新城片区', nameEn: '', type: '街道', parentCode: 'D01', active: '' },
    ]);
    const session = await world.as('admin');
    const imported = await world.app.inject({
      method: 'POST',
      url: '/api/v1/units/import',
      payload: sheet,
      headers: { ...session.headers(), 'content-type': xlsxContentType },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(await townMarkers(intake.id)).toEqual([`#t${area.id}`]);
  });
});
