import { type Static, Type } from 'typebox';
import { taskActions, taskDisplayStatuses, taskStatuses } from '../../shared/programmes.ts';
import { DateTime, LocalDate, Nullable, Text, UnitBrief, Version } from './programmes.schemas.ts';

/** Upload tokens (`<id>.<secret>`) from POST /attachments. */
export const AttachmentTokens = Type.Array(Type.String({ pattern: '^[0-9]{1,15}\\.[A-Za-z0-9_-]{16,64}$' }), {
  maxItems: 9,
});

export const StatusReason = Type.Object(
  {
    code: Type.Enum([
      'task_late',
      'milestone_late',
      'task_due_soon',
      'milestone_due_soon',
      'report_overdue',
      'progress_behind',
      'before_start',
    ]),
    title: Type.Optional(Type.String()),
    due: Type.Optional(Type.String()),
    dueAt: Type.Optional(Type.String()),
    startsOn: Type.Optional(Type.String()),
    expected: Type.Optional(Type.Number()),
    actual: Type.Optional(Type.Number()),
  },
  { description: 'Why the task shows its status' },
);

export const Milestone = Type.Object({
  id: Type.Integer(),
  seq: Type.Integer(),
  title: Type.String(),
  dueOn: LocalDate,
  deadline: DateTime,
  phaseId: Nullable(Type.Integer()),
  completedAt: Nullable(DateTime),
  completionNote: Nullable(Type.String()),
  late: Type.Boolean({ description: 'Open past its deadline, or completed after it' }),
});

export const Target = Type.Object({
  text: Nullable(Type.String()),
  value: Nullable(Type.Number()),
  unit: Nullable(Type.String()),
  actual: Nullable(Type.Number()),
});

export const TaskSummary = Type.Object({
  id: Type.Integer(),
  programmeId: Type.Integer(),
  programmeTitle: Type.String(),
  parentId: Nullable(Type.Integer()),
  seq: Type.Integer(),
  externalId: Nullable(Type.String()),
  title: Type.String(),
  leadUnit: UnitBrief,
  supportingUnits: Type.Array(UnitBrief),
  leaderName: Nullable(Type.String({ description: '分管领导' })),
  ownerName: Nullable(Type.String({ description: '责任人' })),
  phaseId: Nullable(Type.Integer()),
  startsOn: Nullable(LocalDate),
  dueOn: Nullable(LocalDate),
  target: Target,
  weight: Type.Number(),
  progress: Type.Number(),
  status: Type.Enum(taskStatuses, { description: 'The workflow stage' }),
  displayStatus: Type.Enum(taskDisplayStatuses, {
    description: 'The traffic light shown: computed from milestones, reports, dates and the working calendar',
  }),
  statusReasons: Type.Array(StatusReason),
  milestonesDone: Type.Integer(),
  milestonesTotal: Type.Integer(),
  childCount: Type.Integer(),
  reportsFiled: Type.Integer(),
  lastReportAt: Nullable(DateTime),
  topicId: Nullable(Type.Integer({ description: 'The public topic this task was selected from' })),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(taskActions)),
});
export type TaskSummary = Static<typeof TaskSummary>;

export const TaskEvent = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  action: Type.String(),
  actorLabel: Nullable(Type.String()),
  fromStatus: Nullable(Type.String()),
  toStatus: Nullable(Type.String()),
  note: Nullable(Type.String()),
  publicText: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
});

export const TaskComment = Type.Object({
  id: Type.Integer(),
  at: DateTime,
  authorLabel: Nullable(Type.String()),
  kind: Type.Enum(['comment', 'urge']),
  text: Type.String(),
});

export const Evidence = Type.Object({
  id: Type.Integer(),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  reportId: Nullable(Type.Integer()),
  url: Type.String(),
  createdAt: DateTime,
});

export const ReportBrief = Type.Object({
  id: Type.Integer(),
  formId: Type.Integer(),
  formName: Type.String(),
  periodKey: Type.String(),
  status: Type.String(),
  late: Type.Boolean(),
  dueAt: DateTime,
  submittedAt: Nullable(DateTime),
  progress: Nullable(Type.Number()),
  summary: Nullable(Type.String()),
});

export const TaskDetail = Type.Object({
  ...TaskSummary.properties,
  ...{
    description: Type.String(),
    parent: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
    milestones: Type.Array(Milestone),
    children: Type.Array(TaskSummary),
    timeline: Type.Array(TaskEvent),
    comments: Type.Array(TaskComment),
    evidence: Type.Array(Evidence),
    reports: Type.Array(ReportBrief, { description: 'The latest reports, newest period first (at most 12)' }),
    doneAt: Nullable(DateTime),
    verifiedAt: Nullable(DateTime),
    createdAt: DateTime,
    updatedAt: DateTime,
  },
});
export type TaskDetail = Static<typeof TaskDetail>;

