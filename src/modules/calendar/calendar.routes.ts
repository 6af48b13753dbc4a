import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import {
  type CalendarHolder,
  type DeadlineRecounter,
  getCalendar,
  removeOverride,
  setOverride,
  setYearEntered,
} from './calendar.service.ts';

const tags = ['calendar'];
const errors = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
};
const CalendarView = Type.Object({
  year: Type.Optional(
    Type.Object({
      year: Type.Integer(),
      exceptions: Type.Array(
        Type.Object({
          day: Type.String(),
          kind: Type.Enum(['holiday', 'workday']),
          source: Type.Enum(['built-in', 'entered']),
        }),
      ),
    }),
  ),
  coveredUntilYear: Type.Integer({
    description: 'The last year whose holidays are known (built-in data, then the years declared entered here)',
  }),
  enteredYears: Type.Array(Type.Integer()),
  nextYearMissing: Type.Boolean({ description: 'The next year (from November) or this one is not known yet' }),
  overrides: Type.Array(
    Type.Object({
      day: Type.String(),
      kind: Type.Enum(['holiday', 'workday']),
      note: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  allowedActions: Type.Array(Type.Enum(['update'])),
  recomputed: Type.Optional(
    Type.Integer({ description: 'After a change: how many open cases’ deadlines it moved (时限重算)' }),
  ),
});
const DayEntry = Type.Object({
  day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  kind: Type.Enum(['holiday', 'workday']),
  note: Type.Optional(Type.String({ maxLength: 100 })),
});
const DayParams = Type.Object({ day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) });

export interface CalendarRouteHooks {
  /** Recomputes the open deadlines a change moves, in its transaction (wired to the cases module). */
  recount?: DeadlineRecounter;
}

export function registerCalendarRoutes(
  app: App,
  db: Kysely<DB>,
  holder: CalendarHolder,
  hooks: CalendarRouteHooks = {},
): void {
  app.get(
    '/calendar',
    {
      schema: {
        tags,
        summary: '工作日历 Holidays and adjusted working days entered here',
        querystring: Type.Object({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }),
        response: { 200: CalendarView, ...errors },
      },
    },
    async (request) => getCalendar(db, contextOf(request), holder, request.query.year),
  );
  app.put(
    '/calendar/overrides/:day',
    {
      schema: {
        tags,
        summary: 'Mark a day as a holiday or a working day',
        params: DayParams,
        body: Type.Object({
          kind: Type.Enum(['holiday', 'workday']),
          note: Type.Optional(Type.String({ maxLength: 100 })),
        }),
        response: { 200: CalendarView, ...errors },
      },
    },
    async (request) => setOverride(db, contextOf(request), holder, request.params.day, request.body, hooks.recount),
  );
  app.put(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary:
          '录入全年 Save a year’s holidays and adjusted working days and declare it entered (or take it back with entered: false); answers how many open deadlines it recomputed',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: Type.Object({
          entered: Type.Optional(Type.Boolean()),
          days: Type.Optional(Type.Array(DayEntry, { maxItems: 366 })),
        }),
        response: { 200: CalendarView, ...errors },
      },
    },
    async (request) => setYearEntered(db, contextOf(request), holder, request.params.year, request.body, hooks.recount),
  );
  app.delete(
    '/calendar/overrides/:day',
    {
      schema: { tags, summary: 'Remove an entered day', params: DayParams, response: { 200: CalendarView, ...errors } },
    },
    async (request) => removeOverride(db, contextOf(request), holder, request.params.day, hooks.recount),
  );
}
