import type { Role } from '../access/permissions.ts';

/**
 * Who hears about what (谁收到什么通知): for each kind of notice sent to units, the roles in those
 * units whose holders receive it. The one table every sender reads (through `notifyUnits`); which
 * units are addressed (the lead unit, the programme office, the dispatch centre…) stays with the
 * sender. Notices to named people (a case's reporter, a topic's followers) need no table.
 */

/** 承办: those who work a case in a unit. */
const caseHandlers = ['handler', 'unit_lead', 'grid_worker'] as const satisfies readonly Role[];
/** 承办: those who work a task or a report in a unit. */
const programmeHandlers = ['handler', 'unit_lead'] as const satisfies readonly Role[];
/** 单位负责人 */
const leads = ['unit_lead'] as const satisfies readonly Role[];
/** 派单员 */
const dispatchers = ['dispatcher'] as const satisfies readonly Role[];
/** 牵头办公室 */
const office = ['programme_office'] as const satisfies readonly Role[];

export const recipientRoles = {
  // Cases (诉求)
  'case.dispatch': caseHandlers, // 新派单
  'case.support': caseHandlers, // 请配合办理
  'case.summon': caseHandlers, // 吹哨报到
  'case.approveExtension': caseHandlers, // 延期已批准
  'case.denyExtension': caseHandlers, // 延期未批准
  'case.sendBack': caseHandlers, // 退回重办
  'case.reopen': caseHandlers, // 重新办理
  'case.warn': caseHandlers, // 即将超期 (sweeper)
  'case.comment': [...caseHandlers, 'dispatcher'], // 群众补充 (the lead unit's handlers; dispatchers when it is theirs)
  'case.return': dispatchers, // 退单待改派
  'case.extension': dispatchers, // 延期申请待审批
  'case.resolve': dispatchers, // 办结待审核
  'case.urge': leads, // 督办, 报到督办
  'case.escalate': ['unit_lead', 'supervisor'], // 挂牌督办
  // Topics (点题)
  'topic.proposed': office, // 群众点题待审核
  // Tasks (任务)
  'task.assign': programmeHandlers,
  'task.verify': programmeHandlers,
  'task.reject': programmeHandlers,
  'task.moveToRoutine': programmeHandlers,
  'task.resume': programmeHandlers,
  'task.withdraw': programmeHandlers,
  'task.comment': programmeHandlers,
  'task.urge': leads,
  'task.late': leads, // 任务已逾期
  'task.claim_done': office, // 申请销号待核验
  // Reports (报送)
  'report.remind': programmeHandlers, // 报送提醒
  'report.accepted': programmeHandlers,
  'report.returned': programmeHandlers,
  'report.waived': programmeHandlers,
  'report.overdue': leads, // 催报
  'report.submitted': office, // 报送待审核
  'report.late': office, // 逾期未报
} as const satisfies Record<string, readonly Role[]>;

/** A kind of notice sent to the holders of roles in units. */
export type UnitNoticeKind = keyof typeof recipientRoles;

/** The roles that hear about a kind of notice in the units it is sent to. */
export function recipientsOf(kind: UnitNoticeKind): readonly Role[] {
  return recipientRoles[kind];
}

/**
 * Notices about the installation rather than a unit's work, received by everyone holding one of the
 * roles, wherever they hold it (through `notifyRoleHolders`).
 */
export const installationRecipientRoles = {
  'auth.locked': ['administrator'], // 登录来源被锁定 (an address or device locked out of an account)
  'auth.slowed': ['administrator'], // 账号多次登录失败 (failures from many addresses slowed an account down)
  'audit.tampered': ['administrator'], // 审计日志疑遭篡改 (a row without a valid tag, or the chain cut back)
} as const satisfies Record<string, readonly Role[]>;

/** A kind of notice sent to the holders of roles anywhere. */
export type InstallationNoticeKind = keyof typeof installationRecipientRoles;
