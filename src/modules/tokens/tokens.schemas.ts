import { Type } from 'typebox';
import { permissions } from '../access/permissions.ts';

export const PermissionSchema = Type.Enum(permissions);

export const ApiToken = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters, to recognise the token' }),
  personId: Type.Integer(),
  personName: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  allowedActions: Type.Array(Type.Literal('revoke')),
});

export const IssuedToken = Type.Object({
  token: Type.String({ description: 'Shown once: store it now; only its hash is kept' }),
  apiToken: ApiToken,
});

export const CreateTokenBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(PermissionSchema, { minItems: 1, uniqueItems: true }),
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  integration: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 60,
      description:
        'Issue the token for an outside system (对接系统) of this name instead of for yourself: a service account of that name is made, holding only the integration role (case.create) over your unit',
    }),
  ),
});
