import { withTransaction } from '../../platform/db/database.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { chinaDayStart } from '../../shared/china-time.ts';
import type {
  FindingAction,
  ObjectKind,
  PatrolAction,
  PatrolLevelName,
  PatrolStatus,
  PatrolVerdictName,
} from '../../shared/patrols.ts';
import type { Actor } from '../access/actor.ts';
import { can, holds, requireActor, requireHolds } from '../access/policy.ts';
import type { RequestContext } from '../access/request-context.ts';
import { verifyAttachmentTokens } from '../attachments/attachments.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { redactPersonalData } from '../privacy/personal-data.ts';
import type { ObjectGeometry } from './object-geometry.ts';
import { judgePatrol } from './patrol-judge.ts';
import { defaultThresholds, type PatrolThresholds, thresholdsFor } from './patrol-thresholds.ts';
import { checkPhotoMarks, checkTrack } from './patrol-track.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import type {
  ChecklistItem,
  FindingBody,
  FindingView,
  PatrolListQuery,
  PatrolSummary,
  PatrolView,
  PhotoBody,
  PointsBody,
  ReviewBody,
  StartPatrolBody,
  StopBody,
} from './patrols.schemas.ts';
import * as repo from './patrols.repository.ts';

/**
 * Patrols (巡河、巡查): a chief or patroller starts one on an object they hold, the phone sends its
 * track in batches (each checked whole, all or nothing; a re-sent batch changes nothing), photos and
 * findings, then stops; the server judges it (patrol-judge.ts) with the thresholds of the object's
 * jurisdiction and stores the verdict with its reasons. The river office confirms or overrules a
 * verdict with a note. Each finding opens a case through the ordinary intake (channel patrol) and is
 * signed off (销号) once its case is closed.
 */

type PatrolRow = NonNullable<Awaited<ReturnType<typeof repo.findPatrol>>>;

/** The most points one patrol takes in all (20,000 are a long day's walk at one point a second and more). */
export const maxPatrolPoints = 50_000;

function effectiveVerdict(row: Pick<PatrolRow, 'verdict' | 'review_verdict'>): PatrolVerdictName | null {
  return (row.review_verdict ?? row.verdict) as PatrolVerdictName | null;
}

export function patrolActionsFor(
  actor: Actor,
  row: Pick<PatrolRow, 'person_id' | 'status' | 'unit_path'>,
): PatrolAction[] {
  const actions: PatrolAction[] = [];
  const own = Number(row.person_id) === actor.personId;
  if (own && row.status === 'recording') actions.push('append_points', 'add_photo', 'add_finding', 'stop');
  if (row.status === 'judged' && can(actor, 'patrol.review', row.unit_path)) actions.push('review');
  return actions;
}

function findingActionsFor(actor: Actor, f: repo.FindingRow, own: boolean): FindingAction[] {
  const actions: FindingAction[] = [];
  const manage = can(actor, 'patrol.manage', f.unit_path);
  if (f.case_id === null && (own || manage)) actions.push('open_case');
  if (f.case_id !== null && f.signed_off_at === null && f.case_status === 'closed' && (own || manage))
    actions.push('sign_off');
  return actions;
}

function summaryOf(actor: Actor, row: PatrolRow): PatrolSummary {
  return {
    id: Number(row.id),
    object: { id: Number(row.object_id), name: row.object_name, kind: row.object_kind as ObjectKind },
    unit: { id: Number(row.unit_id), nameZh: row.unit_name, nameEn: row.unit_name_en },
    person: { id: Number(row.person_id), name: row.person_name },
    level: row.level as PatrolLevelName,
    status: row.status as PatrolStatus,
    startedAt: new Date(row.started_at).toISOString(),
    endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : null,
    pointCount: row.point_count,
    verdict: row.verdict as PatrolVerdictName | null,
    effectiveVerdict: effectiveVerdict(row),
    review: row.review as 'confirmed' | 'overruled' | null,
    version: row.version,
    allowedActions: patrolActionsFor(actor, row),
  };
}

