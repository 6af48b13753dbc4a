import type { SmsProvider } from '../modules/auth/sms-provider.ts';
import type { ModuleRuntime } from '../modules/runtime.ts';
import { type App, buildHttpApp, type HttpAppOptions } from '../platform/http/app.ts';
import { registerModules } from './register-modules.ts';

export interface AppDeps extends HttpAppOptions {
  /** Where text messages go; the default writes them to the log. */
  sms?: SmsProvider;
  /** Shared module parts (notifications, calendar, case caches); made per app when omitted. */
  runtime?: ModuleRuntime;
}

export type { App };

/** Builds the whole HTTP application: the platform's HTTP shell with every feature module. Tests call this too. */
export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database, logger } = deps;
  return buildHttpApp(deps, (app) =>
    registerModules(app, {
      config,
      database,
      logger,
      ...(deps.sms ? { sms: deps.sms } : {}),
      ...(deps.runtime ? { runtime: deps.runtime } : {}),
    }),
  );
}
