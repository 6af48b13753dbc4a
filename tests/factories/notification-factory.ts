import type { Kysely } from 'kysely';
import type { DB } from '../../src/platform/db/schema.ts';
import { insertNotifications, markRead } from '../../src/modules/notifications/notifications.repository.ts';
import { testNow } from '../helpers/clock.ts';

let sequence = 0;

/** A notification (通知) for a person, unread unless `read`. Answers its id. */
export async function makeNotification(
  db: Kysely<DB>,
  overrides: {
    personId: number;
    kind?: string;
    title?: string;
    body?: string;
    caseId?: number | null;
    link?: string | null;
    at?: Date;
    read?: boolean;
  },
): Promise<number> {
  const n = ++sequence;
  const at = overrides.at ?? testNow();
  const [id] = await insertNotifications(db, [
    {
      person_id: overrides.personId,
      at,
      kind: overrides.kind ?? 'task.assign',
      title: overrides.title ?? `测试通知${n}`,
      body: overrides.body ?? '您有一项新的工作。',
      case_id: overrides.caseId ?? null,
      link: overrides.link === undefined ? null : overrides.link,
    },
  ]);
  if (id === undefined) throw new Error('notification not written');
  if (overrides.read) await markRead(db, overrides.personId, { ids: [id] }, at);
  return id;
}
