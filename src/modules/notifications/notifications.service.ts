import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Logger } from '../../platform/logging/logger.ts';
import type { Role } from '../access/permissions.ts';
import { requireActor } from '../access/policy.ts';
import { findApiToken, findSession } from '../auth/auth.repository.ts';
import { sha256 } from '../auth/secrets.ts';
import {
  createLogEmailChannel,
  createLogSmsChannel,
  type NotificationChannel,
  type OutgoingMessage,
  type Recipient,
} from './notification-channels.ts';
import { createNotificationHub, type NotificationHub } from './notification-hub.ts';
import type { NotificationView } from './notifications.schemas.ts';
import * as repo from './notifications.repository.ts';
import {
  installationRecipientRoles,
  type InstallationNoticeKind,
  recipientsOf,
  type UnitNoticeKind,
} from './recipients.ts';

export type { NotificationView };

export interface NotificationMessage {
  kind: string;
  title: string;
  body: string;
  caseId?: number | null;
  /** The app path it opens (`/tasks/12`, `/reports/5`); case notifications lead by `caseId`. */
  link?: string | null;
}

/** What a transaction wrote to the inboxes, to deliver once it has committed. */
export interface Notified {
  personIds: number[];
  message: NotificationMessage;
}

export interface NotificationDeps {
  db: Kysely<DB>;
  hub: NotificationHub;
  channels: NotificationChannel[];
  logger: Logger;
}

/** The kinds that also go out by text message and e-mail when `deliver` is not told otherwise. */
export const defaultExternalKinds: ReadonlySet<string> = new Set(['case.dispatch', 'case.urge', 'case.escalate']);

/** How many notifications a stream sends at once (and at most on reconnection). */
export const streamBatch = 100;

const defaultPageSize = 20;
const maxPageSize = 100;

function present(row: repo.NotificationRow): NotificationView {
  return {
    id: Number(row.id),
    at: new Date(row.at).toISOString(),
    kind: row.kind,
    title: row.title,
    body: row.body,
    caseId: row.case_id === null ? null : Number(row.case_id),
    link: row.link,
    read: row.read_at !== null,
  };
}

/** Inserts one inbox row per person (deduplicated) in the caller's transaction; returns what to deliver after commit. */
export async function notifyPeople(
  trx: Kysely<DB>,
  personIds: readonly number[],
  message: NotificationMessage,
  now: Date,
): Promise<Notified> {
  const unique = [...new Set(personIds.map(Number))];
  const caseId = message.caseId ?? null;
  const link = message.link ?? null;
  await repo.insertNotifications(
    trx,
    unique.map((personId) => ({
      person_id: personId,
      at: now,
      kind: message.kind,
      title: message.title,
      body: message.body,
      case_id: caseId,
      link,
    })),
  );
  return { personIds: unique, message: { kind: message.kind, title: message.title, body: message.body, caseId, link } };
}

/**
 * A notice to the units `unitIds`, received by the roles the table of recipients (recipients.ts)
 * names for its kind: the way every sender addresses units.
 */
export async function notifyUnits(
  trx: Kysely<DB>,
  unitIds: readonly number[],
  message: NotificationMessage & { kind: UnitNoticeKind },
  now: Date,
): Promise<Notified> {
  return notifyUnitRoles(trx, unitIds, recipientsOf(message.kind), message, now);
}

/** A notice about the installation to everyone holding the roles recipients.ts names for its kind, in any unit. */
export async function notifyRoleHolders(
  trx: Kysely<DB>,
  message: NotificationMessage & { kind: InstallationNoticeKind },
  now: Date,
): Promise<Notified> {
  const personIds = await repo.listRoleHolders(trx, installationRecipientRoles[message.kind]);
  return notifyPeople(trx, personIds, message, now);
}

