import { Type } from 'typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { contextOf } from '../access/request-context.ts';
import type { App } from '../../platform/http/types.ts';
import { requireActor } from '../access/policy.ts';
import type { Kysely } from 'kysely';
import type { CaseConfig } from '../../platform/config/config.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import type { FileStore } from './file-store.ts';
import { findAttachment, uploadAttachment } from './attachments.service.ts';
import { Id } from '../../platform/http/schemas.ts';

const uploadTypes = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/pdf',
  'application/octet-stream',
];

/** Raw uploads: the body is the file; its type is decided by its content, not this header. */
export function acceptAttachmentUploads(app: App, maxBytes: number): void {
  app.addContentTypeParser(uploadTypes, { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) =>
    done(null, body),
  );
}

const tags = ['attachments'];
const Uploaded = Type.Object({
  id: Type.Integer(),
  token: Type.String({ description: 'Give it in `attachments` of an intake, note or resolution' }),
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
});

/** What the attachment routes need; whether a person may read a case is the case module's rule, passed in. */
export interface AttachmentRouteDeps {
  db: Kysely<DB>;
  files: FileStore;
  config: Pick<CaseConfig, 'attachmentMaxBytes'>;
  canReadCase(actor: Actor, caseId: number): Promise<boolean>;
}

export function registerAttachmentRoutes(app: App, deps: AttachmentRouteDeps): void {
  app.post(
    '/attachments',
    {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: '上传附件 Upload an image or PDF (the raw file as the body)',
        querystring: Type.Object({ name: Type.Optional(Type.String({ maxLength: 200 })) }),
        consumes: uploadTypes,
        response: { 201: Uploaded, 400: Type.Ref('ErrorBody'), 413: Type.Ref('ErrorBody'), 415: Type.Ref('ErrorBody') },
      },
    },
    async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      return reply
        .status(201)
        .send(
          await uploadAttachment(
            { db: deps.db, files: deps.files, maxBytes: deps.config.attachmentMaxBytes },
            contextOf(request),
            request.body,
            request.query.name,
          ),
        );
    },
  );
  /**
   * A citizen often names a photo after themselves (欧阳秀英身份证.jpg): only its uploader gets the
   * name back; everyone else a neutral one (附件-12.jpg).
   */
  const downloadName = (
    row: { id: number | string; file_name: string; uploaded_by: number | string | null },
    actor: { personId: number },
  ) => {
    if (row.uploaded_by !== null && Number(row.uploaded_by) === actor.personId) return row.file_name;
    const extension = /\.[A-Za-z0-9]{1,8}$/.exec(row.file_name)?.[0] ?? '';
    return `附件-${row.id}${extension}`;
  };
  app.get(
    '/attachments/:id',
    {
      schema: {
        tags,
        summary: 'Download an attachment of a case you may see',
        params: Type.Object({ id: Id() }),
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const actor = requireActor(ctx.actor);
      const row = await findAttachment(deps.db, request.params.id);
      const visible =
        row &&
        (row.case_id === null
          ? row.uploaded_by !== null && Number(row.uploaded_by) === actor.personId
          : await deps.canReadCase(actor, Number(row.case_id)));
      if (!row || !visible) throw new AppError('NOT_FOUND');
      const bytes = await deps.files.read(row.sha256);
      return reply
        .header('content-type', row.content_type)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(downloadName(row, actor))}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox")
        .header('cache-control', 'private, max-age=3600')
        .send(bytes);
    },
  );
}
