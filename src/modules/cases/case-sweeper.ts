import { caseActorLabels } from '../../shared/case-texts.ts';
import type { Kysely } from 'kysely';
import { withTransaction } from '../../platform/db/database.ts';
import type { DB } from '../../platform/db/schema.ts';
import { isAppError } from '../../platform/errors/app-error.ts';
import { systemContext } from '../access/request-context.ts';
import { deliver, type Notified, notifyUnits } from '../notifications/notifications.service.ts';
import { applyCommand, externalKinds } from './case-actions.service.ts';
import { type Milestone, milestonesOf } from './case-clock.ts';
import type { CaseDeps } from './case-deps.ts';
import type { Directory } from './case-directory.ts';
import { systemCaseActor } from './case-state.ts';
import { clockFactsOf } from './case-view.ts';
import * as repo from './cases.repository.ts';

/**
 * The escalation sweeper (督办): warnings before a limit (预警), an urge to the unit's lead at the
 * breach (督办), escalation to the tier above and the supervision office after some working days
 * overdue (挂牌督办), and urges to summoned units that have not reported. Each is a timeline event
 * and a notification. One instance sweeps at a time (advisory lock); each alert is recorded in
 * case_alert first, so a restart or a second sweep never raises it twice.
 */

export interface SweepResult {
  cases: number;
  alerts: number;
}

interface CaseSweep {
  alerts: number;
  notified: Notified[];
}

async function raise(
  trx: Kysely<DB>,
  deps: CaseDeps,
  row: repo.CaseRow,
  milestone: Milestone,
  directory: Directory,
  now: Date,
): Promise<{ row: repo.CaseRow; notified: Notified[] }> {
  const ctx = systemContext('system:sweeper', now);
  const caseId = Number(row.id);
  if (milestone.kind === 'urge' || milestone.kind === 'escalate') {
    const parties = await repo.listParties(trx, [caseId]);
    const phase = milestone.phase === 'response' ? '签收' : '办结';
    const note =
      milestone.kind === 'urge'
        ? `已超过${phase}时限，请立即办理`
        : `超过${phase}时限${deps.config.escalateAfterWorkingDays}个工作日仍未办理，提级督办`;
    const command =
      milestone.kind === 'urge'
        ? { type: 'urge' as const, note }
        : { type: 'escalate' as const, note, level: row.escalation_level + 1 };
    const applied = await applyCommand({ trx, deps, ctx, row, parties, who: systemCaseActor, command, directory });
    return applied;
  }
  const unit = directory.units.get(milestone.unitId);
  const summons = milestone.kind === 'summons_urge';
  await repo.insertEvent(trx, {
    case_id: caseId,
    at: now,
    actor_id: null,
    actor_label: caseActorLabels.system.zh,
    action: summons ? 'urge' : 'warn',
    from_status: row.status,
    to_status: row.status,
    note: summons
      ? `${unit?.nameZh ?? ''}未在时限内报到`
      : `距${milestone.phase === 'response' ? '签收' : '办结'}时限不足，请抓紧办理`,
    public_text: null,
    data: JSON.stringify({
      system: true,
      phase: milestone.phase,
      dueAt: milestone.due.toISOString(),
      unitId: milestone.unitId,
    }),
  });
  const kind = summons ? 'case.urge' : 'case.warn';
  const notified = await notifyUnits(
    trx,
    [milestone.unitId],
    { kind, title: `${summons ? '报到督办' : '即将超期'}：${row.title}`, body: row.tracking_code, caseId },
    now,
  );
  return { row, notified: [notified] };
}

async function sweepOne(
  trx: Kysely<DB>,
  deps: CaseDeps,
  row: repo.CaseRow,
  directory: Directory,
  now: Date,
): Promise<CaseSweep> {
  const clock = deps.clock();
  const caseId = Number(row.id);
  const summonsOf = async () =>
    (await repo.listParties(trx, [caseId]))
      .filter((p) => p.role === 'summoned')
      .map((p) => ({ unitId: p.unit_id, dueAt: p.due_at, acknowledgedAt: p.acknowledged_at }));
  const leadUnitId = row.lead_unit_id === null ? null : Number(row.lead_unit_id);
  const milestones = milestonesOf(clock, { ...clockFactsOf(row), leadUnitId }, await summonsOf());
  let current = row;
  let alerts = 0;
  const notified: Notified[] = [];
  for (const milestone of milestones.filter((m) => m.at <= now)) {
    const fresh = await repo.insertAlert(trx, {
      caseId,
      kind: `${milestone.phase}:${milestone.kind}`,
      dueAt: milestone.due,
      unitId: milestone.unitId,
      now,
    });
    if (!fresh) continue;
    let raised: Awaited<ReturnType<typeof raise>>;
    try {
      raised = await raise(trx, deps, current, milestone, directory, now);
    } catch (error) {
      // The workflow refused (e.g. already escalated to this level): the alert stays recorded, nothing else to do.
      if (isAppError(error)) continue;
      throw error;
    }
    current = raised.row;
    notified.push(...raised.notified);
    alerts++;
  }
  await repo.setNextSweep(trx, caseId, milestones.find((m) => m.at > now)?.at ?? null);
  return { alerts, notified };
}

/** Sweeps every case with a milestone due, in batches; returns what it did (zero when another instance holds the lock). */
export async function sweepCases(deps: CaseDeps, now: Date = new Date(), batchSize = 200): Promise<SweepResult> {
  const total: SweepResult = { cases: 0, alerts: 0 };
  const directory = await deps.directory.get();
  for (;;) {
    const batch = await withTransaction(deps.db, async (trx) => {
      if (!(await repo.tryLockSweeper(trx))) return null;
      const rows = await repo.lockDueCases(trx, now, batchSize);
      const notified: Notified[] = [];
      let alerts = 0;
      for (const row of rows) {
        const swept = await sweepOne(trx, deps, row, directory, now);
        alerts += swept.alerts;
        notified.push(...swept.notified);
      }
      return { cases: rows.length, alerts, notified };
    });
    if (!batch) return total;
    total.cases += batch.cases;
    total.alerts += batch.alerts;
    if (batch.notified.length > 0) await deliver(deps.notifications, batch.notified, externalKinds);
    if (batch.cases < batchSize) return total;
  }
}
