import { AppError, isAppError } from '../../platform/errors/app-error.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Locale } from '../../platform/errors/error-codes.ts';
import { type CaseStatus, caseStatuses, openStatuses } from '../../shared/cases.ts';
import { chinaDayStart } from '../../shared/china-time.ts';
import type { Actor } from '../access/actor.ts';
import { holds } from '../access/policy.ts';
import { type AuthDeps, authenticateToken } from '../auth/auth.service.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import type { Directory } from '../cases/case-directory.ts';
import { submitCase } from '../cases/case-intake.service.ts';
import type { IntakeBody } from '../cases/cases.schemas.ts';
import { attributesOf, catalogueOf, extraFromAttributes } from './open311-catalogue.ts';
import { uploadAttachment } from '../attachments/attachments.service.ts';
import { sniffContentType } from '../attachments/content-type.ts';
import { publicStatusLabel } from '../cases/case-public-view.ts';
import { addReporterComment, type ReporterClaim } from '../cases/case-comments.service.ts';
import * as repo from './open311.repository.ts';
import type {
  Discovery,
  PostedRequest,
  PostedUpdate,
  UpdateBody,
  RequestBody,
  RequestsQuery,
  Service,
  ServiceDefinition,
  ServiceRequest,
  TokenAnswer,
  RequestUpdate,
  UpdatesQuery,
} from './open311.schemas.ts';
import { scrubPublicText } from './public-text.ts';

/** GeoReport v2 over the case loop: services from the category tree, requests as cases. */

export interface Open311Deps {
  cases: CaseDeps;
  auth: AuthDeps;
  /** The installation's public address, for the discovery document. */
  publicUrl: string;
}

export const specification = 'http://wiki.open311.org/GeoReport_v2';
/** The spec's default and largest answer to GET requests. */
export const maxRequests = 1000;
const windowMs = 90 * 86_400_000;

function invalid(path: string, zh: string, en: string, where = 'querystring'): AppError {
  return new AppError('VALIDATION_FAILED', { message: { zh, en }, details: [{ in: where, path, message: en }] });
}

