import type { Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.ts';
import type { Actor } from '../access/actor.ts';
import { findActorPerson, findMemberships } from './auth.repository.ts';

/** The actor for a person, as a session would see them (used right after sign-in, and by tests). */
export async function loadActor(db: Kysely<DB>, personId: number): Promise<Actor> {
  const person = await findActorPerson(db, personId);
  return {
    personId,
    displayName: person.display_name,
    kind: person.kind,
    memberships: await findMemberships(db, personId),
    tokenScopes: null,
    via: 'session',
  };
}
