import { actorLabel } from '../access/actor.ts';
import { recurrenceProbe } from './case-recurrence.ts';
import { chinaDate } from '../../shared/china-time.ts';
import { createHash, randomInt } from 'node:crypto';
import { AppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { CaseChannel, CaseStatus } from '../../shared/cases.ts';
import { caseActorLabels, casePublicTexts } from '../../shared/case-texts.ts';
import { holds } from '../access/policy.ts';
import { verifyAttachmentTokens } from '../attachments/attachments.service.ts';
import type { EffectiveCategory } from '../categories/categories.service.ts';
import type { CaseDeps } from './case-deps.ts';
import { type Directory, isPlace, placeFromAddress, type UnitInfo } from './case-directory.ts';
import { maskedCopies } from './case-privacy.ts';
import * as repo from './cases.repository.ts';
import type { IntakeBody } from './cases.schemas.ts';

/** Crockford's base32 without I, L, O, U: easy to read out on the phone. */
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 查询码: LS + local date + six random characters, e.g. LS261122-7KQ3M9. */
export function newTrackingCode(now: Date): string {
  const date = chinaDate(now).slice(2).replace(/-/g, '');
  let random = '';
  for (let i = 0; i < 6; i++) random += codeAlphabet.charAt(randomInt(codeAlphabet.length));
  return `LS${date}-${random}`;
}

/** Where intake draws its tracking codes from (a test makes it repeat one, to force a collision). */
export const trackingCodes = { next: newTrackingCode };

/** A drawn code already taken is drawn again, at most this many times in all. */
const TRACKING_CODE_ATTEMPTS = 5;

export interface IntakeOutcome {
  id: number;
  trackingCode: string;
  status: CaseStatus;
  replayed: boolean;
}

interface IntakeOptions {
  /** The public form: anyone, always the citizen web channel. */
  public: boolean;
  idempotencyKey?: string | undefined;
  /**
   * The report comes from an outside system that cannot promise a mainland mobile (Open311: its
   * e-mail or landline is kept in `extra`): a named web report then needs none.
   */
  mobileOptional?: boolean;
}

function channelFor(ctx: RequestContext, input: IntakeBody, options: IntakeOptions): CaseChannel {
  if (options.public) return 'citizen_web';
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (actor.kind === 'citizen') return 'citizen_web';
  if (!holds(actor, 'case.create')) throw new AppError('FORBIDDEN');
  return input.channel ?? 'hotline';
}

function checkExtraFields(category: EffectiveCategory | null, extra: Record<string, string | number>): void {
  if (!category) return;
  const missing = category.extraFields.filter(
    (f) => f.required && (extra[f.key] === undefined || String(extra[f.key]).trim() === ''),
  );
  const wrongChoice = category.extraFields.filter(
    (f) => f.type === 'choice' && extra[f.key] !== undefined && !(f.options ?? []).includes(String(extra[f.key])),
  );
  const problems = [
    ...missing.map((f) => ({ in: 'body', path: `/extra/${f.key}`, message: `${f.labelZh}（必填）` })),
    ...wrongChoice.map((f) => ({ in: 'body', path: `/extra/${f.key}`, message: `${f.labelZh}：请从选项中选择` })),
  ];
  if (problems.length > 0) throw new AppError('CASE_EXTRA_FIELDS', { details: problems });
}

function resolvePlace(directory: Directory, input: IntakeBody): UnitInfo | null {
  if (input.placeUnitId !== undefined) {
    const unit = directory.units.get(input.placeUnitId);
    if (!unit || !isPlace(unit))
      throw new AppError('VALIDATION_FAILED', {
        details: [
          { in: 'body', path: '/placeUnitId', message: 'not a grid, village, community, township or district' },
        ],
      });
    return unit;
  }
  return input.address ? placeFromAddress(directory, input.address) : null;
}

function requestHash(input: IntakeBody, channel: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ channel, ...input }))
    .digest('hex');
}

/**
 * 诉求登记: a citizen, an operator or a grid worker submits a case. One statement writes the case,
 * its first event, its audit row and links its photos; a retry with the same Idempotency-Key answers the same case.
 */