export async function getDiscovery(deps: Open311Deps, ctx: RequestContext): Promise<Discovery> {
  const [changedAt, directory] = await Promise.all([
    repo.findCategoriesChangedAt(deps.cases.db),
    deps.cases.directory.get(),
  ]);
  const changeset = (changedAt ?? new Date(0)).toISOString();
  const district = directory.root?.nameZh ?? '';
  const en = ctx.locale === 'en';
  return {
    changeset,
    contact: en
      ? `${district} 12345 government service hotline; for the interface, the system administrator.`
      : `${district}12345政务服务便民热线；接口事宜请联系系统管理员。`,
    key_service: en
      ? 'The api_key is an API token issued in luoshi (administration → API tokens) with the case.create scope, held by a person allowed to register cases.'
      : 'api_key 为落实系统签发的接口令牌（管理 → 接口令牌），须含 case.create 权限，签发人须有登记诉求的权限。',
    endpoints: [
      {
        specification,
        url: `${deps.publicUrl.replace(/\/+$/, '')}/open311/v2`,
        changeset,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  };
}

export async function listServices(deps: Open311Deps): Promise<Service[]> {
  return catalogueOf(await deps.cases.directory.get()).entries.map((e) => e.service);
}

export async function getServiceDefinition(
  deps: Open311Deps,
  ctx: RequestContext,
  code: string,
): Promise<ServiceDefinition> {
  const directory = await deps.cases.directory.getFresh((d) => catalogueOf(d).byCode.has(code));
  const entry = catalogueOf(directory).byCode.get(code);
  if (!entry)
    throw new AppError('NOT_FOUND', {
      message: { zh: `没有服务代码为 ${code} 的服务。`, en: `No service has the code ${code}.` },
    });
  return { service_code: code, attributes: attributesOf(entry.category, ctx.locale) };
}

/** The person an api_key acts for; refused (403, as the spec has it) unless it may register cases. */
async function actorForKey(deps: Open311Deps, ctx: RequestContext, apiKey: string | undefined): Promise<Actor> {
  let actor: Actor | null = null;
  if (apiKey) {
    try {
      actor = await authenticateToken(deps.auth, apiKey, ctx.now);
    } catch (error) {
      if (isAppError(error) && error.code === 'TOKEN_INVALID')
        throw new AppError('FORBIDDEN', {
          message: { zh: 'api_key 无效、已过期或已撤销。', en: 'The api_key is invalid, expired or revoked.' },
        });
      throw error;
    }
  } else if (ctx.actor?.via === 'token') {
    actor = ctx.actor;
  }
  if (!actor) throw new AppError('FORBIDDEN', { message: { zh: '缺少 api_key。', en: 'api_key was not provided.' } });
  if (!holds(actor, 'case.create'))
    throw new AppError('FORBIDDEN', {
      message: {
        zh: '该 api_key 无权登记诉求（需 case.create 权限）。',
        en: 'This api_key may not register cases (it needs case.create).',
      },
    });
  return actor;
}

/** A mainland mobile number from what a client sends (+86 138 1234 5678 → 13812345678); other numbers are not mobiles. */
function mobileOf(phone: string | undefined): string | undefined {
  if (!phone?.trim()) return undefined;
  const digits = phone.replace(/[\s().-]/g, '').replace(/^(\+|00)86/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}

const chinese = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The reporter's name from first_name and last_name: a Chinese name family first without a space
 * (欧阳 + 秀英 → 欧阳秀英), any other given name first with one (Bob Smith).
 */
export function reporterNameOf(first: string | undefined, last: string | undefined): string | undefined {
  const given = first?.trim() ?? '';
  const family = last?.trim() ?? '';
  if (!given && !family) return undefined;
  if (chinese.test(given + family)) return `${family}${given}`;
  return [given, family].filter((part) => part !== '').join(' ');
}

function placeOf(body: RequestBody): Pick<IntakeBody, 'lat' | 'lng' | 'address' | 'placeUnitId'> {
  if ((body.lat === undefined) !== (body.long === undefined))
    throw invalid(
      body.lat === undefined ? '/lat' : '/long',
      'lat 与 long 须同时提供。',
      'lat and long go together.',
      'body',
    );
  const address = body.address_string?.trim() || undefined;
  let placeUnitId: number | undefined;
  if (body.address_id !== undefined && body.address_id.trim() !== '') {
    if (!/^\d{1,15}$/.test(body.address_id.trim()))
      throw invalid(
        '/address_id',
        'address_id 应为地点（网格、村社区、镇街）编号。',
        'address_id must be the id of a place (grid, village, community, township).',
        'body',
      );
    placeUnitId = Number(body.address_id.trim());
  }
  if (body.lat === undefined && !address && placeUnitId === undefined) {
    throw invalid(
      '/address_string',
      '请提供位置：lat 和 long、address_string 或 address_id。',
      'A location is required: lat and long, address_string or address_id.',
      'body',
    );
  }
  return {
    ...(body.lat !== undefined && body.long !== undefined ? { lat: body.lat, lng: body.long } : {}),
    ...(address ? { address } : {}),
    ...(placeUnitId !== undefined ? { placeUnitId } : {}),
  };
}

function mediaUrlOf(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid('/media_url', 'media_url 不是有效的网址。', 'media_url is not a valid URL.', 'body');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalid('/media_url', 'media_url 须为 http(s) 网址。', 'media_url must be an http(s) URL.', 'body');
  return url.toString();
}

/** The photo links a client sent: one, or a field repeated (never split: a link may hold commas). */
function linksOf(value: string | readonly string[] | undefined): string[] {
  return (typeof value === 'string' ? [value] : (value ?? [])).map((v) => v.trim()).filter((v) => v !== '');
}

/** A client's photo link rides at the end of the description, where staff see it; the feed gives it back as media_url. */
const mediaMark = (url: string) => `\n（图片：${url}）`;
const mediaTail = /\n（图片：(https?:\/\/[^\s）]+)）$/;

function splitMedia(description: string): { text: string; mediaUrl: string | null } {
  const match = mediaTail.exec(description);
  return match
    ? { text: description.slice(0, match.index), mediaUrl: match[1] ?? null }
    : { text: description, mediaUrl: null };
}

export interface Submitted {
  answer: PostedRequest[];
  replayed: boolean;
}

/** A photo a client sent in a multipart POST (its `media` parts). */
export interface PostedFile {
  bytes: Buffer;
  fileName: string | undefined;
}

/** The longest name a case keeps in reporter_name; a longer one is kept whole in extra. */
const nameMax = 40;

/** Photos become the case's attachments, checked by their content like any upload; only images. */
async function uploadPhotos(deps: Open311Deps, ctx: RequestContext, files: readonly PostedFile[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const file of files) {
    const kind = sniffContentType(file.bytes);
    if (!kind?.startsWith('image/'))
      throw new AppError('ATTACHMENT_TYPE', {
        message: {
          zh: `media 只能是 JPG、PNG、GIF 或 WebP 图片（${file.fileName ?? '未命名文件'} 不是）。`,
          en: `media must be a JPG, PNG, GIF or WebP image (${file.fileName ?? 'an unnamed file'} is not).`,
        },
      });
    const uploaded = await uploadAttachment(
      { db: deps.cases.db, files: deps.cases.files, maxBytes: deps.cases.config.attachmentMaxBytes },
      ctx,
      file.bytes,
      file.fileName,
    );
    tokens.push(uploaded.token);
  }
  return tokens;
}

/**
 * POST requests: a case through the ordinary intake (citizen web channel), acting as the api_key's
 * person, so it is validated, placed, audited and made idempotent exactly like any other case.
 * The spec's optional fields never refuse a report: a mainland mobile becomes the reporter's mobile,
 * any other phone, the e-mail, a name too long for reporter_name and attributes the service does not
 * define are kept in the case's extra fields (personal data, masked like the rest). A media URL is
 * kept in the description; photos sent as multipart become attachments.
 */
export async function submitRequest(
  deps: Open311Deps,
  ctx: RequestContext,
  body: RequestBody,
  options: { idempotencyKey?: string | undefined; files?: readonly PostedFile[] },
): Promise<Submitted> {
  const actor = await actorForKey(deps, ctx, body.api_key);
  const code = body.service_code.trim();
  const directory = await deps.cases.directory.getFresh((d) => catalogueOf(d).byCode.has(code));
  const entry = catalogueOf(directory).byCode.get(code);
  if (!entry)
    throw new AppError('NOT_FOUND', {
      message: { zh: `没有服务代码为 ${code} 的服务。`, en: `No service has the code ${code}.` },
    });
  const { extra, others } = extraFromAttributes(entry.category, body.attribute ?? {});
  const place = placeOf(body);
  const mobile = mobileOf(body.phone);
  const name = reporterNameOf(body.first_name, body.last_name);
  const email = body.email?.trim() || undefined;
  const phone = !mobile ? body.phone?.trim() || undefined : undefined;
  const kept: Record<string, string> = {
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(name && [...name].length > nameMax ? { reporterName: name } : {}),
    ...(others.length > 0 ? { open311Attributes: others.join('\n').slice(0, 2000) } : {}),
  };
  const media = mediaUrlOf(linksOf(body.media_url)[0]);
  const text = body.description?.trim() || entry.category.pathNames.join(' / ');
  const description = media ? `${text.slice(0, 3900)}${mediaMark(media)}` : text;
  const attachments = await uploadPhotos(deps, { ...ctx, actor }, options.files ?? []);
  const named = Boolean(mobile || name || email || phone);
  const intake: IntakeBody = {
    channel: 'citizen_web',
    description: [...description].length >= 2 ? description : `${description}：${entry.service.service_name}`,
    categoryId: entry.category.id,
    ...place,
    ...(named
      ? {
          ...(mobile ? { reporterMobile: mobile } : {}),
          ...(name ? { reporterName: [...name].slice(0, nameMax).join('') } : {}),
        }
      : { anonymous: true }),
    ...(Object.keys(extra).length + Object.keys(kept).length > 0 ? { extra: { ...extra, ...kept } } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
  const outcome = await submitCase(deps.cases, { ...ctx, actor }, intake, {
    public: false,
    idempotencyKey: options.idempotencyKey,
    mobileOptional: true,
  });
  const notice =
    ctx.locale === 'en'
      ? `Received. Follow it with the tracking code ${outcome.trackingCode}; a dispatcher will accept it and send it to the unit in charge.`
      : `诉求已提交，等待受理。请凭查询码 ${outcome.trackingCode} 查询办理进展。`;
  return {
    answer: [
      { service_request_id: outcome.trackingCode, service_notice: notice, account_id: body.account_id?.trim() || null },
    ],
    replayed: outcome.replayed,
  };
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;
const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A W3C date or datetime; a bare date is a day in China (UTC+8): its start, or its end for end_date. */
function parseW3c(value: string, name: 'start_date' | 'end_date' | 'updated_datetime'): Date {
  const text = value.trim();
  let at = Number.NaN;
  if (dateOnly.test(text)) at = chinaDayStart(text).getTime() + (name === 'end_date' ? 86_400_000 - 1 : 0);
  else if (dateTime.test(text)) at = Date.parse(text);
  if (Number.isNaN(at))
    throw invalid(
      `/${name}`,
      `${name} 应为 W3C 日期时间，如 2026-03-01T08:00:00+08:00。`,
      `${name} must be a W3C datetime such as 2026-03-01T08:00:00+08:00.`,
      name === 'updated_datetime' ? 'body' : 'querystring',
    );
  return new Date(at);
}

/** A comma list, or a parameter repeated (status=open&status=closed), or both. */
function listOf(value: string | readonly string[] | undefined): string[] {
  return (typeof value === 'string' ? [value] : (value ?? []))
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function statusesOf(value: string | readonly string[] | undefined): CaseStatus[] | undefined {
  const wanted = listOf(value).map((s) => s.toLowerCase());
  if (wanted.length === 0) return undefined;
  const bad = wanted.find((s) => s !== 'open' && s !== 'closed');
  if (bad !== undefined)
    throw invalid('/status', 'status 只能是 open 或 closed。', 'status must be open, closed or both.');
  const open = wanted.includes('open');
  const closed = wanted.includes('closed');
  if (open && closed) return undefined;
  return caseStatuses.filter((s) => openStatuses.includes(s) === open);
}

/**
 * The time window. The spec sets no limit: a window of any length is answered (newest first, at
 * most 1,000; a client narrows it to page). Without dates, the last 90 days, the spec's default;
 * with one date only, 90 days from or up to it.
 */
function windowOf(query: Pick<RequestsQuery, 'start_date' | 'end_date'>, now: Date): { from: Date; to: Date } {
  const start = query.start_date?.trim() ? parseW3c(query.start_date, 'start_date') : undefined;
  const end = query.end_date?.trim() ? parseW3c(query.end_date, 'end_date') : undefined;
  const to = end ?? (start ? new Date(start.getTime() + windowMs) : now);
  const from = start ?? new Date(to.getTime() - windowMs);
  if (from > to)
    throw invalid('/start_date', 'start_date 不能晚于 end_date。', 'start_date must not be after end_date.');
  return { from, to };
}

const roughly = (degrees: number | null) => (degrees === null ? null : Math.round(degrees * 1000) / 1000);

/**
 * Why a declined or merged request is closed, in the client's language: the label, then the
 * public wording of the decision (the reason given when declining).
 */
function closingNote(row: repo.PublicRequestRow, locale: Locale): string | null {
  if (row.status !== 'declined' && row.status !== 'merged') return row.status_notes;
  const label = publicStatusLabel(row.status, locale);
  const said = scrubPublicText(row.closing_text)?.replace(/^不予受理[：:]\s*/, '') ?? '';
  if (row.status === 'declined') return said ? `${label}${locale === 'en' ? ': ' : '：'}${said}` : label;
  return locale === 'en' ? `${label} about the same problem; follow that case.` : `已合并：${said || label}`;
}

function present(row: repo.PublicRequestRow, directory: Directory, locale: Locale): ServiceRequest {
  const category = row.category_id === null ? undefined : directory.categories.get(row.category_id);
  const service = category ? catalogueOf(directory).byCode.get(category.code)?.service : undefined;
  const lead = row.lead_unit_id === null ? undefined : directory.units.get(row.lead_unit_id);
  const { text, mediaUrl } = splitMedia(row.description_masked ?? scrubPublicText(row.description) ?? '');
  return {
    service_request_id: row.tracking_code,
    status: openStatuses.includes(row.status as CaseStatus) ? 'open' : 'closed',
    status_notes: scrubPublicText(closingNote(row, locale)),
    service_name: service?.service_name ?? category?.nameZh ?? null,
    service_code: category?.code ?? null,
    description: scrubPublicText(text),
    agency_responsible: lead?.nameZh ?? null,
    service_notice: null,
    requested_datetime: row.created_at.toISOString(),
    updated_datetime: row.updated_at.toISOString(),
    expected_datetime: row.resolve_due_at ? row.resolve_due_at.toISOString() : null,
    address: row.address,
    address_id: row.place_unit_id === null ? null : String(row.place_unit_id),
    zipcode: null,
    // About a hundred metres: a public map shows the street, not the door.
    lat: roughly(row.lat),
    long: roughly(row.lng),
    // Only a link the client gave; attachments are not public files.
    media_url: mediaUrl,
  };
}

/**
 * GET requests, public: by service_request_id (which overrides every other filter), or by service
 * codes, status and a window of at most 90 days (the last 90 by default); newest first, at most 1,000.
 */
export async function listRequests(
  deps: Open311Deps,
  ctx: RequestContext,
  query: RequestsQuery,
): Promise<ServiceRequest[]> {
  const directory = await deps.cases.directory.get();
  const ids = listOf(query.service_request_id).map((id) => id.toUpperCase());
  if (ids.length > maxRequests)
    throw invalid('/service_request_id', `一次最多查询 ${maxRequests} 个编号。`, `At most ${maxRequests} ids at once.`);
  if (ids.length > 0) {
    const rows = await repo.listPublicRequests(deps.cases.db, { trackingCodes: ids }, maxRequests);
    return rows.map((row) => present(row, directory, ctx.locale));
  }
  const codes = listOf(query.service_code);
  const statuses = statusesOf(query.status);
  const { from, to } = windowOf(query, ctx.now);
  const categoryIds =
    codes.length === 0
      ? undefined
      : codes
          .map(
            (code) =>
              catalogueOf(directory).byCode.get(code)?.category.id ??
              [...directory.categories.values()].find((c) => c.code === code)?.id,
          )
          .filter((id): id is number => id !== undefined);
  const rows = await repo.listPublicRequests(deps.cases.db, { categoryIds, statuses, from, to }, maxRequests);
  return rows.map((row) => present(row, directory, ctx.locale));
}

async function findPublic(deps: Open311Deps, code: string, locale: Locale): Promise<ServiceRequest | undefined> {
  const [rows, directory] = await Promise.all([
    repo.listPublicRequests(deps.cases.db, { trackingCodes: [code.trim().toUpperCase()] }, 1),
    deps.cases.directory.get(),
  ]);
  const row = rows[0];
  return row ? present(row, directory, locale) : undefined;
}

export async function getRequest(deps: Open311Deps, ctx: RequestContext, id: string): Promise<ServiceRequest[]> {
  const found = await findPublic(deps, id, ctx.locale);
  if (!found)
    throw new AppError('NOT_FOUND', {
      message: { zh: `没有编号为 ${id} 的诉求。`, en: `No request has the id ${id}.` },
    });
  return [found];
}

/** Requests are made at once, so a token is the service_request_id the POST answered. */
export async function getToken(deps: Open311Deps, ctx: RequestContext, token: string): Promise<TokenAnswer> {
  const found = await findPublic(deps, token, ctx.locale);
  if (!found) throw new AppError('NOT_FOUND', { message: { zh: `没有令牌 ${token}。`, en: `No token ${token}.` } });
  return [{ service_request_id: found.service_request_id, token: token.trim().toUpperCase() }];
}

/** The steps a citizen sees on the public page (a resolution only once approved), as update statuses. */
const updateStatuses: Readonly<Record<string, RequestUpdate['status']>> = {
  submit: 'OPEN',
  accept: 'OPEN',
  decline: 'NOT_COUNCILS_RESPONSIBILITY',
  merge: 'DUPLICATE',
  dispatch: 'IN_PROGRESS',
  acknowledge: 'IN_PROGRESS',
  note: 'IN_PROGRESS',
  approveExtension: 'IN_PROGRESS',
  approve: 'FIXED',
  reopen: 'IN_PROGRESS',
  close: 'CLOSED',
  followUp: 'CLOSED',
};

/**
 * GET servicerequestupdates (FixMyStreet's extension): the public steps of every request in a
 * window (the last 90 days by default), oldest first, at most 1,000, each in public wording with
 * personal data masked. A follow-up that reopens a case reads as in progress.
 */
export async function listRequestUpdates(
  deps: Open311Deps,
  ctx: RequestContext,
  query: UpdatesQuery,
): Promise<RequestUpdate[]> {
  const { from, to } = windowOf(query, ctx.now);
  const rows = await repo.listPublicEvents(deps.cases.db, { from, to }, Object.keys(updateStatuses), maxRequests);
  return rows
    .filter((row) => row.action !== 'note' || row.public_text !== null)
    .map((row) => ({
      update_id: String(row.id),
      service_request_id: row.tracking_code,
      status:
        row.action === 'followUp' && row.to_status !== 'closed'
          ? 'IN_PROGRESS'
          : (updateStatuses[row.action] ?? 'OPEN'),
      updated_datetime: row.at.toISOString(),
      description: scrubPublicText(row.public_text) ?? '',
      media_url: '',
    }));
}

/** What a client's status says of the problem (FixMyStreet sends OPEN or CLOSED, or its extended statuses). */
const claims: Readonly<Record<string, ReporterClaim>> = {
  OPEN: 'unresolved',
  IN_PROGRESS: 'unresolved',
  ACTION_SCHEDULED: 'unresolved',
  INVESTIGATING: 'unresolved',
  FOR_TRIAGE: 'unresolved',
  REOPEN: 'reopen',
  FIXED: 'resolved',
  CLOSED: 'resolved',
};

export interface PostedComment {
  answer: PostedUpdate[];
  replayed: boolean;
}

/**
 * POST servicerequestupdates (FixMyStreet's extension): the reporter's comment on a request,
 * through the client, acting as the api_key's person. The request is found by its
 * service_request_id (the tracking code); the comment becomes a reporter's comment on the case's
 * timeline (cases/case-comments.service.ts). A status is noted with it, never applied: reopening
 * a case stays the dispatcher's decision. update_id makes a retry answer the first comment.
 */
export async function postRequestUpdate(
  deps: Open311Deps,
  ctx: RequestContext,
  body: UpdateBody,
  files: readonly PostedFile[],
): Promise<PostedComment> {
  const actor = await actorForKey(deps, ctx, body.api_key);
  const said = body.status?.trim().toUpperCase() || undefined;
  const updatedAt = body.updated_datetime?.trim() ? parseW3c(body.updated_datetime, 'updated_datetime') : undefined;
  const mediaUrls = linksOf(body.media_url).map((url) => mediaUrlOf(url) as string);
  // FixMyStreet sends a last name of "-" when the commenter gave only one name.
  const name = reporterNameOf(body.first_name, body.last_name?.trim() === '-' ? undefined : body.last_name);
  const sent: Record<string, string> = {
    ...(updatedAt ? { updatedAt: updatedAt.toISOString() } : {}),
    ...(said ? { status: said } : {}),
    ...(body.account_id?.trim() ? { accountId: body.account_id.trim() } : {}),
    ...(body.service_request_id_ext?.trim() ? { clientRequestId: body.service_request_id_ext.trim() } : {}),
  };
  const withActor = { ...ctx, actor };
  const outcome = await addReporterComment(
    deps.cases,
    withActor,
    {
      trackingCode: body.service_request_id,
      text: body.description,
      title: body.title,
      claim: said ? claims[said] : undefined,
      claimSaid: said,
      commenter: {
        name,
        email: body.email?.trim() || undefined,
        phone: body.phone?.trim() || undefined,
      },
      mediaUrls,
      externalId: body.update_id?.trim() || body.update_id_ext?.trim() || undefined,
      source: 'open311',
      sourceData: sent,
    },
    () => uploadPhotos(deps, withActor, files),
  );
  return { answer: [{ update_id: String(outcome.eventId) }], replayed: outcome.replayed };
}
