import { openConfiguredDatabase } from './open-configured.ts';

/** `npm run migrate`: brings the configured database's schema up to date, then exits. */
try {
  const { close } = await openConfiguredDatabase();
  await close();
  process.stdout.write('the schema is up to date\n');
} catch (error) {
  process.stderr.write(`migration failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
