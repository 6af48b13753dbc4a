import { describe, expect, it } from 'vitest';
import type { Role } from '../access/permissions.ts';
import { installationRecipientRoles, recipientRoles, recipientsOf, type UnitNoticeKind } from './recipients.ts';

/** Who hears about what, written out by hand (not derived from the table under test). */
const expected: Record<UnitNoticeKind, Role[]> = {
  'case.dispatch': ['handler', 'unit_lead', 'grid_worker'],
  'case.support': ['handler', 'unit_lead', 'grid_worker'],
  'case.summon': ['handler', 'unit_lead', 'grid_worker'],
  'case.approveExtension': ['handler', 'unit_lead', 'grid_worker'],
  'case.denyExtension': ['handler', 'unit_lead', 'grid_worker'],
  'case.sendBack': ['handler', 'unit_lead', 'grid_worker'],
  'case.reopen': ['handler', 'unit_lead', 'grid_worker'],
  'case.warn': ['handler', 'unit_lead', 'grid_worker'],
  'case.comment': ['handler', 'unit_lead', 'grid_worker', 'dispatcher'],
  'case.return': ['dispatcher'],
  'case.extension': ['dispatcher'],
  'case.resolve': ['dispatcher'],
  'case.urge': ['unit_lead'],
  'case.escalate': ['unit_lead', 'supervisor'],
  'topic.proposed': ['programme_office'],
  'task.assign': ['handler', 'unit_lead'],
  'task.verify': ['handler', 'unit_lead'],
  'task.reject': ['handler', 'unit_lead'],
  'task.moveToRoutine': ['handler', 'unit_lead'],
  'task.resume': ['handler', 'unit_lead'],
  'task.withdraw': ['handler', 'unit_lead'],
  'task.comment': ['handler', 'unit_lead'],
  'task.urge': ['unit_lead'],
  'task.late': ['unit_lead'],
  'task.claim_done': ['programme_office'],
  'report.remind': ['handler', 'unit_lead'],
  'report.accepted': ['handler', 'unit_lead'],
  'report.returned': ['handler', 'unit_lead'],
  'report.waived': ['handler', 'unit_lead'],
  'report.overdue': ['unit_lead'],
  'report.submitted': ['programme_office'],
  'report.late': ['programme_office'],
};

describe('who hears about what', () => {
  it.each(Object.entries(expected) as [UnitNoticeKind, Role[]][])('%s goes to %j', (kind, roles) => {
    expect([...recipientsOf(kind)].sort()).toEqual([...roles].sort());
  });

  it('has no kind beyond the expected ones, and no role twice in a kind', () => {
    expect(Object.keys(recipientRoles).sort()).toEqual(Object.keys(expected).sort());
    for (const roles of Object.values(recipientRoles)) expect(new Set(roles).size).toBe(roles.length);
  });

  it('tells administrators, wherever they hold the role, that the audit trail was tampered with', () => {
    expect(installationRecipientRoles['audit.tampered']).toEqual(['administrator']);
  });
});
