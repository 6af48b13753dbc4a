import { redactPersonalData } from '../privacy/personal-data.ts';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import { officeTopicsPath } from '../../shared/app-paths.ts';
import type { Actor } from '../access/actor.ts';
import { requireActor } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findCategory } from '../categories/categories.repository.ts';
import { deliver, notifyUnits } from '../notifications/notifications.service.ts';
import type { ProgrammeDeps } from '../programmes/programme-deps.ts';
import { findProgramme } from '../programmes/programmes.repository.ts';
import { isTopicWindowOpen } from '../programmes/programme-view.ts';
import { officeUnitsOf } from '../programmes/task-effects.ts';
import { listMilestones, listTaskEvents, findTask } from '../programmes/tasks.repository.ts';
import type { PublicTaskFacts } from './topic-view.ts';
import { presentPublicTopic } from './topic-view.ts';
import type { ProposeBody, PublicTopic, SupportResult } from './topics.schemas.ts';
import * as repo from './topics.repository.ts';

/**
 * Topics chosen by the public (群众点题), the citizens' side: a signed-in citizen proposes during an
 * open window (moderated before anyone else sees it) and supports published topics — once per
 * topic, which the (topic, person) key enforces even under concurrent requests, and up to the
 * window's limit per person, which a lock on the person's row serialises. Anyone may read published
 * topics and the progress of the tasks made from them.
 */

function requireCitizen(ctx: RequestContext): Actor {
  const actor = requireActor(ctx.actor);
  if (actor.kind !== 'citizen') throw new AppError('CITIZEN_ONLY');
  return actor;
}

const visibleStatuses = ['published', 'selected'];

async function taskFacts(db: Kysely<DB>, rows: readonly repo.TopicRow[]): Promise<Map<number, PublicTaskFacts>> {
  const out = new Map<number, PublicTaskFacts>();
  for (const row of rows) {
    if (row.task_id === null) continue;
    const taskId = Number(row.task_id);
    const [task, milestones, events] = await Promise.all([
      findTask(db, taskId),
      listMilestones(db, [taskId]),
      listTaskEvents(db, taskId, { publicOnly: true }),
    ]);
    out.set(Number(row.id), {
      dueOn: task?.due_on ?? null,
      milestones: milestones.map((m) => ({ title: m.title, dueOn: m.due_on, completed: m.completed_at !== null })),
      updates: events.map((e) => ({ at: new Date(e.at).toISOString(), text: e.public_text ?? '' })),
    });
  }
  return out;
}

async function present(db: Kysely<DB>, ctx: RequestContext, rows: readonly repo.TopicRow[]): Promise<PublicTopic[]> {
  const supported = ctx.actor
    ? await repo.supportedBy(
        db,
        ctx.actor.personId,
        rows.map((r) => Number(r.id)),
      )
    : new Set<number>();
  const facts = await taskFacts(db, rows);
  return rows.map((r) =>
    presentPublicTopic(r, ctx.actor, ctx.now, supported.has(Number(r.id)), facts.get(Number(r.id))),
  );
}

export async function listPublicTopics(
  deps: ProgrammeDeps,
  ctx: RequestContext,
  query: {
    programmeId?: number | undefined;
    sort?: 'support' | 'new' | undefined;
    offset?: number | undefined;
    limit?: number | undefined;
  },
): Promise<{ items: PublicTopic[]; nextOffset: number | null }> {
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  const rows = await repo.listTopics(
    deps.db,
    { programmeId: query.programmeId, statuses: visibleStatuses, publicOnly: true },
    { limit, offset, order: query.sort ?? 'support' },
  );
  return { items: await present(deps.db, ctx, rows), nextOffset: rows.length === limit ? offset + limit : null };
}

