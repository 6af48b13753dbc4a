import type { Translate } from '../../i18n/message-types.ts';

/** Actions with a label in the catalogue (`action.<name>`); others are shown by their code. */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.failed',
  'auth.locked',
  'auth.slowed',
  'unit.create',
  'unit.update',
  'unit.move',
  'unit.deactivate',
  'unit.activate',
  'unit.delete',
  'person.create',
  'person.register',
  'person.update',
  'person.roles',
  'person.deactivate',
  'person.activate',
  'person.password_reset',
  'person.password_changed',
  'person.unlock',
  'pii.read',
  'token.issue',
  'token.revoke',
  'demo.load',
] as const;

export const ENTITY_TYPES = ['unit', 'person', 'api_token', 'system'] as const;

export function actionLabel(t: Translate, action: string): string | null {
  const known = KNOWN_ACTIONS.find((item) => item === action);
  return known ? t(`action.${known}`) : null;
}

export function entityLabel(t: Translate, entityType: string): string {
  const known = ENTITY_TYPES.find((item) => item === entityType);
  return known ? t(`entity.${known}`) : entityType;
}
