import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** One handle over either database: the typed query builder plus lifecycle operations. */
export interface Database {
  readonly kind: DatabaseKind;
  readonly db: Kysely<DB>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** Flushes to disk (PGlite runs without fsync) and releases every connection. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PGlite data folder; omitted means in memory (tests). */
  dataDir?: string;
  /** When set, PostgreSQL at this address is used instead of PGlite. */
  databaseUrl?: string;
  /** Connection pool size for PostgreSQL. */
  poolSize?: number;
  /** PGlite in memory: start from this saved data folder (a tarball from dumpDataDir) instead of a new cluster. */
  snapshot?: Blob;
}

// Return int8 and numeric as JavaScript numbers/strings consistently on both drivers:
// counts (int8) become numbers; numeric stays a string so no precision is lost.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize)
    : openPglite(options.dataDir, options.snapshot);
}

async function openPglite(dataDir: string | undefined, snapshot: Blob | undefined): Promise<Database> {
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(snapshot ? { loadDataDir: snapshot } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
  return {
    kind: 'pglite',
    db,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      if (pglite.closed) return;
      // PGlite does not fsync as it goes: write everything out before closing.
      await sql`CHECKPOINT`.execute(db);
      await db.destroy();
    },
  };
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    application_name: 'luoshi',
    // Short queries only: compiling them (JIT) costs more than it saves (80 ms on a search at 1M cases).
    options: '-c jit=off',
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    kind: 'postgres',
    db,
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** Runs fn in one transaction; it commits when fn returns and rolls back when it throws. */
export function withTransaction<T>(db: Kysely<DB>, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
