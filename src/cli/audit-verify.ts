import { type ChainReport, verifyAuditChain } from '../modules/audit/audit.service.ts';
import { openConfiguredDatabase } from './open-configured.ts';

/**
 * `npm run audit:verify [-- --json]`: recomputes the audit trail's keyed chain, checks every row's
 * tag and compares the chain's end with the signed checkpoint outside the database. Names each
 * problem (edited-row, rehashed-chain, bad-link, forged-row, duplicate-row, missing-row, truncated,
 * head-rolled-back, checkpoint-mismatch, missing-checkpoint, bad-checkpoint-signature, wrong-key,
 * missing-key) with its seq and row id. Exits 1 on any problem, 2 when it could not verify at all.
 */
function describe(report: ChainReport): string {
  const lines = [
    report.ok ? 'audit trail intact' : `AUDIT TRAIL TAMPERED WITH: ${report.problemCount} problem(s)`,
    `  ${report.checked} sealed rows checked (${report.legacy} legacy, from before the audit key), ${report.unsealed} not sealed yet, ${report.rejected} refused by the sealer`,
    report.checkpoint
      ? `  checkpoint: row ${report.checkpoint.seq} at ${report.checkpoint.at} (instance ${report.checkpoint.instance})`
      : '  checkpoint: none',
  ];
  for (const problem of report.problems) {
    const where = [
      problem.seq === undefined ? '' : `seq ${problem.seq}`,
      problem.id === undefined ? '' : `id ${problem.id}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${problem.kind}${where ? ` (${where})` : ''}: ${problem.detail}`);
  }
  if (report.problemCount > report.problems.length)
    lines.push(`  … and ${report.problemCount - report.problems.length} more`);
  return `${lines.join('\n')}\n`;
}

const json = process.argv.includes('--json');
try {
  const { database, auditKey, config, close } = await openConfiguredDatabase();
  try {
    const report = await verifyAuditChain(database.db, {
      key: auditKey,
      checkpointDir: config.audit.checkpointDir,
    });
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : describe(report));
    process.exitCode = report.ok ? 0 : 1;
  } finally {
    await close();
  }
} catch (error) {
  process.stderr.write(`audit verification failed: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