/**
 * Notes are free text a person typed (a finding may name a culprit or a plate): read as written by
 * their author and with pii.read over the place, masked (privacy/personal-data.ts) for everyone else.
 */
function readsOriginal(actor: Actor, unitPath: string, author: boolean): boolean {
  return author || can(actor, 'pii.read', unitPath);
}

function findingViewOf(
  actor: Actor,
  f: repo.FindingRow,
  checklist: readonly ChecklistItem[],
  own: boolean,
): FindingView {
  return {
    id: Number(f.id),
    patrolId: Number(f.patrol_id),
    objectId: Number(f.object_id),
    itemCode: f.item_code,
    itemLabel: checklist.find((i) => i.code === f.item_code)?.label ?? f.item_code,
    note: readsOriginal(actor, f.unit_path, own) ? f.note : redactPersonalData(f.note).text,
    lat: f.lat === null ? null : Number(f.lat),
    lng: f.lng === null ? null : Number(f.lng),
    photoIds: (f.photo_ids ?? []).map(Number),
    caseId: f.case_id === null ? null : Number(f.case_id),
    caseStatus: f.case_status ?? null,
    signedOffAt: f.signed_off_at ? new Date(f.signed_off_at).toISOString() : null,
    createdAt: new Date(f.created_at).toISOString(),
    version: f.version,
    allowedActions: findingActionsFor(actor, f, own),
  };
}

