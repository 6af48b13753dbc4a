import { type Static, Type } from 'typebox';
import { reportActions, reportStatuses } from '../../shared/programmes.ts';
import { DateTime, LocalDate, Nullable, Text, UnitBrief, Version } from './programmes.schemas.ts';

// Checked against the form by the service (report-form.ts), not here: a JSON-schema union would let the
// validator coerce a number into a text field's string (and back).
const FieldValue = Type.Unknown({
  description:
    'Text, date and a single choice: a string; number, percent and money: a number; several choices: strings; attachments: upload tokens (new) or attachment ids (kept); null clears',
});

export const ReportValues = Type.Record(Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' }), FieldValue);

export const ReportSummary = Type.Object({
  id: Type.Integer(),
  programmeId: Type.Integer(),
  programmeTitle: Type.String(),
  form: Type.Object({ id: Type.Integer(), name: Type.String() }),
  task: Type.Object({ id: Type.Integer(), title: Type.String(), status: Type.String() }),
  leadUnit: UnitBrief,
  periodKey: Type.String(),
  periodStart: LocalDate,
  periodEnd: LocalDate,
  dueAt: DateTime,
  status: Type.Enum(reportStatuses),
  late: Type.Boolean({ description: '逾期: filed after the due moment, or not filed by it' }),
  overdue: Type.Boolean({ description: 'Still to be filed and past the due moment' }),
  progress: Nullable(Type.Number()),
  summary: Nullable(Type.String()),
  values: Type.Record(Type.String(), Type.Unknown()),
  submittedAt: Nullable(DateTime),
  reviewedAt: Nullable(DateTime),
  reviewNote: Nullable(Type.String()),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(reportActions)),
});
export type ReportSummary = Static<typeof ReportSummary>;

export const ReportEvent = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  action: Type.String(),
  actorLabel: Nullable(Type.String()),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const ReportDetail = Type.Object({
  ...ReportSummary.properties,
  ...{
    fields: Type.Array(Type.Record(Type.String(), Type.Unknown()), {
      description: 'The form fields, in order (see ReportFormView.fields)',
    }),
    attachments: Type.Array(
      Type.Object({
        id: Type.Integer(),
        fileName: Type.String(),
        contentType: Type.String(),
        size: Type.Integer(),
        url: Type.String(),
      }),
    ),
    timeline: Type.Array(ReportEvent),
  },
});
export type ReportDetail = Static<typeof ReportDetail>;

export const ReportList = Type.Object({ items: Type.Array(ReportSummary), nextOffset: Nullable(Type.Integer()) });

export const ReportListQuery = Type.Object({
  programmeId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  taskId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  formId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  status: Type.Optional(Type.Array(Type.Enum(reportStatuses), { maxItems: 5 })),
  periodKey: Type.Optional(Type.String({ maxLength: 10 })),
  late: Type.Optional(Type.Boolean()),
  unitId: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'Reports of tasks led by this unit or the units below it',
    }),
  ),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
export type ReportListQuery = Static<typeof ReportListQuery>;

export const FillBody = Type.Object({
  ...Version,
  values: Type.Optional(ReportValues),
  progress: Type.Optional(
    Type.Number({ minimum: 0, maximum: 100, description: 'Overall progress of the task, 0–100' }),
  ),
  summary: Type.Optional(Type.String({ maxLength: 4000, description: '进展情况' })),
});
export type FillBody = Static<typeof FillBody>;

export const ReviewNoteBody = Type.Object({ ...Version, note: Type.Optional(Type.String({ maxLength: 2000 })) });
export const ReviewReasonBody = Type.Object({ ...Version, reason: Text(2000) });

export const reportActionBodies = {
  save: FillBody,
  submit: FillBody,
  recall: Type.Object({ ...Version }),
  accept: ReviewNoteBody,
  return: ReviewReasonBody,
  urge: ReviewNoteBody,
  waive: ReviewReasonBody,
} as const;
export type ReportActionBodies = { [K in keyof typeof reportActionBodies]: Static<(typeof reportActionBodies)[K]> };
