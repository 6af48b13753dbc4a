import { redactPersonalData } from '../privacy/personal-data.ts';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import { citizenTopicPath, citizenTopicsPath } from '../../shared/app-paths.ts';
import type { CaseStatus } from '../../shared/cases.ts';
import type { TopicAction } from '../../shared/programmes.ts';
import type { Actor } from '../access/actor.ts';
import { requireActor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findCategory } from '../categories/categories.repository.ts';
import { deliver, type Notified, notifyPeople } from '../notifications/notifications.service.ts';
import type { ProgrammeDeps } from '../programmes/programme-deps.ts';
import { findReadableProgramme } from '../programmes/programmes.repository.ts';
import { isUniqueViolation, programmeExternalKinds } from '../programmes/task-effects.ts';
import { insertTaskWithin } from '../programmes/tasks.service.ts';
import { countRelatedCases, listRelatedCases } from './related-cases.ts';
import { isModerator, presentTopic, topicActionsFor } from './topic-view.ts';
import type { RelatedCaseList, SelectBody, TopicListQuery, TopicView } from './topics.schemas.ts';
import * as repo from './topics.repository.ts';

/**
 * Topics chosen by the public (群众点题), the office's side: the moderation queue (审核) before
 * anything is published, the ranking by supports and by how many cases concern the same matter
 * (热点), and selection, which makes a task linked to the topic; its proposer and supporters hear
 * of each step and, from then on, of the task's progress.
 */

const related = (db: Kysely<DB>, rows: readonly repo.TopicRow[], now: Date) =>
  countRelatedCases(
    db,
    rows.map((r) => ({ id: Number(r.id), title: r.title, keywords: r.keywords ?? [], categoryPath: r.category_path })),
    now,
  );

type TopicCounts = Record<'pending' | 'published' | 'selected' | 'rejected', number>;

async function countsOf(db: Kysely<DB>, programmeId: number): Promise<TopicCounts> {
  const counts = await repo.countByStatus(db, programmeId);
  return {
    pending: counts.get('pending') ?? 0,
    published: counts.get('published') ?? 0,
    selected: counts.get('selected') ?? 0,
    rejected: counts.get('rejected') ?? 0,
  };
}

export async function listTopicsForOffice(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  query: TopicListQuery,
): Promise<{ items: TopicView[]; nextOffset: number | null; counts: TopicCounts }> {
  const actor = requireActor(ctx.actor);
  const programme = actor.kind === 'staff' ? await findReadableProgramme(deps.db, actor, query.programmeId) : undefined;
  if (!programme) throw new AppError(actor.kind === 'staff' ? 'NOT_FOUND' : 'FORBIDDEN');
  if (!isModerator(actor, programme)) throw new AppError('FORBIDDEN');
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const statuses = query.status && query.status.length > 0 ? query.status : ['pending', 'published', 'selected'];
  if (query.sort === 'cases') {
    // Ranked by related cases: counted for the programme's topics (at most 500), then paged.
    const rows = await repo.listTopics(
      deps.db,
      { programmeId: query.programmeId, statuses },
      { limit: 500, offset: 0, order: 'support' },
    );
    const counts = await related(deps.db, rows, ctx.now);
    const ranked = [...rows].sort(
      (a, b) =>
        (counts.get(Number(b.id)) ?? 0) - (counts.get(Number(a.id)) ?? 0) ||
        b.support_count - a.support_count ||
        Number(a.id) - Number(b.id),
    );
    const page = ranked.slice(offset, offset + limit);
    return {
      items: page.map((r) => presentTopic(r, actor, counts.get(Number(r.id)) ?? 0, ctx.now)),
      nextOffset: offset + limit < ranked.length ? offset + limit : null,
      counts: await countsOf(deps.db, query.programmeId),
    };
  }
  const rows = await repo.listTopics(
    deps.db,
    { programmeId: query.programmeId, statuses },
    { limit, offset, order: query.sort === 'new' ? 'new' : 'support' },
  );
  const counts = await related(deps.db, rows, ctx.now);
  return {
    items: rows.map((r) => presentTopic(r, actor, counts.get(Number(r.id)) ?? 0, ctx.now)),
    nextOffset: rows.length === limit ? offset + limit : null,
    counts: await countsOf(deps.db, query.programmeId),
  };
}

