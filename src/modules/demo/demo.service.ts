import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import { findMeta, upsertMeta } from '../system/system.repository.ts';

export interface DemoLogin {
  role: string;
  username: string;
  password: string;
}

export interface DemoOutcome {
  loadedNow: boolean;
  logins: DemoLogin[];
}

/**
 * Loads the demo district into an empty installation, once. The organisation module fills the
 * district itself; until it exists the demo is an empty district and there are no logins.
 */
export async function loadDemoIfEmpty(db: Kysely<DB>, now: Date = new Date()): Promise<DemoOutcome> {
  const loadedAt = await findMeta(db, 'demo_loaded_at');
  if (loadedAt !== undefined) return { loadedNow: false, logins: [] };
  await upsertMeta(db, 'demo_loaded_at', now.toISOString());
  return { loadedNow: true, logins: [] };
}