export const TaskList = Type.Object({ items: Type.Array(TaskSummary), nextOffset: Nullable(Type.Integer()) });

export const TaskListQuery = Type.Object({
  programmeId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  displayStatus: Type.Optional(Type.Array(Type.Enum(taskDisplayStatuses), { maxItems: 8 })),
  leadUnitId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  unitId: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: Number.MAX_SAFE_INTEGER,
      description: 'Tasks led or supported by this unit or the units below it',
    }),
  ),
  topLevel: Type.Optional(Type.Boolean({ description: 'Only tasks without a parent' })),
  parentId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
});
export type TaskListQuery = Static<typeof TaskListQuery>;

export const MilestoneInput = Type.Object({
  title: Text(120),
  dueOn: LocalDate,
  phaseId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
});

const taskFields = {
  title: Text(200),
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  externalId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'Your own key; a spreadsheet import updates the task with the same key',
    }),
  ),
  leadUnitId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  supportingUnitIds: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), { maxItems: 30 }),
  ),
  leaderName: Type.Optional(Type.String({ maxLength: 40 })),
  ownerName: Type.Optional(Type.String({ maxLength: 40 })),
  phaseId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  startsOn: Type.Optional(LocalDate),
  dueOn: Type.Optional(LocalDate),
  targetText: Type.Optional(Type.String({ maxLength: 200 })),
  targetValue: Type.Optional(Type.Number()),
  targetUnit: Type.Optional(Type.String({ maxLength: 20 })),
  weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000 })),
};

export const CreateTaskBody = Type.Object({
  ...taskFields,
  parentId: Type.Optional(
    Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'Makes it a sub-task' }),
  ),
  milestones: Type.Optional(Type.Array(MilestoneInput, { maxItems: 24 })),
});
export type CreateTaskBody = Static<typeof CreateTaskBody>;

export const UpdateTaskBody = Type.Object({
  ...Version,
  title: Type.Optional(taskFields.title),
  description: taskFields.description,
  externalId: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 64 }))),
  leadUnitId: Type.Optional(taskFields.leadUnitId),
  supportingUnitIds: taskFields.supportingUnitIds,
  leaderName: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  ownerName: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  phaseId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }))),
  startsOn: Type.Optional(Nullable(LocalDate)),
  dueOn: Type.Optional(Nullable(LocalDate)),
  targetText: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  targetValue: Type.Optional(Nullable(Type.Number())),
  targetUnit: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  weight: taskFields.weight,
});
export type UpdateTaskBody = Static<typeof UpdateTaskBody>;

export const TaskIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
export const MilestoneParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  milestoneId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
});
export const AttachmentParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  attachmentId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
});

export const UpdateMilestoneBody = Type.Object({
  ...Version,
  title: Type.Optional(Text(120)),
  dueOn: Type.Optional(LocalDate),
  phaseId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }))),
});
export const CompleteMilestoneBody = Type.Object({
  ...Version,
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  attachments: Type.Optional(AttachmentTokens),
});
export const ReasonBody = Type.Object({ ...Version, reason: Text(1000) });
export const NoteBody = Type.Object({ ...Version, note: Text(2000) });
export const TextBody = Type.Object({ ...Version, text: Text(2000) });
export const EvidenceBody = Type.Object({
  ...Version,
  attachments: Type.Array(Type.String({ pattern: '^[0-9]{1,15}\\.[A-Za-z0-9_-]{16,64}$' }), {
    minItems: 1,
    maxItems: 9,
  }),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export const OpenReportBody = Type.Object({
  formId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  periodKey: Type.Optional(
    Type.String({ pattern: '^\\d{4}-(W\\d{2}|\\d{2}|Q[1-4])$', description: 'Defaults to the current period' }),
  ),
});

/** The bodies of the task action routes (POST /tasks/{id}/{segment}). */
export const taskActionBodies = {
  claimDone: NoteBody,
  verify: NoteBody,
  reject: ReasonBody,
  moveToRoutine: ReasonBody,
  resume: ReasonBody,
  withdraw: ReasonBody,
  comment: TextBody,
  urge: TextBody,
} as const;
export type TaskActionBodies = { [K in keyof typeof taskActionBodies]: Static<(typeof taskActionBodies)[K]> };
