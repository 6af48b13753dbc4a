import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { findMeta, insertMetaIfAbsent } from './system.repository.ts';
import type { SystemInfo } from './system.schemas.ts';

const startedAt = new Date();
const version = '0.1.0';

/** Gives this installation a stable id the first time it starts; later starts keep it. */
export async function ensureInstanceId(db: Kysely<DB>): Promise<string> {
  return String(await insertMetaIfAbsent(db, 'instance_id', randomUUID()));
}

export async function getSystemInfo(db: Kysely<DB>, kind: SystemInfo['database']): Promise<SystemInfo> {
  const [instanceId, demo] = await Promise.all([findMeta(db, 'instance_id'), findMeta(db, 'demo_loaded_at')]);
  return {
    name: 'luoshi',
    version,
    database: kind,
    demo: demo !== undefined,
    instanceId: String(instanceId ?? ''),
    startedAt: startedAt.toISOString(),
    serverTime: new Date().toISOString(),
  };
}
