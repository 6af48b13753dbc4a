import type { Actor } from '../access/actor.ts';
import { can } from '../access/policy.ts';
import type { UnitAction } from './units.schemas.ts';

interface UnitLike {
  path: string;
  parent_id: number | null;
  active: boolean;
}

/** The actions this actor may take on this unit; the UI shows exactly these buttons. */
export function allowedUnitActions(actor: Actor, unit: UnitLike): UnitAction[] {
  if (!can(actor, 'unit.manage', unit.path)) return [];
  const actions: UnitAction[] = ['update', 'createChild'];
  if (unit.parent_id !== null) {
    actions.push('move', 'delete');
    actions.push(unit.active ? 'deactivate' : 'activate');
  }
  return actions;
}
