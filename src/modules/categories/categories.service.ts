import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { checkVersion, updatedOrConflict } from '../../platform/db/version-check.ts';
import type { RequestContext } from '../access/request-context.ts';
import type { Actor } from '../access/actor.ts';
import { can, requireActor, requireHolds } from '../access/policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { copyLimits, defaultLimits, type Limits, validateLimits } from './default-limits.ts';
import type { RoutingRule } from './default-routing.ts';
import { type ExtraField, level1NamesEn, loadDefaultTaxonomy } from './default-taxonomy.ts';
import * as repo from './categories.repository.ts';
import type { Category, CreateCategoryBody, RelatedCategories, UpdateCategoryBody } from './categories.schemas.ts';

/** What applies to a category after inheriting from its ancestors. */
export interface EffectiveCategory {
  id: number;
  code: string;
  /** Ids from the root: /1/4/ */
  path: string;
  nameZh: string;
  nameEn: string | null;
  /** Names from the root down: 城乡建设 / 城市建设和市政管理 / 环境卫生 */
  pathNames: string[];
  /** English names from the root down, null where a level has none. */
  pathNamesEn: (string | null)[];
  routing: RoutingRule | null;
  limits: Limits;
  extraFields: ExtraField[];
  active: boolean;
}

/** The nearest own value up the lineage (root first); extra fields likewise. */
export function resolveEffective(lineage: readonly repo.CategoryRow[]): EffectiveCategory {
  const self = lineage.at(-1);
  if (!self) throw new Error('empty lineage');
  const nearest = <T>(pick: (row: repo.CategoryRow) => T | null): T | null => {
    for (let i = lineage.length - 1; i >= 0; i--) {
      const row = lineage[i];
      const value = row ? pick(row) : null;
      if (value !== null && value !== undefined) return value;
    }
    return null;
  };
  const fields = nearest((row) =>
    Array.isArray(row.extra_fields) && row.extra_fields.length > 0 ? (row.extra_fields as ExtraField[]) : null,
  );
  return {
    id: Number(self.id),
    code: self.code,
    path: self.path,
    nameZh: self.name_zh,
    nameEn: self.name_en,
    pathNames: lineage.map((row) => row.name_zh),
    pathNamesEn: lineage.map((row) => row.name_en),
    routing: nearest((row) => row.routing as RoutingRule | null),
    limits: nearest((row) => row.limits as Limits | null) ?? copyLimits(defaultLimits),
    extraFields: fields ?? [],
    active: lineage.every((row) => row.active),
  };
}

/** A category and its ancestors from a map of all rows, the root first. */
export function lineageOf(row: repo.CategoryRow, byId: ReadonlyMap<number, repo.CategoryRow>): repo.CategoryRow[] {
  const lineage: repo.CategoryRow[] = [];
  for (
    let current: repo.CategoryRow | undefined = row;
    current;
    current = current.parent_id === null ? undefined : byId.get(Number(current.parent_id))
  )
    lineage.unshift(current);
  return lineage;
}

/** A category's effective rules, or undefined when it does not exist. */
export async function findEffectiveCategory(db: Kysely<DB>, id: number): Promise<EffectiveCategory | undefined> {
  const lineage = await repo.findLineage(db, id);
  return lineage.length === 0 ? undefined : resolveEffective(lineage);
}

function present(actor: Actor | null, row: repo.CategoryRow, byId: Map<number, repo.CategoryRow>): Category {
  const effective = resolveEffective(lineageOf(row, byId));
  const manage = actor !== null && can(actor, 'category.manage', null);
  return {
    id: Number(row.id),
    code: row.code,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
    path: row.path,
    depth: row.depth,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    active: row.active,
    version: row.version,
    routing: (row.routing as Category['routing']) ?? null,
    limits: (row.limits as Category['limits']) ?? null,
    extraFields: (row.extra_fields as Category['extraFields']) ?? [],
    effective: {
      routing: effective.routing as Category['effective']['routing'],
      limits: effective.limits,
      extraFields: effective.extraFields as Category['extraFields'],
    },
    allowedActions: manage ? ['update', 'createChild'] : [],
  };
}

/** The category tree, public (the citizen's form needs it); rules shown as they apply after inheritance. */
export async function listCategoryTree(
  db: Kysely<DB>,
  ctx: RequestContext,
  query: { includeInactive?: boolean | undefined },
): Promise<{ items: Category[]; total: number }> {
  const all = await repo.listCategories(db, true);
  const rows = query.includeInactive ? all : all.filter((row) => row.active);
  const byId = new Map(all.map((row) => [Number(row.id), row]));
  const items = rows.map((row) => present(ctx.actor, row, byId));
  return { items, total: items.length };
}