export async function submitCase(
  deps: CaseDeps,
  ctx: RequestContext,
  input: IntakeBody,
  options: IntakeOptions,
): Promise<IntakeOutcome> {
  const channel = channelFor(ctx, input, options);
  const actor = ctx.actor;
  const citizen = actor?.kind === 'citizen' ? actor : null;
  const anonymous = input.anonymous === true;
  if (channel === 'citizen_web' && !anonymous && !citizen && !input.reporterMobile && !options.mobileOptional) {
    throw new AppError('VALIDATION_FAILED', {
      message: {
        zh: '请留下手机号以便回访，或选择匿名提交。',
        en: 'Leave a mobile number for the follow-up call, or submit anonymously.',
      },
      details: [{ in: 'body', path: '/reporterMobile', message: 'required unless anonymous' }],
    });
  }
  const directory = await deps.directory.getFresh(
    (d) =>
      (input.categoryId === undefined || d.categories.has(input.categoryId)) &&
      (input.placeUnitId === undefined || d.units.has(input.placeUnitId)),
  );
  const category = input.categoryId === undefined ? null : (directory.categories.get(input.categoryId) ?? null);
  if (input.categoryId !== undefined && (!category || !category.active))
    throw new AppError('VALIDATION_FAILED', {
      details: [{ in: 'body', path: '/categoryId', message: 'no such category' }],
    });
  checkExtraFields(category, input.extra ?? {});
  const place = resolvePlace(directory, input);
  const rootPath = directory.root?.path;
  if (!rootPath)
    throw new AppError('CONFLICT', {
      message: {
        zh: '尚未建立组织架构，无法受理诉求。',
        en: 'The organisation tree is empty; cases cannot be taken yet.',
      },
    });
  const attachmentIds = await verifyAttachmentTokens(deps.db, input.attachments);

  const scope = actor ? `person:${actor.personId}` : 'anonymous';
  const key = options.idempotencyKey;
  const hash = requestHash(input, channel);
  const reporterName = anonymous ? null : (input.reporterName?.trim() ?? citizen?.displayName ?? null);
  const address = input.address?.trim() || null;
  const masked = maskedCopies({
    title: input.title?.trim() || null,
    description: input.description.trim(),
    address,
    names: [reporterName, citizen?.displayName],
  });
  const values: Omit<repo.NewCase, 'tracking_code'> = {
    channel,
    title: masked.title,
    description: input.description.trim(),
    description_masked: masked.description_masked,
    category_id: category?.id ?? null,
    urgency: input.urgency ?? 'normal',
    status: 'submitted',
    address,
    address_masked: masked.address_masked,
    lat: input.lat ?? null,
    lng: input.lng ?? null,
    place_unit_id: place?.id ?? null,
    place_path: place?.path ?? rootPath,
    reporter_person_id: citizen?.personId ?? null,
    reporter_name: reporterName,
    reporter_mobile: anonymous ? null : (input.reporterMobile ?? null),
    anonymous,
    extra: input.extra ?? {},
    created_by: actor?.personId ?? null,
    idempotency_scope: key ? scope : null,
    idempotency_key: key ?? null,
    request_hash: key ? hash : null,
    created_at: ctx.now,
    updated_at: ctx.now,
  };
  const recurrence = recurrenceProbe({
    categories: directory.categories,
    related: directory.relatedCategories,
    category,
    placeUnitId: place?.id ?? null,
    now: ctx.now,
    withinDays: deps.config.recurrenceDays,
  });
  const intakeWith = (code: string) => ({
    values: { ...values, tracking_code: code },
    attachmentIds,
    event: {
      at: ctx.now,
      actorId: actor?.personId ?? null,
      actorLabel:
        (actor && actorLabel(actor)) ?? (anonymous ? caseActorLabels.anonymousCitizen.zh : caseActorLabels.citizen.zh),
      publicText: casePublicTexts.submitted.zh,
    },
    audit: {
      requestId: ctx.requestId,
      ip: ctx.ip,
      after: { trackingCode: code, channel, categoryId: values.category_id, placeUnitId: values.place_unit_id },
    },
    recurrence,
  });
  for (let attempt = 1; ; attempt++) {
    const inserted = await deps.intakeWriter.write(intakeWith(trackingCodes.next(ctx.now)));
    if (inserted) {
      return { id: Number(inserted.id), trackingCode: inserted.tracking_code, status: 'submitted', replayed: false };
    }
    const existing = key ? await repo.findCaseByIdempotencyKey(deps.db, scope, key) : undefined;
    if (existing) return replay(existing, hash);
    // Not a retry: the random tracking code (查询码) was taken already; draw another.
    if (attempt >= TRACKING_CODE_ATTEMPTS) throw new AppError('INTERNAL');
  }
}

/** The answer to a retry with the same Idempotency-Key: the case it made, if the request is the same. */
function replay(existing: repo.CaseRow, hash: string): IntakeOutcome {
  if (existing.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return {
    id: Number(existing.id),
    trackingCode: existing.tracking_code,
    status: existing.status as CaseStatus,
    replayed: true,
  };
}
