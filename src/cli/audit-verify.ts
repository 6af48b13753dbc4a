import { verifyAuditChain } from '../modules/audit/audit.service.ts';
import { openConfiguredDatabase } from './open-configured.ts';

/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain and prints the result as JSON.
 * Exits 1 when a sealed row was edited, deleted or reordered.
 */
try {
  const { database, close } = await openConfiguredDatabase();
  try {
    const report = await verifyAuditChain(database.db);
    process.stdout.write(`${JSON.stringify(report)}\n`);
    process.stderr.write(
      report.ok
        ? `audit chain intact: ${report.checked} rows checked, ${report.unsealed} not sealed yet\n`
        : `AUDIT CHAIN BROKEN at row ${report.problem?.seq}: ${report.problem?.reason}\n`,
    );
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`audit verification failed: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
