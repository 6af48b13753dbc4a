import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { safeFileName, sniffContentType } from './content-type.ts';
import type { FileStore } from './file-store.ts';
import * as repo from './attachments.repository.ts';

/**
 * Attachments (附件): images and PDFs, checked by their content, stored once per content hash under
 * the data folder. An upload answers a token `<id>.<secret>`; only its holder can attach the file to
 * a case (so an anonymous citizen's photos cannot be claimed by someone else).
 */

export interface AttachmentDeps {
  db: Kysely<DB>;
  files: FileStore;
  maxBytes: number;
}

export interface Uploaded {
  id: number;
  token: string;
  fileName: string;
  contentType: string;
  size: number;
}

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export async function uploadAttachment(
  deps: AttachmentDeps,
  ctx: RequestContext,
  bytes: Buffer,
  fileName: string | undefined,
): Promise<Uploaded> {
  if (bytes.length === 0) throw new AppError('ATTACHMENT_TYPE');
  if (bytes.length > deps.maxBytes)
    throw new AppError('ATTACHMENT_TOO_LARGE', { details: { maxBytes: deps.maxBytes } });
  const kind = sniffContentType(bytes);
  if (!kind) throw new AppError('ATTACHMENT_TYPE');
  const stored = await deps.files.put(bytes);
  const secret = randomBytes(24).toString('base64url');
  const row = await repo.insertAttachment(deps.db, {
    sha256: stored.sha256,
    content_type: kind,
    size: stored.size,
    file_name: safeFileName(fileName, kind),
    uploaded_by: ctx.actor?.personId ?? null,
    upload_key: hashSecret(secret),
    created_at: ctx.now,
  });
  return {
    id: Number(row.id),
    token: `${row.id}.${secret}`,
    fileName: row.file_name,
    contentType: kind,
    size: stored.size,
  };
}

/** The attachment ids the tokens prove, each still unattached; a bad or used token answers 400. */
export async function verifyAttachmentTokens(db: Kysely<DB>, tokens: readonly string[] | undefined): Promise<number[]> {
  if (!tokens || tokens.length === 0) return [];
  const parsed = tokens.map((token) => {
    const [id = '', secret = ''] = token.split('.');
    return { id: Number(id), secret };
  });
  const rows = new Map(
    (
      await repo.findAttachments(
        db,
        parsed.map((p) => p.id),
      )
    ).map((row) => [Number(row.id), row]),
  );
  const bad = parsed.filter(({ id, secret }) => {
    const row = rows.get(id);
    if (!row || row.case_id !== null || row.task_id !== null || !row.upload_key) return true;
    const expected = Buffer.from(row.upload_key, 'hex');
    const actual = Buffer.from(hashSecret(secret), 'hex');
    return expected.length !== actual.length || !timingSafeEqual(expected, actual);
  });
  if (bad.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      message: {
        zh: '附件无效或已被使用，请重新上传。',
        en: 'An attachment is invalid or already used; upload it again.',
      },
      details: bad.map((b) => ({ in: 'body', path: '/attachments', message: `attachment ${b.id} cannot be used` })),
    });
  }
  return [...new Set(parsed.map((p) => p.id))];
}

export { linkAttachments, listCaseAttachments, findAttachment } from './attachments.repository.ts';
