import { type Static, Type } from 'typebox';
import { roles } from '../access/permissions.ts';

export const mobilePattern = '^1[3-9]\\d{9}$';

export const LoginBody = Type.Object({
  login: Type.String({ minLength: 1, maxLength: 100, description: 'Username or mobile number' }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});

export const SmsCodeBody = Type.Object({ mobile: Type.String({ pattern: mobilePattern }) });
export const CitizenLoginBody = Type.Object({
  mobile: Type.String({ pattern: mobilePattern }),
  code: Type.String({ pattern: '^\\d{6}$' }),
});
export const ChangePasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Type.String({ minLength: 1, maxLength: 200 }),
});

export const RoleSchema = Type.Enum(roles);

export const Me = Type.Object({
  person: Type.Object({
    id: Type.Integer(),
    displayName: Type.String(),
    kind: Type.Union([Type.Literal('staff'), Type.Literal('citizen')]),
    username: Type.Union([Type.String(), Type.Null()]),
  }),
  memberships: Type.Array(
    Type.Object({
      unitId: Type.Integer(),
      unitCode: Type.String(),
      unitName: Type.String(),
      unitNameEn: Type.Union([Type.String(), Type.Null()]),
      role: RoleSchema,
    }),
  ),
  permissions: Type.Array(Type.String(), { description: 'Permissions held somewhere in the tree' }),
  districtWide: Type.Array(Type.String(), { description: 'Permissions held over the whole district' }),
  csrfToken: Type.Union([Type.String(), Type.Null()], {
    description: 'Send as X-CSRF-Token with every write made with the session cookie',
  }),
  via: Type.Union([Type.Literal('session'), Type.Literal('token')]),
});
export type Me = Static<typeof Me>;

/** Whether anyone is signed in: "no" is an answer here (200), where /auth/me answers 401. */
export const Session = Type.Object({
  signedIn: Type.Boolean(),
  me: Type.Union([Me, Type.Null()], { description: 'As GET /auth/me answers it; null when nobody is signed in' }),
});
export type Session = Static<typeof Session>;

export const DemoLogins = Type.Array(
  Type.Object({ role: Type.String(), username: Type.String(), password: Type.String(), displayName: Type.String() }),
);
