import { type Static, Type } from 'typebox';
import { type UnitType, unitTypes } from '../../shared/organisation.ts';
import { Id, VersionNumber } from '../../platform/http/schemas.ts';

export { type UnitType, unitTypes };
export const UnitTypeSchema = Type.Enum(unitTypes);

export const unitActions = ['update', 'move', 'deactivate', 'activate', 'delete', 'createChild'] as const;
export type UnitAction = (typeof unitActions)[number];

export const codePattern = '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$';

export const Unit = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.Union([Type.String(), Type.Null()]),
  type: UnitTypeSchema,
  parentId: Type.Union([Type.Integer(), Type.Null()]),
  path: Type.String({ description: 'Ids from the root: /1/5/23/' }),
  depth: Type.Integer(),
  active: Type.Boolean(),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.Enum(unitActions), { description: 'What the caller may do with this unit' }),
});
export type Unit = Static<typeof Unit>;

export const UnitList = Type.Object({ items: Type.Array(Unit), total: Type.Integer() });

export const UnitListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search in code and names' })),
  parentId: Type.Optional(Id()),
  type: Type.Optional(UnitTypeSchema),
  includeInactive: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, default: 2000 })),
});
export type UnitListQuery = Static<typeof UnitListQuery>;

export const IdParams = Type.Object({ id: Id() });

export const CreateUnitBody = Type.Object({
  code: Type.String({ pattern: codePattern }),
  nameZh: Type.String({ minLength: 1, maxLength: 100 }),
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  type: UnitTypeSchema,
  parentId: Id(),
});
export type CreateUnitBody = Static<typeof CreateUnitBody>;

export const UpdateUnitBody = Type.Object({
  version: VersionNumber({ description: 'The version you read; a newer one means someone else changed it' }),
  code: Type.Optional(Type.String({ pattern: codePattern })),
  nameZh: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  nameEn: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  type: Type.Optional(UnitTypeSchema),
  active: Type.Optional(Type.Boolean()),
});
export type UpdateUnitBody = Static<typeof UpdateUnitBody>;

export const MoveUnitBody = Type.Object({
  version: VersionNumber(),
  parentId: Id(),
});

/** Chinese names of the unit types, used in spreadsheets. */
export const unitTypeLabels: Record<UnitType, string> = {
  district: '区县',
  township: '镇',
  subdistrict: '街道',
  village: '村',
  community: '社区',
  grid: '网格',
  department: '部门',
  task_force: '专班',
  supervision_office: '督查室',
  discipline_commission: '纪委监委',
  hotline_centre: '热线中心',
};

export function parseUnitType(text: string): UnitType | undefined {
  const value = text.trim();
  if ((unitTypes as readonly string[]).includes(value)) return value as UnitType;
  if (value === '乡') return 'township';
  return (Object.entries(unitTypeLabels) as [UnitType, string][]).find(([, label]) => label === value)?.[0];
}

export const ImportResult = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
