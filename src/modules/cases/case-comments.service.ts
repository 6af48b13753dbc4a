import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { openStatuses } from '../../shared/cases.ts';
import { actorLabel } from '../access/actor.ts';
import type { RequestContext } from '../access/request-context.ts';
import { requireActor } from '../access/policy.ts';
import { linkAttachments, verifyAttachmentTokens } from '../attachments/attachments.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deliver } from '../notifications/notifications.service.ts';
import { redactPersonalData } from '../privacy/personal-data.ts';
import { externalKinds } from './case-actions.service.ts';
import type { CaseDeps } from './case-deps.ts';
import { notifyComment } from './case-effects.ts';
import * as publicRepo from './case-public.repository.ts';
import * as repo from './cases.repository.ts';

/**
 * 群众补充: a reporter's comment on an existing case, sent by an outside system on the reporter's
 * behalf (Open311's POST servicerequestupdates). It is one event on the timeline
 * (`reporter_comment`), changes nothing of the case (no status, no version, no deadline: what the
 * reporter says of the problem is noted in the comment for the dispatcher to act on), links its
 * photos, is audited and tells the lead unit (and the dispatch centre when the case is not with a
 * unit). The comment is personal data: the timeline keeps it as sent for readers with pii.read and
 * a masked copy, made as intake masks a description, for everyone else. It stays off the public
 * page and the public feeds, which carry the government's own wording only.
 */

export const reporterCommentAction = 'reporter_comment';

/** What the reporter says of the problem besides the comment: still there (or reopen it), or fixed. */
export type ReporterClaim = 'unresolved' | 'reopen' | 'resolved';

export interface ReporterComment {
  /** The case's tracking code (查询码), as the public feeds give it. */
  trackingCode: string;
  text: string;
  /** A title the sender gives the comment, kept as its first line. */
  title?: string | undefined;
  claim?: ReporterClaim | undefined;
  /** The claim as the sender said it (FIXED, REOPEN…), kept beside the words it is read as. */
  claimSaid?: string | undefined;
  commenter: { name?: string | undefined; email?: string | undefined; phone?: string | undefined };
  /** Links to photos held by the sender. */
  mediaUrls: readonly string[];
  /** The sender's id of this comment: a retry with it answers the comment it made. */
  externalId?: string | undefined;
  /** Where it came from (`open311`) and what else the sender said of it (its time, its account id). */
  source: string;
  sourceData: Readonly<Record<string, string>>;
}

export interface CommentOutcome {
  caseId: number;
  eventId: number;
  replayed: boolean;
}

const notFound = (code: string) =>
  new AppError('NOT_FOUND', {
    message: { zh: `没有编号为 ${code} 的诉求。`, en: `No request has the id ${code}.` },
  });

/** How a claim reads to the staff, when it says something the case's own state does not. */
function claimNote(claim: ReporterClaim | undefined, said: string | undefined, status: string): string | null {
  if (!claim) return null;
  const open = (openStatuses as readonly string[]).includes(status);
  const as = said ? `（${said}）` : '';
  if (claim === 'reopen' || (claim === 'unresolved' && !open)) return `群众表示问题仍未解决，要求重新办理${as}。`;
  if (claim === 'resolved' && open) return `群众表示问题已解决${as}。`;
  return null;
}

/** The note as stored: the title, the words, the photo links, and what the reporter claims. */
function noteOf(input: ReporterComment, status: string): string {
  const lines = [
    ...(input.title?.trim() ? [input.title.trim(), ''] : []),
    input.text.trim(),
    ...input.mediaUrls.map((url) => `（图片：${url}）`),
  ];
  const claim = claimNote(input.claim, input.claimSaid, status);
  if (claim) lines.push(claim);
  return lines.join('\n');
}

/** The same comment sent again, when the sender gives it no id of its own. */
function bodyHash(input: ReporterComment): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        input.trackingCode,
        input.title ?? '',
        input.text.trim(),
        input.claimSaid ?? '',
        input.commenter,
        input.mediaUrls,
        input.sourceData,
      ]),
    )
    .digest('hex');
}