/** The same for everyone holding one of `roles` in one of `unitIds` (e.g. a unit's handlers and its lead). */
export async function notifyUnitRoles(
  trx: Kysely<DB>,
  unitIds: readonly number[],
  roles: readonly Role[],
  message: NotificationMessage,
  now: Date,
): Promise<Notified> {
  const personIds = await repo.listPeopleOfUnitsByRoles(trx, [...new Set(unitIds.map(Number))], [...new Set(roles)]);
  return notifyPeople(trx, personIds, message, now);
}

/**
 * The same in a transaction of its own, delivered at once: for alarms raised outside any change
 * (the audit sealer's), which other modules receive as a plain function.
 */
export async function sendToRoleHolders(
  deps: NotificationDeps,
  message: NotificationMessage & { kind: InstallationNoticeKind },
  now: Date,
): Promise<void> {
  const notified = await withTransaction(deps.db, (trx) => notifyRoleHolders(trx, message, now));
  await deliver(deps, [notified]);
}

/**
 * After the transaction committed: wake live streams and send through the channels (failures logged,
 * never thrown). Only kinds in `externalKinds` (by default case.dispatch, case.urge, case.escalate) go
 * out by SMS/email, and only to active people with the channel's address; every kind wakes the hub.
 * Resolves when every send has finished or failed, so a caller may also leave it running (`void`).
 */
export async function deliver(
  deps: NotificationDeps,
  notified: readonly Notified[],
  externalKinds: ReadonlySet<string> = defaultExternalKinds,
): Promise<void> {
  for (const entry of notified) {
    if (entry.personIds.length > 0) deps.hub.publish(entry.personIds);
  }
  const external = notified.filter((entry) => entry.personIds.length > 0 && externalKinds.has(entry.message.kind));
  if (external.length === 0 || deps.channels.length === 0) return;

  let recipients: Map<number, Recipient>;
  try {
    const ids = [...new Set(external.flatMap((entry) => entry.personIds))];
    const rows = await repo.findRecipients(deps.db, ids);
    recipients = new Map(
      rows.map((row) => [
        Number(row.id),
        {
          personId: Number(row.id),
          displayName: row.display_name,
          mobile: row.mobile || null,
          email: row.email || null,
        },
      ]),
    );
  } catch (error) {
    deps.logger.error(
      { err: error, kinds: external.map((entry) => entry.message.kind) },
      'notification recipients could not be loaded; nothing sent by SMS or e-mail',
    );
    return;
  }

  const sends: Promise<void>[] = [];
  for (const entry of external) {
    const message: OutgoingMessage = {
      kind: entry.message.kind,
      title: entry.message.title,
      body: entry.message.body,
      caseId: entry.message.caseId ?? null,
    };
    for (const personId of entry.personIds) {
      const recipient = recipients.get(personId);
      if (!recipient) continue;
      for (const channel of deps.channels) {
        if (channel.name === 'sms' ? !recipient.mobile : !recipient.email) continue;
        sends.push(
          Promise.resolve()
            .then(() => channel.send(recipient, message))
            .catch((error: unknown) => {
              deps.logger.warn(
                { err: error, channel: channel.name, personId, kind: message.kind, caseId: message.caseId },
                'notification not sent',
              );
            }),
        );
      }
    }
  }
  await Promise.all(sends);
}

/** The hub and the default (log) channels; installations replace `channels` with their gateways. */
export function createNotificationDeps(db: Kysely<DB>, logger: Logger): NotificationDeps {
  return {
    db,
    hub: createNotificationHub(),
    channels: [createLogSmsChannel(logger), createLogEmailChannel(logger)],
    logger,
  };
}

/** The caller's inbox, newest first, and how many of all their notifications are unread. */
export async function listNotifications(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: { beforeId?: number; limit?: number; unreadOnly?: boolean },
): Promise<{ items: NotificationView[]; unread: number }> {
  const actor = requireActor(ctx.actor);
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? defaultPageSize), 1), maxPageSize);
  const rows = await repo.listForPerson(db, actor.personId, {
    beforeId: query.beforeId,
    limit,
    unreadOnly: query.unreadOnly === true,
  });
  return { items: rows.map(present), unread: await repo.countUnread(db, actor.personId) };
}

