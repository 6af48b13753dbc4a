import type { App } from '../../platform/http/types.ts';
import { linkAttachments } from '../attachments/attachments.service.ts';
import type { CaseDeps } from '../cases/case-deps.ts';
import { submitCase } from '../cases/case-intake.service.ts';
import type { PatrolDeps } from './patrol-deps.ts';
import { registerPatrolRoutes } from './patrols.routes.ts';

/**
 * The patrol module on top of the case loop: a finding opens a case through the ordinary intake
 * (channel patrol, as the person acting), and the patrol's photos of it are linked to that case.
 * The case module knows nothing of patrols; a finding reads its case's status when it is shown.
 */
export function patrolDepsFor(cases: CaseDeps): PatrolDeps {
  return {
    db: cases.db,
    async openCase(ctx, input) {
      const outcome = await submitCase(
        cases,
        ctx,
        {
          channel: 'patrol',
          description: input.description,
          ...(input.categoryId !== null ? { categoryId: input.categoryId } : {}),
          placeUnitId: input.placeUnitId,
          ...(input.lat !== null && input.lng !== null ? { lat: input.lat, lng: input.lng } : {}),
        },
        { public: false, idempotencyKey: input.idempotencyKey },
      );
      if (!outcome.replayed) await linkAttachments(cases.db, input.photoIds, outcome.id, null);
      return { id: outcome.id };
    },
  };
}

export function registerPatrolModule(app: App, cases: CaseDeps): void {
  registerPatrolRoutes(app, patrolDepsFor(cases));
}
