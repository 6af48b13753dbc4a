import { auditActionLabel, auditActions, auditEntityLabel, auditEntityTypes } from '../../../shared/audit-actions.ts';
import { labelLanguage } from '../../../shared/bilingual.ts';
import type { Locale } from '../../i18n/locales.ts';

/** Every action code the server writes (the shared label table); older codes are shown by their code. */
export const KNOWN_ACTIONS = auditActions;

export const ENTITY_TYPES = auditEntityTypes;

export function actionLabel(locale: Locale, action: string): string | null {
  return auditActionLabel(action, labelLanguage(locale));
}

export function entityLabel(locale: Locale, entityType: string): string {
  return auditEntityLabel(entityType, labelLanguage(locale)) ?? entityType;
}
