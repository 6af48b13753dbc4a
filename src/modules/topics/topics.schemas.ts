import { type Static, Type } from 'typebox';
import { caseStatuses } from '../../shared/cases.ts';
import { taskDisplayStatuses, topicActions, topicStatuses } from '../../shared/programmes.ts';
import { DateTime, LocalDate, Nullable, Text, Version } from '../programmes/programmes.schemas.ts';
import { MilestoneInput } from '../programmes/tasks.schemas.ts';

const Keywords = Type.Array(Type.String({ minLength: 2, maxLength: 20 }), {
  maxItems: 10,
  description: 'Words that find cases about the same matter',
});

const LinkedTask = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  displayStatus: Type.Enum(taskDisplayStatuses),
  progress: Type.Number(),
});

/** A topic as staff see it (the proposer masked unless the reader holds pii.read). */
export const TopicView = Type.Object({
  id: Type.Integer(),
  programmeId: Type.Integer(),
  programmeTitle: Type.String(),
  title: Type.String(),
  description: Type.String(),
  category: Nullable(Type.Object({ id: Type.Integer(), nameZh: Type.String(), nameEn: Nullable(Type.String()) })),
  keywords: Type.Array(Type.String()),
  status: Type.Enum(topicStatuses),
  supportCount: Type.Integer(),
  relatedCases: Type.Integer({ description: 'Cases of the last year about the same matter (热点)' }),
  proposer: Nullable(Type.Object({ name: Type.String(), mobile: Nullable(Type.String()), masked: Type.Boolean() })),
  task: Nullable(LinkedTask),
  moderationNote: Nullable(Type.String()),
  moderatedAt: Nullable(DateTime),
  createdAt: DateTime,
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(topicActions)),
});
export type TopicView = Static<typeof TopicView>;

export const TopicList = Type.Object({
  items: Type.Array(TopicView),
  nextOffset: Nullable(Type.Integer()),
  counts: Type.Object(
    { pending: Type.Integer(), published: Type.Integer(), selected: Type.Integer(), rejected: Type.Integer() },
    { description: "The programme's topics by status (the tabs of the office's page)" },
  ),
});

/** Cases about the same matter as a topic (热点), those the reader may open. */
export const RelatedCaseList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      trackingCode: Type.String(),
      title: Type.String(),
      status: Type.Enum(caseStatuses),
      createdAt: DateTime,
    }),
  ),
  total: Type.Integer({ description: 'All related cases, including those outside your scope' }),
});
export type RelatedCaseList = Static<typeof RelatedCaseList>;

export const TopicListQuery = Type.Object({
  programmeId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  status: Type.Optional(Type.Array(Type.Enum(topicStatuses), { maxItems: 4 })),
  sort: Type.Optional(
    Type.Enum(['support', 'cases', 'new'], { description: 'By supports, by related cases (热点), or newest first' }),
  ),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type TopicListQuery = Static<typeof TopicListQuery>;

export const PublishBody = Type.Object({
  ...Version,
  keywords: Type.Optional(Keywords),
  categoryId: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }))),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
});
export const RejectBody = Type.Object({ ...Version, reason: Text(1000) });
export const SelectBody = Type.Object({
  ...Version,
  title: Type.Optional(Text(200)),
  leadUnitId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  supportingUnitIds: Type.Optional(
    Type.Array(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), { maxItems: 30 }),
  ),
  leaderName: Type.Optional(Type.String({ maxLength: 40 })),
  startsOn: Type.Optional(LocalDate),
  dueOn: Type.Optional(LocalDate),
  targetText: Type.Optional(Type.String({ maxLength: 200 })),
  milestones: Type.Optional(Type.Array(MilestoneInput, { maxItems: 24 })),
});
export type SelectBody = Static<typeof SelectBody>;

/** A topic as the public sees it: no proposer, the linked task's public progress. */
export const PublicTopic = Type.Object({
  id: Type.Integer(),
  programmeId: Type.Integer(),
  programmeTitle: Type.String(),
  title: Type.String(),
  description: Type.String(),
  category: Nullable(Type.Object({ id: Type.Integer(), nameZh: Type.String(), nameEn: Nullable(Type.String()) })),
  status: Type.Enum(topicStatuses),
  supportCount: Type.Integer(),
  supportedByMe: Type.Boolean(),
  mine: Type.Boolean({ description: 'You proposed it' }),
  moderationNote: Nullable(Type.String({ description: 'Shown to the proposer only' })),
  task: Nullable(
    Type.Object({
      ...LinkedTask.properties,
      dueOn: Nullable(LocalDate),
      milestones: Type.Array(Type.Object({ title: Type.String(), dueOn: LocalDate, completed: Type.Boolean() })),
      updates: Type.Array(Type.Object({ at: DateTime, text: Type.String() }), {
        description: 'Public progress notes, newest last',
      }),
    }),
  ),
  createdAt: DateTime,
  allowedActions: Type.Array(Type.Enum(topicActions)),
});
export type PublicTopic = Static<typeof PublicTopic>;

export const PublicTopicList = Type.Object({ items: Type.Array(PublicTopic), nextOffset: Nullable(Type.Integer()) });

export const PublicTopicQuery = Type.Object({
  programmeId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  sort: Type.Optional(Type.Enum(['support', 'new'])),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});

export const ProposeBody = Type.Object({
  programmeId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
  title: Text(60, 4),
  description: Text(2000, 10),
  categoryId: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
  keywords: Type.Optional(Keywords),
});
export type ProposeBody = Static<typeof ProposeBody>;

export const SupportResult = Type.Object({
  topicId: Type.Integer(),
  supportCount: Type.Integer(),
  supportedByMe: Type.Boolean(),
  supportsLeft: Type.Integer({ description: 'Supports you have left in this window' }),
});
export type SupportResult = Static<typeof SupportResult>;
