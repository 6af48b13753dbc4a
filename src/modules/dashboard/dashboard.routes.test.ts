import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseWorld, createCaseWorld } from '../../../tests/helpers/case-world.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import { caseChannels } from '../../shared/cases.ts';
import { startOfChinaDay } from '../../shared/china-time.ts';
import { makeCase } from '../../../tests/factories/case-factory.ts';
import { testDistrictPeople } from '../../../tests/factories/district-factory.ts';
import { daysFromNow, testNow } from '../../../tests/helpers/clock.ts';
import { monthOf } from '../cases/case-effects.ts';
import { urgedToday } from '../cases/case-urge-rule.ts';
import { addRateCounts, type CaseRow } from '../cases/cases.repository.ts';
import { findUnitByCode } from '../units/units.repository.ts';

const dayMs = 86_400_000;

describe('the once-a-day urge rule (pure)', () => {
  it('days begin at midnight China time', () => {
    expect(startOfChinaDay(new Date('2026-11-20T10:30:00+08:00')).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfChinaDay(new Date('2026-11-20T00:00:00+08:00')).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfChinaDay(new Date('2026-11-19T23:59:59+08:00')).toISOString()).toBe('2026-11-18T16:00:00.000Z');
    const now = new Date('2026-11-20T08:00:00+08:00');
    expect(urgedToday(new Date('2026-11-20T00:10:00+08:00'), now)).toBe(true);
    expect(urgedToday(new Date('2026-11-19T23:50:00+08:00'), now)).toBe(false);
    expect(urgedToday(null, now)).toBe(false);
  });
});

/** Expectations below are computed from the stored rows in plain code, independently of the SQL under test. */
function isOverdue(row: CaseRow, now: Date): boolean {
  return (
    (row.status === 'handling' && row.resolve_due_at !== null && row.resolve_due_at < now) ||
    (row.status === 'dispatched' && row.response_due_at !== null && row.response_due_at < now)
  );
}
const dueOf = (row: CaseRow) => (row.status === 'dispatched' ? row.response_due_at : row.resolve_due_at) as Date;
const inRange = (at: Date | null, from: Date, to: Date) => at !== null && at >= from && at < to;

/**
 * What the board and the dashboard count, made by the factories in the test district: overdue work of
 * three lead units in every tier, an escalation, a case returned twice, closures rated unsatisfied and
 * satisfied, recurrences, cases of the previous month and of months before, and three-rate counters.
 */