async function loadPatrol(deps: PatrolDeps, actor: Actor, id: number): Promise<PatrolRow> {
  requireHolds(actor, 'patrol.read');
  const row = await repo.findPatrolInScope(deps.db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function getPatrol(deps: PatrolDeps, ctx: RequestContext, id: number): Promise<PatrolView> {
  const actor = requireActor(ctx.actor);
  const row = await loadPatrol(deps, actor, id);
  const object = await repo.findObjectInScope(deps.db, actor, Number(row.object_id));
  const checklist = (object?.checklist ?? []) as ChecklistItem[];
  const [photos, findings] = await Promise.all([repo.listPhotos(deps.db, id), repo.listFindings(deps.db, id)]);
  const own = Number(row.person_id) === actor.personId;
  return {
    ...summaryOf(actor, row),
    clientId: row.client_id,
    reasons: (row.reasons as PatrolView['reasons'] | null) ?? [],
    figures: (row.figures as PatrolView['figures'] | null) ?? null,
    pieces: (row.pieces as PatrolView['pieces'] | null) ?? [],
    reviewNote:
      row.review_note === null || readsOriginal(actor, row.unit_path, Number(row.reviewed_by) === actor.personId)
        ? row.review_note
        : redactPersonalData(row.review_note).text,
    reviewedAt: row.reviewed_at ? new Date(row.reviewed_at).toISOString() : null,
    photos,
    findings: findings.map((f) => findingViewOf(actor, f, checklist, own)),
  };
}

export async function listPatrols(
  deps: PatrolDeps,
  ctx: RequestContext,
  query: PatrolListQuery,
): Promise<{ items: PatrolSummary[]; nextOffset: number | null }> {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  const day = (value: string | undefined, path: string, plus = 0) => {
    if (value === undefined) return undefined;
    const start = chinaDayStart(value);
    if (Number.isNaN(start.getTime()))
      throw new AppError('VALIDATION_FAILED', { details: [{ in: 'querystring', path, message: 'not a date' }] });
    return new Date(start.getTime() + plus);
  };
  const rows = await repo.listPatrols(
    deps.db,
    actor,
    {
      objectId: query.objectId,
      personId: query.personId,
      verdict: query.verdict,
      status: query.status,
      from: day(query.from, '/from'),
      to: day(query.to, '/to', 86_400_000),
    },
    { limit, offset },
  );
  return { items: rows.map((r) => summaryOf(actor, r)), nextOffset: rows.length === limit ? offset + limit : null };
}

/**
 * 开始巡查: on an object the person holds now (at the level asked, or their first). The phone's
 * client id makes a repeated start answer the same patrol (201 the first time, 200 after).
 */
export async function startPatrol(
  deps: PatrolDeps,
  ctx: RequestContext,
  body: StartPatrolBody,
): Promise<{ patrol: PatrolView; created: boolean }> {
  const actor = requireHolds(ctx.actor, 'patrol.record');
  const replay = await repo.findPatrolByClientId(deps.db, actor.personId, body.clientId);
  if (replay) {
    if (Number(replay.object_id) !== body.objectId) throw new AppError('CONFLICT');
    return { patrol: await getPatrol(deps, ctx, Number(replay.id)), created: false };
  }
  const object = await repo.findObjectInScope(deps.db, actor, body.objectId);
  if (!object) throw new AppError('NOT_FOUND');
  const mine = (await repo.listAppointments(deps.db, [body.objectId], { current: true })).filter(
    (a) => a.person_id === actor.personId && (body.level === undefined || a.level === body.level),
  );
  const appointment = mine[0];
  if (!appointment || !object.active) throw new AppError('FORBIDDEN');
  const startedAt = body.startedAt ? new Date(body.startedAt) : ctx.now;
  if (
    Number.isNaN(startedAt.getTime()) ||
    startedAt.getTime() > ctx.now.getTime() + 5 * 60_000 ||
    startedAt.getTime() < ctx.now.getTime() - 7 * 86_400_000
  )
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/startedAt', message: 'not within the last week' }],
    });
  const id = await withTransaction(deps.db, async (trx) => {
    const made = await repo.insertPatrol(trx, {
      object_id: body.objectId,
      person_id: actor.personId,
      level: appointment.level,
      unit_id: Number(object.unit_id),
      unit_path: object.unit_path,
      client_id: body.clientId,
      started_at: startedAt,
      updated_at: ctx.now,
    });
    if (made === null) return null;
    await recordAudit(trx, ctx, {
      action: 'patrol.start',
      entityType: 'patrol',
      entityId: made,
      after: { objectId: body.objectId, level: appointment.level, clientId: body.clientId },
    });
    return made;
  });
  if (id === null) {
    // A concurrent start with the same client id came first.
    const again = await repo.findPatrolByClientId(deps.db, actor.personId, body.clientId);
    if (!again) throw new AppError('CONFLICT');
    return { patrol: await getPatrol(deps, ctx, Number(again.id)), created: false };
  }
  return { patrol: await getPatrol(deps, ctx, id), created: true };
}

async function loadOwnRecording(deps: PatrolDeps, actor: Actor, id: number, trx = deps.db): Promise<PatrolRow> {
  requireHolds(actor, 'patrol.read');
  const row = await repo.findPatrol(trx, id, { forUpdate: trx !== deps.db });
  if (!row || (Number(row.person_id) !== actor.personId && !can(actor, 'patrol.read', row.unit_path)))
    throw new AppError('NOT_FOUND');
  if (Number(row.person_id) !== actor.personId) throw new AppError('FORBIDDEN');
  if (row.status !== 'recording') throw new AppError('PATROL_NOT_RECORDING');
  return row;
}

/**
 * 上传轨迹: a batch of points from `fromSeq`. The batch is checked whole (checkTrack: finite numbers,
 * inside China, sane accuracy, time not in the future nor going back, also across the batches
 * around it); any problem refuses it all (400, nothing stored). Points already stored under the same
 * numbers are kept as they are, so a re-sent batch is harmless; a batch that would leave a hole
 * (fromSeq beyond what is stored) is refused with the number to send from.
 */