export async function getCategory(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<Category> {
  const lineage = await repo.findLineage(db, id);
  const row = lineage.at(-1);
  if (!row) throw new AppError('NOT_FOUND');
  return present(ctx.actor, row, new Map(lineage.map((r) => [Number(r.id), r])));
}

function checkLimits(limits: unknown): void {
  if (limits === null || limits === undefined) return;
  const problems = validateLimits(limits);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      details: problems.map((message) => ({ in: 'body', path: '/limits', message })),
    });
}

function checkExtraFields(fields: readonly ExtraField[] | undefined): void {
  if (!fields) return;
  const keys = fields.map((f) => f.key);
  const problems: string[] = [];
  if (new Set(keys).size !== keys.length) problems.push('extra field keys must be unique');
  for (const field of fields)
    if (field.type === 'choice' && (field.options?.length ?? 0) === 0)
      problems.push(`${field.key}: a choice needs options`);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', {
      details: problems.map((message) => ({ in: 'body', path: '/extraFields', message })),
    });
}

/** Checks the permission against the whole tree: categories belong to the installation, not to a unit. */
function requireManage(ctx: RequestContext): Actor {
  const actor = requireHolds(ctx.actor, 'category.manage');
  if (!can(actor, 'category.manage', null)) throw new AppError('FORBIDDEN');
  return actor;
}

export async function createCategory(
  db: Kysely<DB>,
  ctx: RequestContext,
  input: CreateCategoryBody,
): Promise<Category> {
  const actor = requireManage(ctx);
  checkLimits(input.limits);
  checkExtraFields(input.extraFields);
  return withTransaction(db, async (trx) => {
    const parent = input.parentId === null ? null : await repo.findCategory(trx, input.parentId);
    if (input.parentId !== null && !parent)
      throw new AppError('NOT_FOUND', {
        message: { zh: '上级分类不存在。', en: 'The parent category does not exist.' },
      });
    if (await repo.findCategoryByCode(trx, input.code)) throw new AppError('CATEGORY_CODE_TAKEN');
    const row = await repo.insertCategory(
      trx,
      {
        code: input.code,
        parent_id: parent ? Number(parent.id) : null,
        name_zh: input.nameZh.trim(),
        name_en: input.nameEn?.trim() || null,
        routing: input.routing ?? null,
        limits: input.limits ?? null,
        extra_fields: input.extraFields ?? [],
      },
      parent ?? null,
      ctx.now,
    );
    await recordAudit(trx, ctx, {
      action: 'category.create',
      entityType: 'category',
      entityId: Number(row.id),
      after: { code: row.code, nameZh: row.name_zh, routing: row.routing, limits: row.limits },
    });
    return getCategory(trx, { ...ctx, actor }, Number(row.id));
  });
}

export async function updateCategory(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  input: UpdateCategoryBody,
): Promise<Category> {
  requireManage(ctx);
  checkLimits(input.limits);
  checkExtraFields(input.extraFields);
  return withTransaction(db, async (trx) => {
    const before = await repo.findCategory(trx, id, { forUpdate: true });
    if (!before) throw new AppError('NOT_FOUND');
    checkVersion(input.version, before.version);
    if (before.parent_id === null && input.limits === null) {
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: '一级分类必须设置办理时限。', en: 'A top-level category must set its limits.' },
      });
    }
    const fields = {
      ...(input.nameZh !== undefined ? { name_zh: input.nameZh.trim() } : {}),
      ...(input.nameEn !== undefined ? { name_en: input.nameEn?.trim() || null } : {}),
      ...(input.routing !== undefined ? { routing: input.routing } : {}),
      ...(input.limits !== undefined ? { limits: input.limits } : {}),
      ...(input.extraFields !== undefined ? { extra_fields: input.extraFields } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
    };
    const after = updatedOrConflict(await repo.updateCategory(trx, id, input.version, fields, ctx.now));
    const view = (row: repo.CategoryRow) => ({
      nameZh: row.name_zh,
      nameEn: row.name_en,
      routing: row.routing,
      limits: row.limits,
      extraFields: row.extra_fields,
      active: row.active,
    });
    await recordAudit(trx, ctx, {
      action: 'category.update',
      entityType: 'category',
      entityId: id,
      before: view(before),
      after: view(after),
    });
    return getCategory(trx, ctx, id);
  });
}

/**
 * 相关分类 (for 反弹回潮): categories an administrator marks as the same problem, so intake counts a
 * case of one as a recurrence of a closed case of the other. Pairs are symmetric; only leaves can be
 * related (a coarse category says nothing about the problem being the same).
 */
