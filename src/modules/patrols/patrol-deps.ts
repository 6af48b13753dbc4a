import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { RequestContext } from '../access/request-context.ts';

/** A case opened for a finding (巡查发现 → 诉求). */
export interface FindingCaseInput {
  description: string;
  categoryId: number | null;
  placeUnitId: number;
  lat: number | null;
  lng: number | null;
  /** The patrol's photos of the finding (attachment ids), linked to the case once it exists. */
  photoIds: number[];
  idempotencyKey: string;
}

/**
 * What the patrol services need: the database and, passed down by the composition root so that this
 * module reaches the case loop without importing its internals, the ordinary intake (channel patrol).
 */
export interface PatrolDeps {
  db: Kysely<DB>;
  openCase(ctx: RequestContext, input: FindingCaseInput): Promise<{ id: number }>;
}