export async function appendPoints(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: PointsBody,
): Promise<{ pointCount: number; stored: number }> {
  const actor = requireActor(ctx.actor);
  await loadOwnRecording(deps, actor, id);
  const problems = checkTrack(body.points, ctx.now);
  if (problems.length > 0)
    throw new AppError('PATROL_TRACK_INVALID', {
      details: problems.slice(0, 20).map((p) => ({ in: 'body', path: p.path, message: p.message })),
    });
  return withTransaction(deps.db, async (trx) => {
    const row = await loadOwnRecording(deps, actor, id, trx);
    if (body.fromSeq > row.point_count)
      throw new AppError('PATROL_POINTS_GAP', { details: { expectedFromSeq: row.point_count } });
    if (body.fromSeq + body.points.length > maxPatrolPoints)
      throw new AppError('PATROL_TRACK_INVALID', {
        details: [{ in: 'body', path: '/points', message: `a patrol takes at most ${maxPatrolPoints} points` }],
      });
    const first = body.points[0];
    const last = body.points[body.points.length - 1];
    if (first && last) {
      const before = await repo.lastPoint(trx, id, body.fromSeq);
      const after = await repo.firstPointAfter(trx, id, body.fromSeq + body.points.length - 1);
      if ((before && first.t < Number(before.t)) || (after && last.t > Number(after.t)))
        throw new AppError('PATROL_TRACK_INVALID', {
          details: [
            { in: 'body', path: '/points/0/t', message: 'time goes backwards against the points already sent' },
          ],
        });
    }
    const stored = await repo.insertPoints(trx, id, body.fromSeq, body.points);
    const pointCount = Math.max(row.point_count, body.fromSeq + body.points.length);
    if (pointCount !== row.point_count) {
      updatedOrConflict(
        await repo.updatePatrol(trx, id, row.version, { point_count: pointCount, updated_at: ctx.now }),
      );
      await recordAudit(trx, ctx, {
        action: 'patrol.points',
        entityType: 'patrol',
        entityId: id,
        before: { pointCount: row.point_count },
        after: { pointCount, fromSeq: body.fromSeq, stored },
      });
    }
    return { pointCount, stored };
  });
}

/** 巡查照片: an uploaded photo (its token from POST /attachments) with when and where it was taken. */
export async function addPhoto(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: PhotoBody,
): Promise<PatrolView> {
  const actor = requireActor(ctx.actor);
  await loadOwnRecording(deps, actor, id);
  const mark = { t: body.t, lat: body.lat ?? null, lng: body.lng ?? null };
  const problems = checkPhotoMarks([mark], ctx.now, '');
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      details: problems.map((p) => ({ in: 'body', path: p.path.replace(/^\/0/, ''), message: p.message })),
    });
  const [attachmentId] = await verifyAttachmentTokens(deps.db, [body.attachment]);
  await withTransaction(deps.db, async (trx) => {
    const row = await loadOwnRecording(deps, actor, id, trx);
    const photo = await repo.insertPhoto(trx, {
      patrol_id: id,
      attachment_id: attachmentId!,
      t: body.t,
      lat: body.lat ?? null,
      lng: body.lng ?? null,
    });
    if (photo === null)
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/attachment', message: 'this photo is already used' }],
      });
    updatedOrConflict(await repo.updatePatrol(trx, id, row.version, { updated_at: ctx.now }));
    await recordAudit(trx, ctx, {
      action: 'patrol.photo',
      entityType: 'patrol',
      entityId: id,
      after: { attachmentId, t: body.t },
    });
  });
  return getPatrol(deps, ctx, id);
}