/** Marks the caller's own notifications read (the listed ids, or all); other people's ids are ignored. */
export async function markRead(
  db: Kysely<DB>,
  ctx: RequestContext,
  body: { ids?: number[]; all?: boolean },
): Promise<{ unread: number }> {
  const actor = requireActor(ctx.actor);
  if (body.all === true) await repo.markRead(db, actor.personId, 'all', ctx.now);
  else if (body.ids && body.ids.length > 0)
    await repo.markRead(db, actor.personId, { ids: [...new Set(body.ids)] }, ctx.now);
  return { unread: await repo.countUnread(db, actor.personId) };
}

/** Where a live stream starts: the caller, their unread count, and what they missed since `after`. */
export interface StreamStart {
  personId: number;
  unread: number;
  /** The greatest id the client has: the `id:` of the ready event; each notification sent raises it. */
  cursor: number;
  /** Rows at or below this id are never looked at again. */
  floor: number;
  /** Missed since `after`: at most the newest `streamBatch`, oldest first. */
  missed: NotificationView[];
}

/**
 * Opens a live stream for the caller. Without `after` the stream carries only what is new from now;
 * with it (a reconnection's Last-Event-ID), the newest `streamBatch` rows missed since are sent first.
 */
export async function openNotificationStream(
  db: Kysely<DB>,
  ctx: RequestContext,
  after: number | null,
): Promise<StreamStart> {
  const actor = requireActor(ctx.actor);
  const personId = actor.personId;
  const unread = await repo.countUnread(db, personId);
  // An id from the future (another database, a restored backup) would hide everything: start afresh.
  const resumeFrom = after !== null && after <= (await repo.latestId(db)) ? after : null;
  if (resumeFrom === null) {
    const cursor = await repo.latestIdOf(db, personId);
    return { personId, unread, cursor, floor: cursor, missed: [] };
  }
  const missed = (await repo.listAfter(db, personId, { afterId: resumeFrom, limit: streamBatch, newest: true })).map(
    present,
  );
  const first = missed[0];
  // When more were missed than are sent, the older ones stay in the inbox and are not streamed.
  const floor = missed.length >= streamBatch && first ? first.id - 1 : resumeFrom;
  return { personId, unread, cursor: resumeFrom, floor, missed };
}

/** A stream's next rows: above `floor` and not already sent, oldest first, at most `streamBatch`. */
export async function nextForStream(
  db: Kysely<DB>,
  personId: number,
  floor: number,
  sentIds: readonly number[],
): Promise<NotificationView[]> {
  const rows = await repo.listAfter(db, personId, { afterId: floor, excludeIds: sentIds, limit: streamBatch });
  return rows.map(present);
}

/** The credential a stream was opened with, as the request carried it. */
export interface StreamCredential {
  sessionToken: string | null;
  apiToken: string | null;
}

/**
 * Whether an open stream may go on: its session (or API token) still exists, has not expired or been
 * revoked, and its person is active. Reads only: unlike a request, a stream is not activity, so it
 * does not keep an idle session alive (the session sweeper deletes idle sessions).
 */
export async function streamStillAllowed(
  db: Kysely<DB>,
  personId: number,
  credential: StreamCredential,
  now: Date,
): Promise<boolean> {
  if (credential.sessionToken !== null) {
    const session = await findSession(db, sha256(credential.sessionToken));
    return !!session && Number(session.person_id) === personId && session.active && new Date(session.expires_at) > now;
  }
  if (credential.apiToken !== null) {
    const token = await findApiToken(db, sha256(credential.apiToken));
    return (
      !!token &&
      Number(token.person_id) === personId &&
      token.active &&
      !token.revoked_at &&
      (!token.expires_at || new Date(token.expires_at) > now)
    );
  }
  return repo.isPersonActive(db, personId);
}
