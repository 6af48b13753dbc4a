import { parseConfig } from '../platform/config/config.ts';
import { retrainFromClosedCases } from '../modules/text/category-suggestions.service.ts';
import { openConfiguredDatabase } from './open-configured.ts';

/**
 * `npm run model:retrain`: retrains the category model from the shipped training messages plus this
 * installation's closed cases and writes it under DATA_DIR/models, where a running server picks it
 * up on its next suggestion. With the embedded database, stop the server first (it holds DATA_DIR).
 */
try {
  const config = parseConfig();
  const { database, close } = await openConfiguredDatabase();
  try {
    const result = await retrainFromClosedCases(database.db, { dataDir: config.dataDir });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`retraining failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