/** 发现问题: a checklist item of the object (四乱 …) with a note, a place and the patrol's photos of it. */
export async function addFinding(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: FindingBody,
): Promise<PatrolView> {
  const actor = requireActor(ctx.actor);
  await loadOwnRecording(deps, actor, id);
  if ((body.lat === undefined || body.lat === null) !== (body.lng === undefined || body.lng === null))
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/lat', message: 'lat and lng go together' }],
    });
  await withTransaction(deps.db, async (trx) => {
    const row = await loadOwnRecording(deps, actor, id, trx);
    const object = await repo.findObjectInScope(trx, actor, Number(row.object_id));
    const checklist = (object?.checklist ?? []) as ChecklistItem[];
    if (!checklist.some((item) => item.code === body.itemCode))
      throw new AppError('VALIDATION_FAILED', {
        details: [{ in: 'body', path: '/itemCode', message: 'not an item of this object’s checklist' }],
      });
    const photos = new Set((await repo.listPhotos(trx, id)).map((p) => p.attachmentId));
    const photoIds = [...new Set(body.photoIds ?? [])];
    const foreign = photoIds.filter((p) => !photos.has(p));
    if (foreign.length > 0)
      throw new AppError('VALIDATION_FAILED', {
        details: foreign.map((p) => ({ in: 'body', path: '/photoIds', message: `photo ${p} is not of this patrol` })),
      });
    const finding = await repo.insertFinding(trx, {
      patrol_id: id,
      object_id: Number(row.object_id),
      unit_id: Number(row.unit_id),
      unit_path: row.unit_path,
      item_code: body.itemCode,
      note: body.note?.trim() ?? '',
      lat: body.lat ?? null,
      lng: body.lng ?? null,
      photo_ids: photoIds,
      created_by: actor.personId,
    });
    updatedOrConflict(await repo.updatePatrol(trx, id, row.version, { updated_at: ctx.now }));
    await recordAudit(trx, ctx, {
      action: 'patrol.finding',
      entityType: 'patrol_finding',
      entityId: finding,
      after: { patrolId: id, itemCode: body.itemCode, photoIds },
    });
  });
  return getPatrol(deps, ctx, id);
}

/** The thresholds for a level on an object: the defaults with the overrides of its jurisdictions, the deepest last. */
export async function thresholdsForObject(
  deps: PatrolDeps,
  unitPath: string,
  level: PatrolLevelName,
): Promise<PatrolThresholds> {
  const overrides = await repo.thresholdOverridesOver(deps.db, unitPath, level);
  const merged: Partial<PatrolThresholds> = {};
  for (const o of [...overrides].reverse()) Object.assign(merged, o.overrides as Partial<PatrolThresholds>);
  // Each override was checked when it was set; merged ones that contradict each other fall back to the defaults.
  const result = thresholdsFor(level, merged);
  return result.ok ? result.thresholds : defaultThresholds[level];
}

/**
 * 结束巡查: stops recording, judges the track against the object (patrol-judge.ts) and stores the
 * verdict, its reasons and figures; then opens a case for each finding (unless told not to).
 */
export async function stopPatrol(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: StopBody,
): Promise<PatrolView> {
  const actor = requireActor(ctx.actor);
  await loadOwnRecording(deps, actor, id);
  const endedAt = body.endedAt ? new Date(body.endedAt) : ctx.now;
  if (Number.isNaN(endedAt.getTime()) || endedAt.getTime() > ctx.now.getTime() + 5 * 60_000)
    throw new AppError('VALIDATION_FAILED', { details: [{ in: 'body', path: '/endedAt', message: 'in the future' }] });
  await withTransaction(deps.db, async (trx) => {
    const row = await loadOwnRecording(deps, actor, id, trx);
    checkVersion(body.version, row.version);
    const object = await repo.findObjectInScope(trx, actor, Number(row.object_id));
    if (!object) throw new AppError('NOT_FOUND');
    const points = await repo.listPoints(trx, id);
    const photos = await repo.listPhotos(trx, id);
    const thresholds = await thresholdsForObject({ ...deps, db: trx }, object.unit_path, row.level as PatrolLevelName);
    const judgement = judgePatrol(
      points,
      photos.map((p) => ({ t: p.t, lat: p.lat, lng: p.lng })),
      { geometry: object.geometry as ObjectGeometry, rangeMetres: Number(object.range_metres) },
      thresholds,
    );
    updatedOrConflict(
      await repo.updatePatrol(trx, id, row.version, {
        status: 'judged',
        ended_at: endedAt,
        verdict: judgement.verdict,
        reasons: judgement.reasons,
        figures: judgement.figures,
        pieces: judgement.pieces,
        judged_at: ctx.now,
        updated_at: ctx.now,
      }),
    );
    await recordAudit(trx, ctx, {
      action: 'patrol.stop',
      entityType: 'patrol',
      entityId: id,
      before: { status: row.status },
      after: {
        status: 'judged',
        verdict: judgement.verdict,
        reasons: judgement.reasons.map((r) => r.code),
        points: points.length,
        thresholds,
      },
    });
  });
  if (body.openCases !== false) {
    for (const finding of await repo.listFindings(deps.db, id))
      if (finding.case_id === null) await openCaseQuietly(deps, ctx, Number(finding.id));
  }
  return getPatrol(deps, ctx, id);
}

