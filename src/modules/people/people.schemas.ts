import { type Static, Type } from 'typebox';
import { RoleSchema, mobilePattern } from '../auth/auth.schemas.ts';
import { Id, VersionNumber } from '../../platform/http/schemas.ts';

export const personActions = [
  'update',
  'assignRoles',
  'resetPassword',
  'unlock',
  'deactivate',
  'activate',
  'viewPersonalData',
] as const;
export type PersonAction = (typeof personActions)[number];

export const usernamePattern = '^[a-z][a-z0-9._-]{2,63}$';

export const MembershipInput = Type.Object({ unitId: Id(), role: RoleSchema });
export type MembershipInput = Static<typeof MembershipInput>;

export const Person = Type.Object({
  id: Type.Integer(),
  username: Type.Union([Type.String(), Type.Null()]),
  displayName: Type.String(),
  mobile: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Union([Type.Literal('staff'), Type.Literal('citizen')]),
  active: Type.Boolean(),
  locked: Type.Boolean({ description: 'Temporarily locked after failed sign-ins' }),
  masked: Type.Boolean({ description: 'Name and mobile are masked (个人信息脱敏)' }),
  version: Type.Integer(),
  memberships: Type.Array(
    Type.Object({
      unitId: Type.Integer(),
      unitCode: Type.String(),
      unitName: Type.String(),
      unitNameEn: Type.Union([Type.String(), Type.Null()]),
      role: RoleSchema,
    }),
  ),
  allowedActions: Type.Array(Type.Enum(personActions)),
});
export type Person = Static<typeof Person>;

export const PersonList = Type.Object({ items: Type.Array(Person), total: Type.Integer() });

export const PersonListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search in username, name and mobile' })),
  unitId: Type.Optional(Id({ description: 'Members of this unit and the units below it' })),
  role: Type.Optional(RoleSchema),
  kind: Type.Optional(Type.Union([Type.Literal('staff'), Type.Literal('citizen')])),
  includeInactive: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000, default: 0 })),
});
export type PersonListQuery = Static<typeof PersonListQuery>;

export const RevealQuery = Type.Object({
  reveal: Type.Optional(Type.Boolean({ description: 'Show personal data unmasked (audited)' })),
});

export const CreatePersonBody = Type.Object({
  username: Type.String({ pattern: usernamePattern }),
  displayName: Type.String({ minLength: 1, maxLength: 50 }),
  mobile: Type.Optional(Type.Union([Type.String({ pattern: mobilePattern }), Type.Null()])),
  password: Type.String({ minLength: 1, maxLength: 200 }),
  memberships: Type.Array(MembershipInput, { maxItems: 50 }),
});
export type CreatePersonBody = Static<typeof CreatePersonBody>;

export const UpdatePersonBody = Type.Object({
  version: VersionNumber(),
  displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
  mobile: Type.Optional(Type.Union([Type.String({ pattern: mobilePattern }), Type.Null()])),
  active: Type.Optional(Type.Boolean()),
});
export type UpdatePersonBody = Static<typeof UpdatePersonBody>;

export const SetMembershipsBody = Type.Object({
  version: VersionNumber(),
  memberships: Type.Array(MembershipInput, { maxItems: 50 }),
});
export const ResetPasswordBody = Type.Object({ newPassword: Type.String({ minLength: 1, maxLength: 200 }) });
