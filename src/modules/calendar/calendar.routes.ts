import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import type { DB } from '../../platform/db/schema.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { type CalendarHolder, getCalendar, removeOverride, setOverride, setYearEntered } from './calendar.service.ts';

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
});
const DayParams = Type.Object({ day: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }) });

export function registerCalendarRoutes(app: App, db: Kysely<DB>, holder: CalendarHolder): void {
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
    async (request) => setOverride(db, contextOf(request), holder, request.params.day, request.body),
  );
  app.put(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: '确认全年已录入 Declare a year’s holidays entered (or take it back with entered: false)',
        params: Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        body: Type.Object({ entered: Type.Boolean() }),
        response: { 200: CalendarView, ...errors },
      },
    },
    async (request) => setYearEntered(db, contextOf(request), holder, request.params.year, request.body.entered),
  );
  app.delete(
    '/calendar/overrides/:day',
    {
      schema: { tags, summary: 'Remove an entered day', params: DayParams, response: { 200: CalendarView, ...errors } },
    },
    async (request) => removeOverride(db, contextOf(request), holder, request.params.day),
  );
}