async function loadForModeration(
  trx: Kysely<DB>,
  actor: Actor,
  id: number,
  action: TopicAction,
  now: Date,
  version?: number,
): Promise<repo.TopicRow> {
  const row = await repo.findTopic(trx, id, { forUpdate: true });
  if (!row || actor.kind !== 'staff' || !(await findReadableProgramme(trx, actor, Number(row.programme_id))))
    throw new AppError('NOT_FOUND');
  if (!isModerator(actor, row)) throw new AppError('FORBIDDEN');
  checkVersion(version, row.version);
  if (!topicActionsFor(actor, row, now, false).includes(action))
    throw new AppError(
      action === 'select' && row.status === 'published' && row.programme_status === 'active'
        ? 'FORBIDDEN'
        : 'TOPIC_ACTION_NOT_ALLOWED',
      { details: { action, status: row.status } },
    );
  return row;
}

async function loadForOffice(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
): Promise<{ actor: Actor; row: repo.TopicRow }> {
  const actor = requireActor(ctx.actor);
  const row = await repo.findTopic(db, id);
  if (
    !row ||
    actor.kind !== 'staff' ||
    !(await findReadableProgramme(db, actor, Number(row.programme_id))) ||
    !isModerator(actor, row)
  )
    throw new AppError('NOT_FOUND');
  return { actor, row };
}

export async function getTopic(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<TopicView> {
  const { actor, row } = await loadForOffice(deps.db, ctx, id);
  const counts = await related(deps.db, [row], ctx.now);
  return presentTopic(row, actor, counts.get(id) ?? 0, ctx.now);
}

/** 相关诉求: the newest cases about the topic's matter that the reader may open, and how many there are in all. */
export async function listTopicRelatedCases(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
): Promise<RelatedCaseList> {
  const { actor, row } = await loadForOffice(deps.db, ctx, id);
  const topic = { id, title: row.title, keywords: row.keywords ?? [], categoryPath: row.category_path };
  const [rows, counts] = await Promise.all([
    listRelatedCases(deps.db, actor, topic, ctx.now, 20),
    countRelatedCases(deps.db, [topic], ctx.now),
  ]);
  return {
    items: rows.map((c) => ({
      id: Number(c.id),
      trackingCode: c.tracking_code,
      title: c.title,
      status: c.status as CaseStatus,
      createdAt: new Date(c.created_at).toISOString(),
    })),
    total: counts.get(id) ?? 0,
  };
}

async function followersOf(trx: Kysely<DB>, row: repo.TopicRow): Promise<number[]> {
  const supporters = await repo.listSupporterIds(trx, Number(row.id));
  return [...new Set([...supporters, ...(row.proposer_person_id === null ? [] : [Number(row.proposer_person_id)])])];
}

/** 审核通过: publishes a proposal (optionally with keywords and a category for finding related cases). */
export async function publishTopic(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: {
    keywords?: string[] | undefined;
    categoryId?: number | null | undefined;
    note?: string | undefined;
    version?: number | undefined;
  },
): Promise<TopicView> {
  const actor = requireActor(ctx.actor);
  const notified = await withTransaction(deps.db, async (trx) => {
    const row = await loadForModeration(trx, actor, id, 'publish', ctx.now, body.version);
    if (body.categoryId && !(await findCategory(trx, body.categoryId)))
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/categoryId', message: 'no such category' }],
      });
    const fields = {
      status: 'published',
      moderated_by: actor.personId,
      moderated_at: ctx.now,
      moderation_note: body.note?.trim() || null,
      ...(body.keywords !== undefined ? { keywords: body.keywords.map((k) => k.trim()) } : {}),
      ...(body.categoryId !== undefined ? { category_id: body.categoryId } : {}),
    };
    await repo.updateTopic(trx, id, { ...fields, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'topic.publish',
      entityType: 'topic',
      entityId: id,
      before: { status: row.status },
      after: { status: 'published', keywords: body.keywords, categoryId: body.categoryId },
    });
    return row.proposer_person_id === null
      ? []
      : [
          await notifyPeople(
            trx,
            [Number(row.proposer_person_id)],
            {
              kind: 'topic.published',
              title: `您的点题已公开：${row.title}`,
              body: '欢迎邀请更多群众支持。',
              link: citizenTopicPath(id),
            },
            ctx.now,
          ),
        ];
  });
  await deliver(deps.notifications, notified);
  return getTopic(deps, ctx, id);
}

