import type { Kysely, Selectable } from 'kysely';
import type { AttachmentTable, DB } from '../../platform/db/schema.ts';

export type AttachmentRow = Selectable<AttachmentTable>;

export async function insertAttachment(
  db: Kysely<DB>,
  row: {
    sha256: string;
    content_type: string;
    size: number;
    file_name: string;
    uploaded_by: number | null;
    upload_key: string;
    created_at: Date;
  },
): Promise<AttachmentRow> {
  return db.insertInto('attachment').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findAttachment(db: Kysely<DB>, id: number): Promise<AttachmentRow | undefined> {
  return db.selectFrom('attachment').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAttachments(db: Kysely<DB>, ids: readonly number[]): Promise<AttachmentRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('attachment')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

/** Attaches uploaded files to a case (and the event they belong to); only files not yet attached. */
export async function linkAttachments(
  db: Kysely<DB>,
  ids: readonly number[],
  caseId: number,
  eventId: number | null,
): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('attachment')
    .set({ case_id: caseId, event_id: eventId })
    .where('id', 'in', [...ids])
    .where('case_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listCaseAttachments(db: Kysely<DB>, caseId: number): Promise<AttachmentRow[]> {
  return db.selectFrom('attachment').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}
