import { type Kysely, sql } from 'kysely';
import { migrateBefore } from '../../../../tests/helpers/migrate-before.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseTargets, openTestDatabase, type TestDatabase } from '../../../../tests/helpers/test-databases.ts';
import { migrateToLatest } from '../migrate.ts';

const description = '我是欧阳秀英，电话13987654321，身份证11010519491231002X，住和平路88号5栋301室，晋A12345占道';
const planted = ['欧阳秀英', '13987654321', '11010519491231002X', '88号', '5栋', '301室', 'A12345'];

for (const target of databaseTargets()) {
  describe(`migration 0013: personal data [${target}]`, () => {
    let current: TestDatabase | undefined;
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });

    it('masks the cases, titles, notifications and citizen names written before it, marks the columns and queues a new index', async () => {
      current = await openTestDatabase(target, { migrate: false });
      const db = current.database.db as Kysely<unknown>;
      await migrateBefore(db, '0013');
      const at = '2026-11-01T02:00:00Z';
      const citizen = await sql<{ id: number }>`
        insert into person (display_name, kind, mobile, updated_at) values ('欧阳秀英', 'citizen', '13987654321', ${at}) returning id`.execute(
        db,
      );
      const citizenId = Number(citizen.rows[0]?.id);
      const made = await sql<{ id: number }>`
        insert into case_record (tracking_code, channel, title, description, address, reporter_name, reporter_mobile, status, place_path, created_at, updated_at)
        values ('MIG-P', 'citizen_web', ${description.slice(0, 30)}, ${description}, '青溪区和平路88号5栋301室', '欧阳秀英', '13987654321', 'submitted', '/0/', ${at}, ${at})
        returning id`.execute(db);
      const caseId = Number(made.rows[0]?.id);
      await sql`insert into case_event (case_id, at, actor_id, actor_label, action, to_status, data)
        values (${caseId}, ${at}, ${citizenId}, '欧阳秀英', 'submit', 'submitted', '{}')`.execute(db);
      await sql`insert into notification (person_id, at, kind, title, body, case_id)
        values (${citizenId}, ${at}, 'case.dispatch', ${`新派单：${description.slice(0, 30)}`}, 'MIG-P', ${caseId})`.execute(
        db,
      );

      await migrateToLatest(db);

      const row = (
        await sql<{ title: string; description_masked: string; address_masked: string; description: string }>`
          select title, description, description_masked, address_masked from case_record where id = ${caseId}`.execute(
          db,
        )
      ).rows[0];
      expect(row?.description).toBe(description);
      for (const secret of planted) {
        expect(row?.description_masked, secret).not.toContain(secret);
        expect(row?.title, secret).not.toContain(secret);
      }
      expect(row?.address_masked).toBe('青溪区和平路');
      const event = (
        await sql<{ actor_label: string }>`select actor_label from case_event where case_id = ${caseId}`.execute(db)
      ).rows[0];
      expect(event?.actor_label).toBe('欧阳**');
      const notice = (
        await sql<{ title: string }>`select title from notification where case_id = ${caseId}`.execute(db)
      ).rows[0];
      expect(notice?.title).not.toMatch(/欧阳秀英|13987654321/);
      const queued = await sql<{ case_id: number }>`select case_id from case_search_queue`.execute(db);
      expect(queued.rows.map((r) => Number(r.case_id))).toContain(caseId);
      const marks = await sql<{ column_name: string }>`
        select a.attname as column_name from pg_attribute a
        where a.attrelid = 'case_record'::regclass and col_description(a.attrelid, a.attnum) like 'personal data:%'
        order by a.attname`.execute(db);
      expect(marks.rows.map((r) => r.column_name)).toEqual([
        'address',
        'description',
        'extra',
        'reporter_mobile',
        'reporter_name',
      ]);
    });
  });
}