/** 不予采纳: rejects a proposal (or takes a published one down), with the reason the proposer reads. */
export async function rejectTopic(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: { reason: string; version?: number | undefined },
): Promise<TopicView> {
  const actor = requireActor(ctx.actor);
  const reason = body.reason.trim();
  if (!reason) throw new AppError('TASK_NOTE_REQUIRED');
  const notified = await withTransaction(deps.db, async (trx) => {
    const row = await loadForModeration(trx, actor, id, 'reject', ctx.now, body.version);
    await repo.updateTopic(trx, id, {
      status: 'rejected',
      moderated_by: actor.personId,
      moderated_at: ctx.now,
      moderation_note: reason,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'topic.reject',
      entityType: 'topic',
      entityId: id,
      before: { status: row.status },
      after: { status: 'rejected', reason },
    });
    return [
      await notifyPeople(
        trx,
        await followersOf(trx, row),
        { kind: 'topic.rejected', title: `点题未被采纳：${row.title}`, body: reason, link: citizenTopicsPath() },
        ctx.now,
      ),
    ];
  });
  await deliver(deps.notifications, notified);
  return getTopic(deps, ctx, id);
}

/** 选题: makes the topic a task of its programme; its proposer and supporters follow the task's progress from now on. */
export async function selectTopic(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  id: number,
  body: SelectBody,
): Promise<TopicView> {
  const actor = requireActor(ctx.actor);
  let notified: Notified[];
  try {
    notified = await withTransaction(deps.db, async (trx) => {
      const row = await loadForModeration(trx, actor, id, 'select', ctx.now, body.version);
      // Only the fields this route declares reach the task (a body may carry others).
      // The task is read by every unit: it takes the proposer's words masked.
      const known = { names: [row.proposer_name] };
      const task = {
        title: body.title ?? redactPersonalData(row.title, known).text,
        description: redactPersonalData(row.description, known).text,
        leadUnitId: body.leadUnitId,
        ...(body.supportingUnitIds !== undefined ? { supportingUnitIds: body.supportingUnitIds } : {}),
        ...(body.leaderName !== undefined ? { leaderName: body.leaderName } : {}),
        ...(body.startsOn !== undefined ? { startsOn: body.startsOn } : {}),
        ...(body.dueOn !== undefined ? { dueOn: body.dueOn } : {}),
        ...(body.targetText !== undefined ? { targetText: body.targetText } : {}),
        ...(body.milestones !== undefined ? { milestones: body.milestones } : {}),
      };
      const made = await insertTaskWithin(trx, deps, ctx, actor, Number(row.programme_id), task, { via: 'topic' });
      await repo.updateTopic(trx, id, {
        status: 'selected',
        task_id: made.id,
        moderated_by: actor.personId,
        moderated_at: ctx.now,
        updated_at: ctx.now,
      });
      await recordAudit(trx, ctx, {
        action: 'topic.select',
        entityType: 'topic',
        entityId: id,
        before: { status: row.status },
        after: { status: 'selected', taskId: made.id },
      });
      const told = await notifyPeople(
        trx,
        await followersOf(trx, row),
        {
          kind: 'topic.selected',
          title: `点题已列为任务：${redactPersonalData(row.title, known).text}`,
          body: '办理进展将在这里持续公开。',
          link: citizenTopicPath(id),
        },
        ctx.now,
      );
      return [...made.notified, told];
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('TOPIC_ACTION_NOT_ALLOWED');
    throw error;
  }
  await deliver(deps.notifications, notified, programmeExternalKinds);
  return getTopic(deps, ctx, id);
}
