import type { Actor } from '../access/actor.ts';
import { can } from '../access/policy.ts';
import type { PersonAction } from './people.schemas.ts';

interface PersonLike {
  kind: 'staff' | 'citizen';
  active: boolean;
  locked_until: Date | null;
}

/** A person is managed by whoever manages every unit they belong to (the whole tree for people in none). */
export function canManagePerson(actor: Actor, unitPaths: string[]): boolean {
  if (unitPaths.length === 0) return can(actor, 'person.manage', null);
  return unitPaths.every((path) => can(actor, 'person.manage', path));
}

/** Citizens' names and mobiles are personal data (PIPL): shown only to holders of pii.read. */
export function canSeePersonalData(actor: Actor, unitPaths: string[]): boolean {
  if (unitPaths.length === 0) return can(actor, 'pii.read', null);
  return unitPaths.some((path) => can(actor, 'pii.read', path));
}

export function allowedPersonActions(actor: Actor, person: PersonLike, unitPaths: string[], now: Date): PersonAction[] {
  const actions: PersonAction[] = [];
  if (canManagePerson(actor, unitPaths)) {
    actions.push('update');
    if (person.kind === 'staff') actions.push('assignRoles', 'resetPassword');
    if (person.locked_until && new Date(person.locked_until) > now) actions.push('unlock');
    actions.push(person.active ? 'deactivate' : 'activate');
  }
  if (person.kind === 'citizen' && canSeePersonalData(actor, unitPaths)) actions.push('viewPersonalData');
  return actions;
}
