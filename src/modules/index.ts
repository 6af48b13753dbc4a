import type { App } from '../platform/http/types.ts';
import type { AppConfig } from '../platform/config/config.ts';
import type { Database } from '../platform/db/database.ts';
import { registerSystemRoutes } from './system/system.routes.ts';

/** What every feature module receives when it registers its routes. */
export interface ModuleContext {
  config: AppConfig;
  database: Database;
}

/** Every feature module, registered under /api/v1. Add a new module here. */
export async function registerModules(app: App, context: ModuleContext): Promise<void> {
  await app.register(
    async (api) => {
      registerSystemRoutes(api, context);
    },
    { prefix: '/api/v1' },
  );
}
