import { type Static, Type } from 'typebox';
import { Id } from '../../platform/http/schemas.ts';

export const NotificationView = Type.Object({
  id: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  kind: Type.String({ description: 'What happened, e.g. case.dispatch, case.urge' }),
  title: Type.String(),
  body: Type.String(),
  caseId: Type.Union([Type.Integer(), Type.Null()]),
  link: Type.Union([
    Type.String({
      description: 'The app path it opens, e.g. /tasks/12 or /reports/5 (case notifications open caseId)',
    }),
    Type.Null(),
  ]),
  read: Type.Boolean(),
});
export type NotificationView = Static<typeof NotificationView>;

export const NotificationList = Type.Object({
  items: Type.Array(NotificationView, { description: 'Newest first' }),
  unread: Type.Integer({ description: 'All unread notifications of the caller, not only those listed' }),
});

export const NotificationListQuery = Type.Object({
  beforeId: Type.Optional(
    Id({
      description:
        'Only the notifications listed after the one with this id (the next page); the list runs newest first by time',
    }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  unreadOnly: Type.Optional(Type.Boolean()),
});

export const MarkReadBody = Type.Object({
  ids: Type.Optional(
    Type.Array(Id(), {
      maxItems: 500,
      description: 'Your notifications to mark read; others are ignored',
    }),
  ),
  all: Type.Optional(Type.Boolean({ description: 'Mark all your notifications read' })),
});

export const UnreadCount = Type.Object({ unread: Type.Integer() });

export const StreamQuery = Type.Object({
  after: Type.Optional(
    Type.Integer({
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
      description:
        'Also send notifications with a greater id (the newest you already have); the Last-Event-ID header of a reconnection wins',
    }),
  ),
});