async function makeBoardCases(world: CaseWorld): Promise<void> {
  const db = world.db;
  const unit = async (code: string) => {
    const row = await findUnitByCode(db, code);
    if (!row) throw new Error(`no unit ${code}`);
    return row;
  };
  const town = await unit('D01-T01');
  const otherTown = await unit('D01-T02');
  const subdistrict = await unit('D01-S01');
  const water = await unit('D01-DEPT-WATER');
  const urban = await unit('D01-DEPT-URBAN');
  const village = await unit('D01-T01-V01');
  const otherVillage = await unit('D01-T02-V01');
  const community = await unit('D01-S01-C01');
  const category = async (level2: string, level3: string) =>
    db
      .selectFrom('category')
      .selectAll()
      .where('id', '=', await world.categoryId(level2, level3))
      .executeTakeFirstOrThrow();
  const sanitation = await category('城市建设和市政管理', '环境卫生');
  const facilities = await category('城市建设和市政管理', '城市公共设施');
  const wages = await category('工资福利', '工资发放');
  const ago = (days: number) => daysFromNow(-days);

  // Overdue: three of the township's (one per tier), one of the other township's (escalated), one unclassified of a department's.
  for (const [status, tier, created, due, channel] of [
    ['handling', 'general', 20, 5, 'patrol'],
    ['dispatched', 'minor', 3, 2, 'patrol'],
    ['handling', 'major', 10, 1, 'citizen_web'],
  ] as const)
    await makeCase(db, {
      place: village,
      channel,
      status,
      lead: town,
      category: sanitation,
      tier,
      createdAt: ago(created),
      ...(status === 'dispatched' ? { responseDueAt: ago(due) } : { resolveDueAt: ago(due) }),
    });
  await makeCase(db, {
    place: otherVillage,
    status: 'handling',
    lead: otherTown,
    category: wages,
    tier: 'general',
    createdAt: ago(12),
    resolveDueAt: ago(3),
    escalationLevel: 1,
  });
  await makeCase(db, {
    place: community,
    channel: 'letter',
    status: 'dispatched',
    lead: water,
    category: null,
    tier: null,
    createdAt: ago(2),
    responseDueAt: ago(1),
  });
  // In time, returned twice, closed, recurring, and older.
  await makeCase(db, { place: village, status: 'handling', lead: town, category: sanitation, createdAt: ago(5) });
  await makeCase(db, {
    place: village,
    channel: 'supervision',
    status: 'returned',
    lead: town,
    category: sanitation,
    createdAt: ago(15),
    returnCount: 2,
  });
  const unsatisfied = await makeCase(db, {
    place: otherVillage,
    status: 'closed',
    lead: otherTown,
    category: wages,
    createdAt: ago(25),
    satisfaction: 'unsatisfied',
    solved: false,
  });
  const satisfied = await makeCase(db, {
    place: community,
    status: 'closed',
    lead: subdistrict,
    category: facilities,
    createdAt: ago(40),
    satisfaction: 'satisfied',
    solved: true,
  });
  await makeCase(db, { place: otherVillage, status: 'submitted', createdAt: ago(4), recurrenceOf: unsatisfied });
  await makeCase(db, {
    place: community,
    status: 'accepted',
    category: facilities,
    createdAt: ago(20),
    recurrenceOf: satisfied,
  });
  await makeCase(db, {
    place: village,
    status: 'closed',
    lead: town,
    category: sanitation,
    createdAt: ago(100),
    satisfaction: 'basically_satisfied',
    solved: true,
  });

  // This month's three rates: four units above the minimum sample, one below it.
  const month = monthOf(testNow());
  for (const [lead, dispatched, onTime, rated, solved, satisfiedCount] of [
    [town, 12, 11, 10, 9, 9],
    [otherTown, 15, 10, 12, 8, 6],
    [subdistrict, 11, 11, 10, 10, 10],
    [water, 12, 6, 10, 5, 4],
    [urban, 3, 3, 2, 2, 2],
  ] as const)
    await addRateCounts(db, Number(lead.id), month, {
      dispatched,
      responded_on_time: onTime,
      rated,
      solved,
      satisfied: satisfiedCount,
    });
}

