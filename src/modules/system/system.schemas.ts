import { type Static, Type } from 'typebox';

export const SystemInfo = Type.Object({
  name: Type.String(),
  version: Type.String(),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
  demo: Type.Boolean({ description: 'The demo district is loaded' }),
  instanceId: Type.String({ description: 'Stable id of this installation, made at its first start' }),
  startedAt: Type.String({ format: 'date-time' }),
  serverTime: Type.String({ format: 'date-time' }),
});
export type SystemInfo = Static<typeof SystemInfo>;