/** A published topic for anyone; the proposer also sees their own while it waits or after it was rejected. */
export async function getPublicTopic(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<PublicTopic> {
  const row = await repo.findTopic(deps.db, id);
  const mine =
    row !== undefined &&
    ctx.actor !== null &&
    row.proposer_person_id !== null &&
    Number(row.proposer_person_id) === ctx.actor.personId;
  if (!row || row.visibility !== 'public' || (!visibleStatuses.includes(row.status) && !mine))
    throw new AppError('NOT_FOUND');
  const [topic] = await present(deps.db, ctx, [row]);
  if (!topic) throw new AppError('NOT_FOUND');
  return topic;
}

export async function listMyTopics(
  deps: ProgrammeDeps,
  ctx: RequestContext,
): Promise<{ items: PublicTopic[]; nextOffset: number | null }> {
  const actor = requireCitizen(ctx);
  const rows = await repo.listTopics(
    deps.db,
    { proposerId: actor.personId, statuses: ['pending', 'published', 'rejected', 'selected'] },
    { limit: 100, offset: 0, order: 'new' },
  );
  return { items: await present(deps.db, ctx, rows), nextOffset: null };
}

/** 我要点题: a proposal waits for moderation before anyone else sees it. */
export async function proposeTopic(deps: ProgrammeDeps, ctx: RequestContext, body: ProposeBody): Promise<PublicTopic> {
  const actor = requireCitizen(ctx);
  const { id, notified } = await withTransaction(deps.db, async (trx) => {
    const programme = await findProgramme(trx, body.programmeId);
    if (!programme || programme.visibility !== 'public' || programme.status === 'draft')
      throw new AppError('NOT_FOUND');
    if (!isTopicWindowOpen(programme, ctx.now)) throw new AppError('TOPIC_WINDOW_CLOSED');
    if (body.categoryId !== undefined && !(await findCategory(trx, body.categoryId)))
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/categoryId', message: 'no such category' }],
      });
    await repo.lockPerson(trx, actor.personId);
    const opensAt = new Date(programme.topic_window_opens_at as Date);
    if ((await repo.countProposals(trx, actor.personId, body.programmeId, opensAt)) >= programme.topic_proposal_limit)
      throw new AppError('TOPIC_PROPOSAL_LIMIT', { details: { limit: programme.topic_proposal_limit } });
    // The proposer's words stay whole in the topic (they read their own); copies others read are masked.
    const known = { names: [actor.displayName] };
    const topicId = await repo.insertTopic(trx, {
      programme_id: body.programmeId,
      title: body.title.trim(),
      description: body.description.trim(),
      category_id: body.categoryId ?? null,
      keywords: (body.keywords ?? []).map((k) => k.trim()),
      proposer_person_id: actor.personId,
      created_at: ctx.now,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'topic.propose',
      entityType: 'topic',
      entityId: topicId,
      after: { programmeId: body.programmeId, title: redactPersonalData(body.title, known).text },
    });
    const told = await notifyUnits(
      trx,
      officeUnitsOf(programme.owner_unit_id, programme.owner_path),
      {
        kind: 'topic.proposed',
        title: `新的群众点题待审核：${redactPersonalData(body.title.trim(), known).text}`,
        body: programme.title,
        link: officeTopicsPath(body.programmeId, topicId),
      },
      ctx.now,
    );
    return { id: topicId, notified: [told] };
  });
  await deliver(deps.notifications, notified);
  return getPublicTopic(deps, ctx, id);
}

async function supportable(trx: Kysely<DB>, id: number, now: Date): Promise<repo.TopicRow> {
  const row = await repo.findTopic(trx, id);
  if (!row || row.visibility !== 'public' || !visibleStatuses.includes(row.status)) throw new AppError('NOT_FOUND');
  const open = isTopicWindowOpen(
    {
      status: row.programme_status,
      topic_window_opens_at: row.topic_window_opens_at,
      topic_window_closes_at: row.topic_window_closes_at,
    },
    now,
  );
  if (!open) throw new AppError('TOPIC_WINDOW_CLOSED');
  if (row.status !== 'published') throw new AppError('TOPIC_ACTION_NOT_ALLOWED', { details: { status: row.status } });
  return row;
}

/** 支持: one support per person and topic (409 TOPIC_ALREADY_SUPPORTED on the second), a limit per person per window. */
export async function supportTopic(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<SupportResult> {
  const actor = requireCitizen(ctx);
  return withTransaction(deps.db, async (trx) => {
    await repo.lockPerson(trx, actor.personId);
    const row = await supportable(trx, id, ctx.now);
    const opensAt = new Date(row.topic_window_opens_at as Date);
    const used = await repo.countSupports(trx, actor.personId, Number(row.programme_id), opensAt);
    if ((await repo.supportedBy(trx, actor.personId, [id])).has(id)) throw new AppError('TOPIC_ALREADY_SUPPORTED');
    if (used >= row.topic_support_limit)
      throw new AppError('TOPIC_SUPPORT_LIMIT', { details: { limit: row.topic_support_limit } });
    if (!(await repo.insertSupport(trx, id, actor.personId, ctx.now))) throw new AppError('TOPIC_ALREADY_SUPPORTED');
    await recordAudit(trx, ctx, { action: 'topic.support', entityType: 'topic', entityId: id });
    const fresh = await repo.findTopic(trx, id);
    return {
      topicId: id,
      supportCount: fresh?.support_count ?? row.support_count + 1,
      supportedByMe: true,
      supportsLeft: Math.max(0, row.topic_support_limit - used - 1),
    };
  });
}

export async function withdrawSupport(deps: ProgrammeDeps, ctx: RequestContext, id: number): Promise<SupportResult> {
  const actor = requireCitizen(ctx);
  return withTransaction(deps.db, async (trx) => {
    await repo.lockPerson(trx, actor.personId);
    const row = await supportable(trx, id, ctx.now);
    if (!(await repo.deleteSupport(trx, id, actor.personId)))
      throw new AppError('TOPIC_ACTION_NOT_ALLOWED', {
        message: { zh: '您还没有支持这个点题。', en: 'You do not support this topic.' },
      });
    await recordAudit(trx, ctx, { action: 'topic.withdraw_support', entityType: 'topic', entityId: id });
    const used = await repo.countSupports(
      trx,
      actor.personId,
      Number(row.programme_id),
      new Date(row.topic_window_opens_at as Date),
    );
    const fresh = await repo.findTopic(trx, id);
    return {
      topicId: id,
      supportCount: fresh?.support_count ?? 0,
      supportedByMe: false,
      supportsLeft: Math.max(0, row.topic_support_limit - used),
    };
  });
}