describeEachDatabase('the supervision board and the leader dashboard over HTTP', (ctx) => {
  let world: CaseWorld;
  let rows: CaseRow[];
  const readRows = async () => (rows = await world.db.selectFrom('case_record').selectAll().execute());

  beforeAll(async () => {
    world = await createCaseWorld(ctx.database);
    await makeBoardCases(world);
    await readRows();
  }, 120_000);
  afterAll(async () => {
    await world?.close();
  });

  const get = async (login: string | null, url: string) =>
    world.app.inject({ url: `/api/v1${url}`, headers: login ? (await world.as(login)).headers() : {} });
  const post = async (login: string, url: string, payload: object) =>
    world.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: (await world.as(login)).headers() });

  it('is for holders of case.supervise: supervisors, the discipline commission and leaders; others get 403, strangers 401', async () => {
    for (const url of ['/supervision/board', '/supervision/board/overdue', '/dashboard']) {
      expect((await get(null, url)).statusCode, url).toBe(401);
      for (const login of ['town.handler', 'town.lead', 'dispatcher', 'grid', 'admin']) {
        const res = await get(login, url);
        expect([res.statusCode, res.json().error.code], `${login} ${url}`).toEqual([403, 'FORBIDDEN']);
      }
      for (const login of ['supervisor', 'discipline', 'leader'])
        expect((await get(login, url)).statusCode, `${login} ${url}`).toBe(200);
    }
  });

  it("counts overdue cases per lead unit and tier, most overdue first, agreeing with the case list's overdue queue", async () => {
    const res = await get('supervisor', '/supervision/board?limit=50');
    const now = testNow();
    expect(res.statusCode).toBe(200);
    const board = res.json();
    const overdue = rows.filter((r) => isOverdue(r, now));
    expect(overdue.length).toBeGreaterThan(3);
    expect(board.overdue.total).toBe(overdue.length);

    const perUnit = new Map<number, number>();
    for (const r of overdue) perUnit.set(Number(r.lead_unit_id), (perUnit.get(Number(r.lead_unit_id)) ?? 0) + 1);
    expect(
      new Map(board.overdue.byUnit.map((u: { unit: { id: number }; total: number }) => [u.unit.id, u.total])),
    ).toEqual(perUnit);
    const totals = board.overdue.byUnit.map((u: { total: number }) => u.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const u of board.overdue.byUnit) expect(u.minor + u.general + u.major + u.unclassified).toBe(u.total);
    for (const tier of ['minor', 'general', 'major'] as const)
      expect(board.overdue.byTier[tier], tier).toBe(overdue.filter((r) => r.tier === tier).length);

    const expectedOrder = [...overdue]
      .sort((a, b) => dueOf(a).getTime() - dueOf(b).getTime() || Number(a.id) - Number(b.id))
      .map((r) => Number(r.id));
    expect(board.overdue.lines.map((l: { id: number }) => l.id)).toEqual(expectedOrder.slice(0, 50));
    for (const line of board.overdue.lines) {
      const row = overdue.find((r) => Number(r.id) === line.id) as CaseRow;
      expect(line.colour).toBe('red');
      expect(line.dueAt).toBe(dueOf(row).toISOString());
      expect(line.overdueDays).toBe(Math.floor((new Date(board.generatedAt).getTime() - dueOf(row).getTime()) / dayMs));
      expect(line.trackingCode).toBe(row.tracking_code);
      expect(line.leadUnit.id).toBe(Number(row.lead_unit_id));
    }

    // Drilling into a unit (and a tier) lists exactly what the board counted.
    const top = board.overdue.byUnit[0];
    const list = (await get('supervisor', `/cases?queue=overdue&leadUnitId=${top.unit.id}`)).json();
    expect(list.total).toBe(top.total);
    const tier = (['minor', 'general', 'major'] as const).find((t) => top[t] > 0) as string;
    expect((await get('supervisor', `/cases?queue=overdue&leadUnitId=${top.unit.id}&tier=${tier}`)).json().total).toBe(
      top[tier],
    );
  });

  /** A new case dispatched to a township and returned by it twice (多次退单). */
  async function returnedTwice(): Promise<number> {
    const intake = await world.app.inject({
      method: 'POST',
      url: '/api/v1/public/cases',
      payload: { description: '石桥村村口垃圾堆放多日无人清理', address: '柳林镇石桥村村口', anonymous: true },
    });
    const id = intake.json().id as number;
    const categoryId = await world.categoryId('城市建设和市政管理', '环境卫生');
    const lead = await world.unitId('D01-T01');
    const steps: [string, string, object][] = [
      ['dispatcher', 'accept', {}],
      ['dispatcher', 'classify', { categoryId, tier: 'general' }],
      ['dispatcher', 'dispatch', { leadUnitId: lead }],
      ['town.lead', 'return', { reason: '不属于本镇职责' }],
      ['dispatcher', 'dispatch', { leadUnitId: lead }],
      ['town.lead', 'return', { reason: '仍不属于本镇职责' }],
    ];
    for (const [login, action, body] of steps)
      expect((await post(login, `/cases/${id}/${action}`, body)).statusCode, action).toBe(200);
    return id;
  }

  it('lists escalations now, and repeated returns, unsatisfied closures and recurrences over the period', async () => {
    const bounced = await returnedTwice();
    await readRows();
    const board = (await get('discipline', '/supervision/board?limit=50')).json();
    const from = new Date(board.period.from);
    const to = new Date(board.period.to);
    expect(to.getTime() - from.getTime()).toBe(90 * dayMs);
    const expected = {
      escalated: rows.filter((r) => r.escalation_level > 0 && ['dispatched', 'handling'].includes(r.status)),
      returned: rows.filter((r) => r.return_count >= 2 && inRange(r.created_at, from, to)),
      unsatisfied: rows.filter(
        (r) => r.status === 'closed' && r.satisfaction === 'unsatisfied' && inRange(r.closed_at, from, to),
      ),
      recurrences: rows.filter((r) => r.recurrence_of_id !== null && inRange(r.created_at, from, to)),
    };
    for (const [section, cases] of Object.entries(expected)) {
      expect(cases.length, section).toBeGreaterThan(0);
      expect(board[section].total, section).toBe(cases.length);
      expect(board[section].lines.map((l: { id: number }) => l.id).sort(), section).toEqual(
        cases
          .map((r) => Number(r.id))
          .sort()
          .slice(0, 50),
      );
    }
    expect(board.returned.lines.find((l: { id: number }) => l.id === bounced)).toMatchObject({
      returnCount: 2,
      status: 'returned',
      canUrge: true,
    });
    for (const line of board.unsatisfied.lines)
      expect([line.status, line.satisfaction, line.canUrge]).toEqual(['closed', 'unsatisfied', false]);
    for (const line of board.recurrences.lines) expect(line.recurrenceOfId).toEqual(expect.any(Number));
    const closedAt = board.unsatisfied.lines.map((l: { closedAt: string }) => l.closedAt);
    expect(closedAt).toEqual([...closedAt].sort().reverse());

    // A shorter period holds fewer of them.
    const lastWeek = new Date(to.getTime() - 7 * dayMs).toISOString();
    const week = (
      await get(
        'discipline',
        `/supervision/board?from=${encodeURIComponent(lastWeek)}&to=${encodeURIComponent(to.toISOString())}`,
      )
    ).json();
    expect(week.recurrences.total).toBe(expected.recurrences.filter((r) => r.created_at >= new Date(lastWeek)).length);
    expect(week.escalated.total).toBe(board.escalated.total);
  });

  it('pages through one section; refuses an unknown section and a backwards period', async () => {
    const board = (await get('supervisor', '/supervision/board?limit=50')).json();
    const page = (await get('supervisor', '/supervision/board/overdue?offset=2&limit=3')).json();
    expect(page.total).toBe(board.overdue.total);
    expect(page.items.map((l: { id: number }) => l.id)).toEqual(
      board.overdue.lines.slice(2, 5).map((l: { id: number }) => l.id),
    );
    const unknown = await get('supervisor', '/supervision/board/everything');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const backwards = await get('supervisor', '/supervision/board?from=2026-06-01T00:00:00Z&to=2026-05-01T00:00:00Z');
    expect([backwards.statusCode, backwards.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const tooLong = await get('leader', '/dashboard?from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z');
    expect([tooLong.statusCode, tooLong.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it("urges from the board: an event and a notice to the lead unit's leader, audited, once a day per case", async () => {
    const board = (await get('supervisor', '/supervision/board?limit=50')).json();
    const line = board.overdue.lines.find((l: { canUrge: boolean }) => l.canUrge);
    expect(line).toBeDefined();
    const before = testNow();
    const res = await post('supervisor', `/cases/${line.id}/urge`, { note: '已超期，请立即办理并反馈' });
    expect(res.statusCode).toBe(200);
    const urge = res.json().timeline.at(-1);
    expect(urge).toMatchObject({
      action: 'urge',
      actorLabel: testDistrictPeople.supervisor.displayName,
      note: '已超期，请立即办理并反馈',
    });

    const leads = await world.db
      .selectFrom('membership')
      .select('person_id')
      .where('unit_id', '=', line.leadUnit.id)
      .where('role', '=', 'unit_lead')
      .execute();
    expect(leads.length).toBeGreaterThan(0);
    const notices = await world.db
      .selectFrom('notification')
      .selectAll()
      .where('case_id', '=', line.id)
      .where('kind', '=', 'case.urge')
      .where('at', '>=', before)
      .execute();
    expect(notices.map((n) => Number(n.person_id)).sort()).toEqual(leads.map((l) => Number(l.person_id)).sort());
    const audit = await world.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case.urge')
      .where('entity_id', '=', String(line.id))
      .where('at', '>=', before)
      .execute();
    expect(audit).toHaveLength(1);

    // Again today, by the same supervisor or another: refused, and nothing more is written.
    for (const login of ['supervisor', 'discipline']) {
      const again = await post(login, `/cases/${line.id}/urge`, { note: '再次督办' });
      expect([again.statusCode, again.json().error.code], login).toEqual([409, 'CASE_URGED_TODAY']);
    }
    const events = await world.db
      .selectFrom('case_event')
      .select('id')
      .where('case_id', '=', line.id)
      .where('action', '=', 'urge')
      .where('at', '>=', before)
      .execute();
    expect(events).toHaveLength(1);
    const after = (await get('supervisor', '/supervision/board?limit=50')).json();
    expect(after.overdue.lines.find((l: { id: number }) => l.id === line.id)).toMatchObject({
      urgedToday: true,
      canUrge: false,
      lastUrgedAt: urge.at,
    });

    // A township's handler may not urge a case of their own township.
    const town = await world.unitId('D01-T01');
    const own = after.overdue.lines.find(
      (l: { leadUnit: { id: number }; urgedToday: boolean }) => l.leadUnit.id === town && !l.urgedToday,
    );
    if (own) {
      const refused = await post('town.handler', `/cases/${own.id}/urge`, { note: '督办' });
      expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'CASE_NOT_PERMITTED']);
    } else {
      expect(after.overdue.lines.every((l: { leadUnit: { id: number } }) => l.leadUnit.id !== town)).toBe(true);
    }
  });

  it('shows the leader the volume and its trend, top categories, places, overdue and the three-rates red and black lists', async () => {
    const res = await get('leader', '/dashboard');
    expect(res.statusCode).toBe(200);
    const dash = res.json();
    const from = new Date(dash.period.from);
    const to = new Date(dash.period.to);
    expect(dash.granularity).toBe('day');
    expect(dash.volume).toHaveLength(30);
    expect(from.getTime()).toBe(startOfChinaDay(to).getTime() - 29 * dayMs);
    const inPeriod = rows.filter((r) => inRange(r.created_at, from, to));
    const inPrevious = rows.filter((r) =>
      inRange(r.created_at, new Date(dash.previous.from), new Date(dash.previous.to)),
    );
    expect(inPeriod.length).toBeGreaterThan(0);
    expect(dash.totals.received).toBe(inPeriod.length);
    expect(dash.totals.previousReceived).toBe(inPrevious.length);
    expect(dash.volume.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(inPeriod.length);
    expect(dash.volume.reduce((n: number, b: { previous: number }) => n + b.previous, 0)).toBe(inPrevious.length);
    const sameDay = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    for (const bucket of dash.volume)
      expect(bucket.count, bucket.start).toBe(inPeriod.filter((r) => sameDay(r.created_at) === bucket.start).length);
    expect(dash.totals.open).toBe(
      rows.filter((r) =>
        ['submitted', 'accepted', 'dispatched', 'returned', 'handling', 'resolved', 'follow_up'].includes(r.status),
      ).length,
    );
    expect(dash.totals.overdue).toBe(rows.filter((r) => isOverdue(r, testNow())).length);
    expect(dash.overdue.total).toBe(dash.totals.overdue);

    // Places: every township and subdistrict, counted by where the problem is.
    const towns = await world.db
      .selectFrom('unit')
      .select(['id', 'path'])
      .where('type', 'in', ['township', 'subdistrict'])
      .execute();
    expect(dash.places).toHaveLength(towns.length);
    for (const town of towns) {
      const place = dash.places.find((p: { unit: { id: number } }) => p.unit.id === Number(town.id));
      expect(place.count).toBe(inPeriod.filter((r) => r.place_path.startsWith(town.path)).length);
    }
    // Channels: every intake channel, counted by how the case came in, the most first.
    expect(dash.channels.map((c: { channel: string }) => c.channel).sort()).toEqual([...caseChannels].sort());
    for (const channel of caseChannels)
      expect(dash.channels.find((c: { channel: string }) => c.channel === channel).count, channel).toBe(
        inPeriod.filter((r) => r.channel === channel).length,
      );
    const order = (c: { channel: string; count: number }) => [-c.count, caseChannels.indexOf(c.channel as never)];
    const sorted = [...dash.channels].sort((a, b) => {
      const [ca, oa] = order(a);
      const [cb, ob] = order(b);
      return ca! - cb! || oa! - ob!;
    });
    expect(dash.channels).toEqual(sorted);
    expect(dash.channels[0]).toEqual({
      channel: 'hotline',
      count: inPeriod.filter((r) => r.channel === 'hotline').length,
    });
    expect(dash.channels.find((c: { channel: string }) => c.channel === 'patrol').count).toBe(2);
    expect(dash.channels.find((c: { channel: string }) => c.channel === 'supervision').count).toBe(1);

    // Categories: level-1 counts add up to the categorised cases (when fewer than ten areas appear).
    const categorised = inPeriod.filter((r) => r.category_id !== null).length;
    const level1 = dash.categories.level1.reduce((n: number, c: { count: number }) => n + c.count, 0);
    if (dash.categories.level1.length < 10) expect(level1).toBe(categorised);
    else expect(level1).toBeLessThanOrEqual(categorised);
    const counts = dash.categories.level2.map((c: { count: number }) => c.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const c of dash.categories.level2) expect(c.parentNameZh).not.toBe('');

    // Rankings: townships and subdistricts, and departments; red from the top, black from the bottom.
    for (const [kind, types] of [
      ['townships', ['township', 'subdistrict']],
      ['departments', ['department']],
    ] as const) {
      const ranking = dash.rates[kind];
      for (const item of ranking.items) expect(types as readonly string[]).toContain(item.unit.type);
      const ranked = ranking.items.filter((i: { rank: number | null }) => i.rank !== null);
      expect(ranking.red.map((i: { rank: number }) => i.rank)).toEqual(
        ranked.slice(0, 3).map((i: { rank: number }) => i.rank),
      );
      const redIds = new Set(ranking.red.map((i: { unit: { id: number } }) => i.unit.id));
      for (const item of ranking.black) expect(redIds.has(item.unit.id)).toBe(false);
      const blackRanks = ranking.black.map((i: { rank: number }) => i.rank);
      expect(blackRanks).toEqual([...blackRanks].sort((a, b) => b - a));
    }
    expect(dash.rates.townships.items.length + dash.rates.departments.items.length).toBeGreaterThan(0);

    // A longer period is counted by week.
    const long = (
      await get(
        'supervisor',
        `/dashboard?from=${encodeURIComponent(new Date(to.getTime() - 120 * dayMs).toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
      )
    ).json();
    expect(long.granularity).toBe('week');
    expect(long.volume.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(long.totals.received);
    expect(long.totals.received).toBe(rows.filter((r) => inRange(r.created_at, new Date(long.period.from), to)).length);
  });

  it('keeps to the trees the person supervises: a case in another district is not counted', async () => {
    const before = (await get('supervisor', '/supervision/board')).json();
    const beforeDash = (await get('leader', '/dashboard')).json();
    const sample = rows.find((r) => isOverdue(r, testNow())) as CaseRow;
    const other = await world.db
      .insertInto('unit')
      .values({
        code: 'D99',
        name_zh: '邻区',
        name_en: null,
        type: 'district',
        parent_id: null,
        path: '/',
        depth: 0,
        updated_at: testNow(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const otherPath = `/${other.id}/`;
    await world.db.updateTable('unit').set({ path: otherPath }).where('id', '=', other.id).execute();
    const { id: _id, ...copy } = sample;
    const inserted = await world.db
      .insertInto('case_record')
      .values({
        ...copy,
        tracking_code: 'LS-OTHER-0001',
        place_unit_id: other.id,
        place_path: otherPath,
        lead_unit_id: other.id,
        lead_path: otherPath,
        extra: JSON.stringify(copy.extra),
        pending_extension: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    try {
      const after = (await get('supervisor', '/supervision/board')).json();
      expect(after.overdue.total).toBe(before.overdue.total);
      const all = await world.db.selectFrom('case_record').select('id').where('place_path', '=', otherPath).execute();
      expect(all).toHaveLength(1);
      const dash = (await get('leader', '/dashboard')).json();
      expect(dash.overdue.byUnit.some((u: { unit: { id: number } }) => u.unit.id === Number(other.id))).toBe(false);
      expect(dash.totals.overdue).toBe(after.overdue.total);
      // Nor by its channel: the copy came in by the same channel, inside the period.
      const channelOf = (d: typeof dash, channel: string) =>
        d.channels.find((c: { channel: string }) => c.channel === channel).count;
      expect(channelOf(dash, sample.channel)).toBe(channelOf(beforeDash, sample.channel));
      expect(dash.totals.received).toBe(beforeDash.totals.received);
    } finally {
      await world.db.deleteFrom('case_record').where('id', '=', inserted.id).execute();
      await world.db.deleteFrom('unit').where('id', '=', other.id).execute();
    }
  });
});
