import { type Static, Type } from 'typebox';
import { caseTiers, urgencies } from '../../shared/cases.ts';
import { Id, VersionNumber } from '../../platform/http/schemas.ts';

const LimitSchema = Type.Object({
  responseHours: Type.Number({ exclusiveMinimum: 0, maximum: 2000 }),
  resolveHours: Type.Number({ exclusiveMinimum: 0, maximum: 2000 }),
});
const ByUrgency = Type.Object(
  Object.fromEntries(urgencies.map((u) => [u, LimitSchema])) as Record<(typeof urgencies)[number], typeof LimitSchema>,
);
/** 时限: response and resolution hours per tier and urgency (working hours when normal, natural hours when urgent). */
export const LimitsSchema = Type.Object(
  Object.fromEntries(caseTiers.map((t) => [t, ByUrgency])) as Record<(typeof caseTiers)[number], typeof ByUrgency>,
);

/** 派单规则: which kind of unit leads; a department key names a district department (unit code `<key>` or ending in `-DEPT-<key>`). */
export const RoutingSchema = Type.Object({
  lead: Type.Enum(['territory', 'department']),
  department: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$' })),
});

export const ExtraFieldSchema = Type.Object({
  key: Type.String({ pattern: '^[A-Za-z][A-Za-z0-9_]{0,39}$' }),
  labelZh: Type.String({ minLength: 1, maxLength: 40 }),
  labelEn: Type.String({ minLength: 1, maxLength: 80 }),
  type: Type.Enum(['text', 'number', 'date', 'choice']),
  required: Type.Boolean(),
  options: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 30 })),
});
export type ExtraFieldSchema = Static<typeof ExtraFieldSchema>;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const Category = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  path: Type.String(),
  depth: Type.Integer(),
  nameZh: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  version: Type.Integer(),
  routing: Nullable(RoutingSchema),
  limits: Nullable(LimitsSchema),
  extraFields: Type.Array(ExtraFieldSchema),
  effective: Type.Object(
    { routing: Nullable(RoutingSchema), limits: LimitsSchema, extraFields: Type.Array(ExtraFieldSchema) },
    { description: 'What applies after inheriting from the ancestors' },
  ),
  allowedActions: Type.Array(Type.Enum(['update', 'createChild'])),
});
export type Category = Static<typeof Category>;

export const CategoryList = Type.Object({ items: Type.Array(Category), total: Type.Integer() });
export const CategoryListQuery = Type.Object({ includeInactive: Type.Optional(Type.Boolean()) });

export const CreateCategoryBody = Type.Object({
  parentId: Type.Union([Id(), Type.Null()]),
  code: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$' }),
  nameZh: Type.String({ minLength: 1, maxLength: 60 }),
  nameEn: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
  routing: Type.Optional(Nullable(RoutingSchema)),
  limits: Type.Optional(Nullable(LimitsSchema)),
  extraFields: Type.Optional(Type.Array(ExtraFieldSchema, { maxItems: 20 })),
});
export type CreateCategoryBody = Static<typeof CreateCategoryBody>;

export const UpdateCategoryBody = Type.Object({
  version: VersionNumber(),
  nameZh: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  nameEn: Type.Optional(Nullable(Type.String({ maxLength: 120 }))),
  routing: Type.Optional(Nullable(RoutingSchema)),
  limits: Type.Optional(Nullable(LimitsSchema)),
  extraFields: Type.Optional(Type.Array(ExtraFieldSchema, { maxItems: 20 })),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateCategoryBody = Static<typeof UpdateCategoryBody>;

/** 相关分类: the categories related to one for recurrences (反弹回潮). */
export const RelatedCategories = Type.Object({
  categoryId: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      code: Type.String(),
      nameZh: Type.String(),
      pathNames: Type.Array(Type.String(), { description: 'Names from the root down' }),
      active: Type.Boolean(),
    }),
  ),
  allowedActions: Type.Array(Type.Enum(['add', 'remove'])),
});
export type RelatedCategories = Static<typeof RelatedCategories>;

export const AddRelatedBody = Type.Object({ categoryId: Id() });
export const RelatedParams = Type.Object({ id: Id(), relatedId: Id() });
