import { type Static, type TSchema, Type } from 'typebox';
import {
  programmeActions,
  programmeKinds,
  programmeStatuses,
  reportFieldTypes,
  reportFrequencies,
  visibilities,
} from '../../shared/programmes.ts';
import { fieldKeyPattern } from './report-form.ts';
import { MAX_VERSION } from '../../platform/http/schemas.ts';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
export const DateTime = Type.String({ format: 'date-time' });
export const LocalDate = Type.String({
  format: 'date',
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A China-local date, YYYY-MM-DD',
});
export const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
export const Version = {
  version: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_VERSION,
      description: 'The version you read; a newer one answers 409 VERSION_CONFLICT',
    }),
  ),
};
export const UnitBrief = Type.Object({
  id: Type.Integer(),
  nameZh: Type.String(),
  nameEn: Nullable(Type.String({ description: 'The English name, when the unit has one' })),
});

export const errorResponses = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
  422: Type.Ref('ErrorBody'),
};

export const Phase = Type.Object({
  id: Type.Integer(),
  seq: Type.Integer(),
  name: Type.String(),
  startsOn: LocalDate,
  endsOn: LocalDate,
});
export const PhaseInput = Type.Object({
  id: Type.Optional(
    Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Keep an existing phase' }),
  ),
  name: Text(40),
  startsOn: LocalDate,
  endsOn: LocalDate,
});

export const StatusCounts = Type.Record(Type.String(), Type.Integer(), {
  description: 'Top-level tasks by displayed status',
});

export const TopicWindow = Type.Object({
  opensAt: Nullable(DateTime),
  closesAt: Nullable(DateTime),
  open: Type.Boolean({ description: 'Proposals and supports are taken now' }),
  supportLimit: Type.Integer({ description: 'Supports per person in this window' }),
  proposalLimit: Type.Integer({ description: 'Proposals per person in this window' }),
  intro: Nullable(Type.String()),
});

export const ProgrammeSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  kind: Type.Enum(programmeKinds),
  ownerUnit: UnitBrief,
  startsOn: LocalDate,
  endsOn: LocalDate,
  visibility: Type.Enum(visibilities),
  status: Type.Enum(programmeStatuses),
  taskCount: Type.Integer({ description: 'Top-level tasks you may see' }),
  statusCounts: StatusCounts,
  progress: Type.Number({ description: 'Mean progress of those tasks, 0–100' }),
  topicWindow: TopicWindow,
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(programmeActions)),
});
export type ProgrammeSummary = Static<typeof ProgrammeSummary>;

export const ReportFieldSchema = Type.Object({
  key: Type.String({ pattern: fieldKeyPattern }),
  label: Text(60),
  type: Type.Enum(reportFieldTypes),
  required: Type.Boolean(),
  min: Type.Optional(Type.Number()),
  max: Type.Optional(Type.Number()),
  maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  options: Type.Optional(Type.Array(Text(60), { maxItems: 50 })),
  multiple: Type.Optional(Type.Boolean()),
  maxFiles: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
  target: Type.Optional(
    Type.Boolean({ description: 'The value measures the task against its target (e.g. coverage %)' }),
  ),
  help: Type.Optional(Type.String({ maxLength: 200 })),
});

export const ReportFormView = Type.Object({
  id: Type.Integer(),
  programmeId: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  fields: Type.Array(ReportFieldSchema),
  frequency: Type.Enum(reportFrequencies),
  dueWorkingDay: Type.Integer({
    description: '0: the last working day of the period; N: the N-th working day after it',
  }),
  remindWorkingDays: Type.Integer({ description: 'Working days before the due day that the reminder goes out' }),
  startsOn: LocalDate,
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type ReportFormView = Static<typeof ReportFormView>;

export const ProgrammeDetail = Type.Object({
  ...ProgrammeSummary.properties,
  ...{
    description: Type.String(),
    atRiskWorkingDays: Type.Integer(),
    phases: Type.Array(Phase),
    forms: Type.Array(ReportFormView),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
});
export type ProgrammeDetail = Static<typeof ProgrammeDetail>;

export const ProgrammeList = Type.Object({ items: Type.Array(ProgrammeSummary), nextCursor: Nullable(Type.String()) });

export const ProgrammeListQuery = Type.Object({
  status: Type.Optional(Type.Enum(programmeStatuses)),
  kind: Type.Optional(Type.Enum(programmeKinds)),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  cursor: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const CreateProgrammeBody = Type.Object({
  title: Text(120),
  kind: Type.Enum(programmeKinds),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  ownerUnitId: Type.Integer({
    minimum: 1,
    maximum: Number.MAX_SAFE_INTEGER,
    description: 'The programme office (牵头单位)',
  }),
  startsOn: LocalDate,
  endsOn: LocalDate,
  visibility: Type.Optional(Type.Enum(visibilities)),
  atRiskWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  phases: Type.Optional(Type.Array(PhaseInput, { maxItems: 12 })),
});
export type CreateProgrammeBody = Static<typeof CreateProgrammeBody>;

export const UpdateProgrammeBody = Type.Object({
  ...Version,
  title: Type.Optional(Text(120)),
  kind: Type.Optional(Type.Enum(programmeKinds)),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  startsOn: Type.Optional(LocalDate),
  endsOn: Type.Optional(LocalDate),
  visibility: Type.Optional(Type.Enum(visibilities)),
  atRiskWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
  phases: Type.Optional(
    Type.Array(PhaseInput, {
      maxItems: 12,
      description: 'The full list; phases left out are removed (refused while tasks use them)',
    }),
  ),
});
export type UpdateProgrammeBody = Static<typeof UpdateProgrammeBody>;

export const VersionBody = Type.Object({ ...Version });

export const TopicWindowBody = Type.Object({
  ...Version,
  opensAt: DateTime,
  closesAt: DateTime,
  supportLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  proposalLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  intro: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type TopicWindowBody = Static<typeof TopicWindowBody>;

export const FormBody = Type.Object({
  name: Text(60),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  fields: Type.Array(ReportFieldSchema, { maxItems: 40 }),
  frequency: Type.Enum(reportFrequencies),
  dueWorkingDay: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  remindWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  startsOn: LocalDate,
});
export type FormBody = Static<typeof FormBody>;

export const UpdateFormBody = Type.Object({
  ...Version,
  name: Type.Optional(Text(60)),
  description: Type.Optional(Type.String({ maxLength: 2000 })),
  fields: Type.Optional(Type.Array(ReportFieldSchema, { maxItems: 40 })),
  dueWorkingDay: Type.Optional(Type.Integer({ minimum: 0, maximum: 20 })),
  remindWorkingDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateFormBody = Static<typeof UpdateFormBody>;

export const FormParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  formId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
});

export const ImportResult = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