/** The comment this sender already made with this key, if any. */
async function findComment(
  db: Kysely<DB>,
  caseId: number,
  senderId: number,
  key: { externalId?: string | undefined; hash: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom('case_event')
    .select('id')
    .where('case_id', '=', caseId)
    .where('action', '=', reporterCommentAction)
    .where('actor_id', '=', senderId)
    .where(
      key.externalId === undefined
        ? sql<boolean>`data->>'bodyHash' = ${key.hash}`
        : sql<boolean>`data->>'externalId' = ${key.externalId}`,
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/**
 * Adds a reporter's comment to the case with this tracking code, acting as the sending system's
 * account (ctx.actor). `upload` turns the photos sent along into attachment tokens; it is called
 * only for a comment not made before, and before the transaction (files are written outside it).
 * A retry (the same external id, or without one the same body) answers the first comment.
 */
export async function addReporterComment(
  deps: CaseDeps,
  ctx: RequestContext,
  input: ReporterComment,
  upload: () => Promise<string[]> = async () => [],
): Promise<CommentOutcome> {
  const sender = requireActor(ctx.actor);
  const code = input.trackingCode.trim().toUpperCase();
  const text = input.text.trim();
  if (text === '')
    throw new AppError('VALIDATION_FAILED', {
      message: { zh: '补充内容不能为空。', en: 'The comment (description) is empty.' },
      details: [{ in: 'body', path: '/description', message: 'must not be blank' }],
    });
  const key = { externalId: input.externalId?.trim() || undefined, hash: bodyHash(input) };
  const found = await publicRepo.findCaseByCode(deps.db, code);
  if (!found) throw notFound(code);
  const earlier = await findComment(deps.db, Number(found.id), sender.personId, key);
  if (earlier !== undefined) return { caseId: Number(found.id), eventId: earlier, replayed: true };

  const tokens = await upload();
  // The cached directory is read before the transaction (PGlite has one connection).
  const directory = await deps.directory.get();
  const outcome = await withTransaction(deps.db, async (trx) => {
    // The case is locked, so two deliveries of one comment run one after the other: the second finds the first.
    const row = await publicRepo.findCaseByCode(trx, code, { forUpdate: true });
    if (!row) throw notFound(code);
    const caseId = Number(row.id);
    const again = await findComment(trx, caseId, sender.personId, key);
    if (again !== undefined) return { caseId, eventId: again, replayed: true, notified: [] };
    const attachmentIds = await verifyAttachmentTokens(trx, tokens);
    const note = noteOf(input, row.status);
    const names = [row.reporter_name, input.commenter.name];
    const masked = redactPersonalData(note, { names }).text;
    const commenter = input.commenter;
    const eventId = await repo.insertEvent(trx, {
      case_id: caseId,
      at: ctx.now,
      actor_id: sender.personId,
      actor_label: actorLabel(sender),
      action: reporterCommentAction,
      from_status: row.status,
      to_status: row.status,
      note,
      public_text: null,
      data: JSON.stringify({
        source: input.source,
        ...(key.externalId === undefined ? {} : { externalId: key.externalId }),
        bodyHash: key.hash,
        ...(input.claim ? { claim: input.claim } : {}),
        ...(commenter.name ? { displayName: commenter.name } : {}),
        ...(commenter.email ? { email: commenter.email } : {}),
        ...(commenter.phone ? { phone: commenter.phone } : {}),
        ...(input.mediaUrls.length > 0 ? { mediaUrls: input.mediaUrls } : {}),
        ...(attachmentIds.length > 0 ? { attachmentCount: attachmentIds.length } : {}),
        ...(Object.keys(input.sourceData).length > 0 ? { sent: input.sourceData } : {}),
        // The copy readers without pii.read get (case-privacy.ts, eventNoteFor).
        noteMasked: masked,
      }),
    });
    if (attachmentIds.length > 0) await linkAttachments(trx, attachmentIds, caseId, eventId);
    await recordAudit(trx, ctx, {
      action: 'case.reporterComment',
      entityType: 'case',
      entityId: caseId,
      before: { status: row.status, version: row.version },
      after: {
        eventId,
        source: input.source,
        ...(key.externalId === undefined ? {} : { externalId: key.externalId }),
        ...(input.claim ? { claim: input.claim } : {}),
        attachments: attachmentIds.length,
      },
    });
    const notified = await notifyComment(trx, row, masked, directory, ctx.now);
    return { caseId, eventId, replayed: false, notified };
  });
  await deliver(deps.notifications, outcome.notified, externalKinds);
  return { caseId: outcome.caseId, eventId: outcome.eventId, replayed: outcome.replayed };
}