async function openCaseQuietly(deps: PatrolDeps, ctx: RequestContext, findingId: number): Promise<void> {
  try {
    await openFindingCase(deps, ctx, findingId);
  } catch (error) {
    // The patrol is stored and judged; a finding whose case could not be opened now (the person may
    // not register cases) keeps its button (open_case) for the person or the river office.
    if (!(error instanceof AppError)) throw error;
  }
}

/** 复核: the river office confirms the verdict or overrules it with the one that stands, always with a note. */
export async function reviewPatrol(
  deps: PatrolDeps,
  ctx: RequestContext,
  id: number,
  body: ReviewBody,
): Promise<PatrolView> {
  const actor = requireActor(ctx.actor);
  const seen = await loadPatrol(deps, actor, id);
  if (!can(actor, 'patrol.review', seen.unit_path)) throw new AppError('FORBIDDEN');
  const note = body.note.trim();
  if (!note) throw new AppError('VALIDATION_FAILED', { details: [{ in: 'body', path: '/note', message: 'required' }] });
  if (body.decision === 'overrule' && !body.verdict)
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/verdict', message: 'the verdict that stands' }],
    });
  await withTransaction(deps.db, async (trx) => {
    const row = await repo.findPatrol(trx, id, { forUpdate: true });
    if (!row) throw new AppError('NOT_FOUND');
    checkVersion(body.version, row.version);
    if (row.status !== 'judged') throw new AppError('PATROL_NOT_JUDGED');
    const reviewVerdict = body.decision === 'overrule' ? body.verdict! : (row.verdict as PatrolVerdictName);
    updatedOrConflict(
      await repo.updatePatrol(trx, id, row.version, {
        review: body.decision === 'overrule' ? 'overruled' : 'confirmed',
        review_verdict: reviewVerdict,
        review_note: note,
        reviewed_by: actor.personId,
        reviewed_at: ctx.now,
        updated_at: ctx.now,
      }),
    );
    await recordAudit(trx, ctx, {
      action: body.decision === 'confirm' ? 'patrol.confirm' : 'patrol.overrule',
      entityType: 'patrol',
      entityId: id,
      before: { verdict: row.verdict, review: row.review, reviewVerdict: row.review_verdict },
      after: { reviewVerdict, note },
    });
  });
  return getPatrol(deps, ctx, id);
}

/**
 * 问题转办: opens a case for a finding through the ordinary intake, as the person acting (channel
 * patrol, the category of its checklist item, the object's unit as the place, the finding's position
 * and photos). Idempotent: the finding's case once made is answered again.
 */