export async function listRelated(db: Kysely<DB>, ctx: RequestContext, id: number): Promise<RelatedCategories> {
  const actor = requireActor(ctx.actor);
  const all = await repo.listCategories(db, true);
  const byId = new Map(all.map((row) => [Number(row.id), row]));
  const self = byId.get(id);
  if (!self) throw new AppError('NOT_FOUND');
  const related = await repo.listRelatedCategories(db, id);
  return {
    categoryId: id,
    items: related.map((row) => ({
      id: Number(row.id),
      code: row.code,
      nameZh: row.name_zh,
      pathNames: lineageOf(row, byId).map((r) => r.name_zh),
      active: row.active,
    })),
    allowedActions: can(actor, 'category.manage', null) ? ['add', 'remove'] : [],
  };
}

/** A leaf has no children: checked over the whole tree, as intake sees it. */
async function requireLeaf(db: Kysely<DB>, id: number, pointer: string): Promise<repo.CategoryRow> {
  const all = await repo.listCategories(db, true);
  const row = all.find((r) => Number(r.id) === id);
  if (!row)
    throw new AppError('NOT_FOUND', {
      message: { zh: '分类不存在。', en: 'The category does not exist.' },
      details: [{ in: pointer === '/id' ? 'params' : 'body', path: pointer, message: 'no such category' }],
    });
  if (all.some((r) => r.parent_id !== null && Number(r.parent_id) === id))
    throw new AppError('CATEGORY_RELATION_NOT_LEAF', {
      details: [{ in: pointer === '/id' ? 'params' : 'body', path: pointer, message: 'not a leaf category' }],
    });
  return row;
}

export async function addRelated(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  relatedId: number,
): Promise<RelatedCategories> {
  const actor = requireManage(ctx);
  if (id === relatedId) throw new AppError('CATEGORY_RELATED_TO_ITSELF');
  await withTransaction(db, async (trx) => {
    const self = await requireLeaf(trx, id, '/id');
    const other = await requireLeaf(trx, relatedId, '/categoryId');
    if (!(await repo.insertCategoryRelation(trx, id, relatedId, actor.personId, ctx.now))) return;
    await recordAudit(trx, ctx, {
      action: 'category.relate',
      entityType: 'category',
      entityId: id,
      after: { related: { id: relatedId, nameZh: other.name_zh }, nameZh: self.name_zh },
    });
  });
  return listRelated(db, ctx, id);
}

export async function removeRelated(
  db: Kysely<DB>,
  ctx: RequestContext,
  id: number,
  relatedId: number,
): Promise<RelatedCategories> {
  requireManage(ctx);
  await withTransaction(db, async (trx) => {
    const self = await repo.findCategory(trx, id);
    if (!self) throw new AppError('NOT_FOUND');
    const other = await repo.findCategory(trx, relatedId);
    if (!other || !(await repo.deleteCategoryRelation(trx, id, relatedId)))
      throw new AppError('NOT_FOUND', {
        message: { zh: '这两个分类并未设为相关。', en: 'These categories are not related.' },
      });
    await recordAudit(trx, ctx, {
      action: 'category.unrelate',
      entityType: 'category',
      entityId: id,
      before: { related: { id: relatedId, nameZh: other.name_zh }, nameZh: self.name_zh },
    });
  });
  return listRelated(db, ctx, id);
}

/** Loads the default taxonomy into an installation that has no categories yet. Returns how many it loaded. */
export async function ensureDefaultCategories(db: Kysely<DB>, now: Date = new Date()): Promise<number> {
  if ((await repo.countCategories(db)) > 0) return 0;
  const taxonomy = loadDefaultTaxonomy();
  return withTransaction(db, async (trx) => {
    if ((await repo.countCategories(trx)) > 0) return 0;
    const ids = new Map<string, number>();
    for (const level of [1, 2, 3] as const) {
      const rows = taxonomy
        .map((category, order) => ({ category, order }))
        .filter(({ category }) => category.level === level)
        .map(({ category, order }) => ({
          code: category.code,
          parent_id: category.parentCode === null ? null : (ids.get(category.parentCode) ?? null),
          name_zh: category.nameZh,
          name_en: level === 1 ? (level1NamesEn[category.nameZh] ?? null) : null,
          routing: category.routing,
          limits: category.limits,
          extra_fields: category.extraFields,
          sort_order: order,
        }));
      for (const [code, id] of await repo.insertCategoryLevel(trx, rows, level - 1, now)) ids.set(code, id);
    }
    return taxonomy.length;
  });
}
