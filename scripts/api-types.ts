import fs from 'node:fs';
import path from 'node:path';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Dialect,
} from 'kysely';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parseConfig } from '../src/platform/config/config.ts';
import type { Database } from '../src/platform/db/database.ts';
import { buildApp } from '../src/app/build-app.ts';
import { createLogger } from '../src/platform/logging/logger.ts';
import type { DB } from '../src/platform/db/schema.ts';

/**
 * Writes the web app's API types (src/web/api/openapi.d.ts) from the server's own OpenAPI
 * document, so the browser code cannot drift from the route schemas. The app is built in
 * process on a database that answers nothing: the document comes from the schemas alone.
 * Run `npm run api:types` after changing a route schema; tests/web/api-types.test.ts fails
 * while the committed file is stale.
 */
export const apiTypesFile = path.resolve(import.meta.dirname, '../src/web/api/openapi.d.ts');

const header = [
  '/**',
  ' * Generated from /api/openapi.json by `npm run api:types` (scripts/api-types.ts). Do not edit:',
  ' * change the route schemas and run the script again.',
  ' */',
  '',
].join('\n');

/** A database that never answers: building the app must not need one. */
function silentDatabase(): Database {
  const dialect: Dialect = {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
  return {
    kind: 'postgres',
    db: new Kysely<DB>({ dialect }),
    ping: async () => undefined,
    close: async () => undefined,
  };
}

/** The server's OpenAPI document, as GET /api/openapi.json returns it. */
export async function fetchOpenApiDocument(): Promise<OpenAPI3> {
  const config = parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PORT: '0' });
  const database = silentDatabase();
  const app = await buildApp({ config, database, logger: createLogger(config.logLevel) });
  try {
    const response = await app.inject({ url: '/api/openapi.json' });
    if (response.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${response.statusCode}`);
    return response.json<OpenAPI3>();
  } finally {
    await app.close();
  }
}

/** The text of src/web/api/openapi.d.ts for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const document = await fetchOpenApiDocument();
  const ast = await openapiTS(document, { alphabetize: true });
  return header + astToString(ast);
}

if (import.meta.main) {
  const text = await generateApiTypes();
  fs.writeFileSync(apiTypesFile, text);
  createLogger('info').info(
    { file: path.relative(process.cwd(), apiTypesFile), lines: text.split('\n').length },
    'web API types written',
  );
}
