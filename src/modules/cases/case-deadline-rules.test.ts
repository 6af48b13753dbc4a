import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { chinaTime } from '../../../tests/helpers/clock.ts';
import { describeEachDatabase } from '../../../tests/helpers/test-databases.ts';
import {
  type CaseDeadlineFacts,
  currentDueOf,
  currentDueSql,
  dueSoonSql,
  isDueSoon,
  isOverdue,
  overdueSql,
} from './case-deadline-rules.ts';

const now = chinaTime('2026-11-25T10:00');
const before = chinaTime('2026-11-25T09:00');
const after = chinaTime('2026-11-25T11:00');

/** status, response due, resolve due, warning moment → overdue, due soon. */
const table: [CaseDeadlineFacts, boolean, boolean][] = [
  [{ status: 'dispatched', response_due_at: before, resolve_due_at: after, warn_at: before }, true, false],
  [{ status: 'dispatched', response_due_at: after, resolve_due_at: after, warn_at: before }, false, false],
  [{ status: 'dispatched', response_due_at: now, resolve_due_at: after, warn_at: before }, false, false],
  [{ status: 'handling', response_due_at: before, resolve_due_at: before, warn_at: before }, true, false],
  [{ status: 'handling', response_due_at: before, resolve_due_at: after, warn_at: before }, false, true],
  [{ status: 'handling', response_due_at: before, resolve_due_at: after, warn_at: now }, false, true],
  [{ status: 'handling', response_due_at: before, resolve_due_at: after, warn_at: after }, false, false],
  [{ status: 'handling', response_due_at: before, resolve_due_at: now, warn_at: before }, false, false],
  [{ status: 'handling', response_due_at: null, resolve_due_at: null, warn_at: null }, false, false],
  [{ status: 'resolved', response_due_at: before, resolve_due_at: before, warn_at: before }, false, false],
  [{ status: 'closed', response_due_at: before, resolve_due_at: before, warn_at: before }, false, false],
  [{ status: 'submitted', response_due_at: null, resolve_due_at: null, warn_at: null }, false, false],
];

const label = (f: CaseDeadlineFacts) =>
  `${f.status} response ${f.response_due_at?.toISOString() ?? '-'} resolve ${f.resolve_due_at?.toISOString() ?? '-'} warn ${f.warn_at?.toISOString() ?? '-'}`;

describe('the overdue and due-soon rules (pure)', () => {
  it.each(table.map(([facts, overdue, dueSoon]) => [label(facts), facts, overdue, dueSoon] as const))(
    '%s',
    (_label, facts, overdue, dueSoon) => {
      expect(isOverdue(facts, now)).toBe(overdue);
      expect(isDueSoon(facts, now)).toBe(dueSoon);
    },
  );

  it('the running deadline is the response limit while dispatched, else the resolution limit', () => {
    expect(currentDueOf({ status: 'dispatched', response_due_at: before, resolve_due_at: after })).toBe(before);
    expect(currentDueOf({ status: 'handling', response_due_at: before, resolve_due_at: after })).toBe(after);
  });
});

describeEachDatabase('the overdue and due-soon rules in SQL agree with the predicates', (context) => {
  it('gives the same answer for every row of the table', async () => {
    for (const [facts, overdue, dueSoon] of table) {
      const { rows } = await sql<{ overdue: boolean; due_soon: boolean; current_due: Date | null }>`
        select coalesce(${overdueSql(now)}, false) as overdue, coalesce(${dueSoonSql(now)}, false) as due_soon,
          ${currentDueSql} as current_due
        from (select ${facts.status}::text as status, ${facts.response_due_at}::timestamptz as response_due_at,
          ${facts.resolve_due_at}::timestamptz as resolve_due_at, ${facts.warn_at}::timestamptz as warn_at) as case_record`.execute(
        context.database.db,
      );
      expect({ facts: label(facts), overdue: rows[0]?.overdue, dueSoon: rows[0]?.due_soon }).toEqual({
        facts: label(facts),
        overdue,
        dueSoon,
      });
      expect(rows[0]?.current_due?.getTime() ?? null).toBe(currentDueOf(facts)?.getTime() ?? null);
    }
  });
});
