import type { Database } from '../../platform/db/database.ts';
import type { App } from '../../platform/http/types.ts';
import { SystemInfo } from './system.schemas.ts';
import { getSystemInfo } from './system.service.ts';

export function registerSystemRoutes(app: App, database: Database): void {
  app.get(
    '/system/info',
    { schema: { tags: ['system'], summary: 'What this installation is and runs on', response: { 200: SystemInfo } } },
    async () => getSystemInfo(database.db, database.kind),
  );
}
