import type { ColumnType, Generated } from 'kysely';

/**
 * The typed shape of every table, for Kysely. Each feature adds its tables here beside a migration
 * that creates them (see migrations/).
 */

/** Key-value facts about this installation (instance id, demo data loaded, …). */
export interface AppMetaTable {
  key: string;
  value: unknown;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface DB {
  app_meta: AppMetaTable;
}

export type { Generated };