export async function openFindingCase(deps: PatrolDeps, ctx: RequestContext, findingId: number): Promise<FindingView> {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  const found = await repo.findFindingInScope(deps.db, actor, findingId);
  if (!found) throw new AppError('NOT_FOUND');
  const patrol = await repo.findPatrol(deps.db, Number(found.patrol_id));
  const own = patrol !== undefined && Number(patrol.person_id) === actor.personId;
  if (!own && !can(actor, 'patrol.manage', found.unit_path)) throw new AppError('FORBIDDEN');
  if (found.case_id === null) {
    if (!holds(actor, 'case.create')) throw new AppError('FORBIDDEN');
    const object = await repo.findObjectInScope(deps.db, actor, Number(found.object_id));
    const checklist = (object?.checklist ?? []) as ChecklistItem[];
    const item = checklist.find((i) => i.code === found.item_code);
    const label = item?.label ?? found.item_code;
    const description = `巡查发现（${object?.name ?? ''}，${label}）：${found.note || label}`;
    const made = await deps.openCase(ctx, {
      description: description.slice(0, 4000),
      categoryId: item?.categoryId ?? null,
      placeUnitId: Number(found.unit_id),
      lat: found.lat === null ? null : Number(found.lat),
      lng: found.lng === null ? null : Number(found.lng),
      photoIds: (found.photo_ids ?? []).map(Number),
      idempotencyKey: `patrol-finding-${findingId}`,
    });
    await withTransaction(deps.db, async (trx) => {
      const locked = await repo.lockFinding(trx, findingId);
      if (!locked || locked.case_id !== null) return;
      updatedOrConflict(await repo.updateFinding(trx, findingId, locked.version, { case_id: made.id }));
      await recordAudit(trx, ctx, {
        action: 'patrol_finding.case',
        entityType: 'patrol_finding',
        entityId: findingId,
        before: { caseId: null },
        after: { caseId: made.id },
      });
    });
  }
  return findingView(deps, actor, findingId);
}

async function findingView(deps: PatrolDeps, actor: Actor, findingId: number): Promise<FindingView> {
  const row = await repo.findFindingInScope(deps.db, actor, findingId);
  if (!row) throw new AppError('NOT_FOUND');
  const patrol = await repo.findPatrol(deps.db, Number(row.patrol_id));
  const object = await repo.findObjectInScope(deps.db, actor, Number(row.object_id));
  return findingViewOf(
    actor,
    row,
    (object?.checklist ?? []) as ChecklistItem[],
    patrol !== undefined && Number(patrol.person_id) === actor.personId,
  );
}

/** 销号: a finding whose case is closed is signed off; the object no longer shows it as open. */
export async function signOffFinding(
  deps: PatrolDeps,
  ctx: RequestContext,
  findingId: number,
  version: number | undefined,
): Promise<FindingView> {
  const actor = requireHolds(ctx.actor, 'patrol.read');
  const found = await repo.findFindingInScope(deps.db, actor, findingId);
  if (!found) throw new AppError('NOT_FOUND');
  const patrol = await repo.findPatrol(deps.db, Number(found.patrol_id));
  const own = patrol !== undefined && Number(patrol.person_id) === actor.personId;
  if (!own && !can(actor, 'patrol.manage', found.unit_path)) throw new AppError('FORBIDDEN');
  await withTransaction(deps.db, async (trx) => {
    const locked = await repo.lockFinding(trx, findingId);
    if (!locked) throw new AppError('NOT_FOUND');
    checkVersion(version, locked.version);
    if (locked.signed_off_at !== null) throw new AppError('CONFLICT');
    if (locked.case_id === null || found.case_status !== 'closed') throw new AppError('PATROL_FINDING_OPEN');
    updatedOrConflict(
      await repo.updateFinding(trx, findingId, locked.version, {
        signed_off_at: ctx.now,
        signed_off_by: actor.personId,
      }),
    );
    await recordAudit(trx, ctx, {
      action: 'patrol_finding.sign_off',
      entityType: 'patrol_finding',
      entityId: findingId,
      before: { signedOffAt: null },
      after: { signedOffAt: ctx.now.toISOString(), caseId: Number(locked.case_id) },
    });
  });
  return findingView(deps, actor, findingId);
}
