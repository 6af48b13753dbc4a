import type { BilingualLabel } from './bilingual.ts';

/**
 * The audit trail's action codes (审计操作) and entity types, each with its label in Chinese and
 * English: the one table the server (which writes the codes) and the web (which shows the labels)
 * both use. `recordAudit` accepts only a code listed here, and `audit-actions.test.ts` reads every
 * call site, so a new code without a label fails the type check and the test.
 */

export const auditActionLabels = {
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.logout': { zh: '退出登录', en: 'Signed out' },
  'auth.failed': { zh: '登录失败', en: 'Sign-in failed' },
  'auth.locked': { zh: '登录来源锁定', en: 'Sign-in source locked' },
  'auth.slowed': { zh: '登录限速（多次失败）', en: 'Sign-in slowed (many failures)' },

  'unit.create': { zh: '新增单位', en: 'Unit created' },
  'unit.update': { zh: '修改单位', en: 'Unit edited' },
  'unit.move': { zh: '调整隶属', en: 'Unit moved' },
  'unit.deactivate': { zh: '停用单位', en: 'Unit disabled' },
  'unit.activate': { zh: '启用单位', en: 'Unit enabled' },
  'unit.delete': { zh: '删除单位', en: 'Unit deleted' },

  'person.create': { zh: '新增人员', en: 'Person created' },
  'person.register': { zh: '群众注册', en: 'Citizen registered' },
  'person.update': { zh: '修改人员', en: 'Person edited' },
  'person.roles': { zh: '分配角色', en: 'Roles assigned' },
  'person.deactivate': { zh: '停用人员', en: 'Person disabled' },
  'person.activate': { zh: '启用人员', en: 'Person enabled' },
  'person.password_reset': { zh: '重置密码', en: 'Password reset' },
  'person.password_changed': { zh: '修改密码', en: 'Password changed' },
  'person.unlock': { zh: '解锁账号', en: 'Account unlocked' },

  'pii.read': { zh: '查看个人信息', en: 'Personal data viewed' },
  'token.issue': { zh: '签发令牌', en: 'Token issued' },
  'token.revoke': { zh: '撤销令牌', en: 'Token revoked' },
  'demo.load': { zh: '载入演示数据', en: 'Demo data loaded' },
  'text.model_retrained': { zh: '重新训练分类模型', en: 'Category model retrained' },

  'category.create': { zh: '新增分类', en: 'Category created' },
  'category.update': { zh: '修改分类', en: 'Category edited' },
  'category.relate': { zh: '设置相关分类', en: 'Categories related' },
  'category.unrelate': { zh: '取消相关分类', en: 'Categories unrelated' },

  'calendar.set': { zh: '设置节假日', en: 'Calendar day set' },
  'calendar.remove': { zh: '删除节假日设置', en: 'Calendar day removed' },
  'calendar.year-entered': { zh: '确认全年节假日已录入', en: 'Calendar year marked entered' },
  'calendar.year-reopened': { zh: '撤销全年已录入确认', en: 'Calendar year reopened' },
  'calendar.year-days': { zh: '录入全年节假日', en: 'Calendar year days entered' },
  'calendar.deadlines-recomputed': { zh: '按新日历重算时限', en: 'Deadlines recomputed for the calendar' },

  'case.submit': { zh: '诉求提交', en: 'Case submitted' },
  'case.export': { zh: '导出诉求', en: 'Cases exported' },
  'case.accept': { zh: '受理', en: 'Case accepted' },
  'case.decline': { zh: '不予受理', en: 'Case declined' },
  'case.merge': { zh: '合并诉求', en: 'Case merged' },
  'case.classify': { zh: '分类分级', en: 'Case classified' },
  'case.dispatch': { zh: '派单', en: 'Case dispatched' },
  'case.acknowledge': { zh: '签收', en: 'Case acknowledged' },
  'case.return': { zh: '退单', en: 'Case returned' },
  'case.overrule': { zh: '驳回退单', en: 'Return overruled' },
  'case.summon': { zh: '吹哨报到', en: 'Units summoned' },
  'case.acknowledgeSummons': { zh: '报到', en: 'Summons acknowledged' },
  'case.note': { zh: '办理进展', en: 'Progress note' },
  'case.reporterComment': { zh: '群众补充', en: "Reporter's comment" },
  'case.requestExtension': { zh: '申请延期', en: 'Extension requested' },
  'case.approveExtension': { zh: '同意延期', en: 'Extension approved' },
  'case.denyExtension': { zh: '不同意延期', en: 'Extension denied' },
  'case.resolve': { zh: '办结', en: 'Case resolved' },
  'case.approve': { zh: '审核通过', en: 'Resolution approved' },
  'case.sendBack': { zh: '退回重办', en: 'Sent back for rework' },
  'case.followUp': { zh: '回访', en: 'Follow-up recorded' },
  'case.reopen': { zh: '重办', en: 'Case reopened' },
  'case.close': { zh: '归档', en: 'Case closed' },
  'case.urge': { zh: '督办', en: 'Case urged' },
  'case.escalate': { zh: '挂牌督办', en: 'Case escalated' },
  'case.clearRecurrence': { zh: '清除反弹回潮标记', en: 'Recurrence flag cleared' },

  'programme.create': { zh: '新建清单', en: 'Programme created' },
  'programme.update': { zh: '编辑清单', en: 'Programme edited' },
  'programme.activate': { zh: '启动清单', en: 'Programme started' },
  'programme.close': { zh: '结束清单', en: 'Programme closed' },
  'programme.reopen': { zh: '重新启动清单', en: 'Programme reopened' },
  'programme.import': { zh: '导入任务清单', en: 'Tasks imported' },
  'programme.topic_window.open': { zh: '开启群众点题', en: 'Topic window opened' },
  'programme.topic_window.close': { zh: '结束群众点题', en: 'Topic window closed' },

  'task.create': { zh: '新增任务', en: 'Task created' },
  'task.update': { zh: '编辑任务', en: 'Task edited' },
  'task.addMilestone': { zh: '新增节点', en: 'Milestone added' },
  'task.completeMilestone': { zh: '完成节点', en: 'Milestone completed' },
  'task.reopenMilestone': { zh: '撤回节点完成', en: 'Milestone reopened' },
  'task.milestone.update': { zh: '修改节点', en: 'Milestone edited' },
  'task.milestone.delete': { zh: '删除节点', en: 'Milestone deleted' },
  'task.addEvidence': { zh: '上传佐证材料', en: 'Evidence added' },
  'task.evidence': { zh: '佐证材料入档', en: 'Evidence filed' },
  'task.claimDone': { zh: '申请销号', en: 'Completion claimed' },
  'task.verify': { zh: '核验销号', en: 'Task verified' },
  'task.reject': { zh: '核验不通过', en: 'Completion rejected' },
  'task.moveToRoutine': { zh: '转入常态化', en: 'Moved to routine' },
  'task.resume': { zh: '恢复重点推进', en: 'Task resumed' },
  'task.withdraw': { zh: '撤销任务', en: 'Task withdrawn' },
  'task.comment': { zh: '督导意见', en: 'Supervision comment' },
  'task.urge': { zh: '督办任务', en: 'Task urged' },
  'task.fileReport': { zh: '任务填报', en: 'Report filed for task' },

  'report_form.create': { zh: '定义报送表格', en: 'Report form created' },
  'report_form.update': { zh: '修改报送表格', en: 'Report form edited' },
  'report.save': { zh: '暂存报送', en: 'Report saved' },
  'report.submit': { zh: '报送', en: 'Report submitted' },
  'report.recall': { zh: '撤回报送', en: 'Report recalled' },
  'report.accept': { zh: '报送审核通过', en: 'Report accepted' },
  'report.return': { zh: '退回报送', en: 'Report returned' },
  'report.urge': { zh: '催报', en: 'Report urged' },
  'report.waive': { zh: '免报', en: 'Report waived' },

  'topic.propose': { zh: '提出点题', en: 'Topic proposed' },
  'topic.publish': { zh: '公开点题', en: 'Topic published' },
  'topic.reject': { zh: '不予公开点题', en: 'Topic rejected' },
  'topic.select': { zh: '选定点题', en: 'Topic selected' },
  'topic.support': { zh: '支持点题', en: 'Topic supported' },
  'topic.withdraw_support': { zh: '撤回支持', en: 'Support withdrawn' },

  'responsibility_object.create': { zh: '新增责任对象', en: 'Responsibility object created' },
  'responsibility_object.update': { zh: '修改责任对象', en: 'Responsibility object edited' },
  'responsibility_object.retire': { zh: '停用责任对象', en: 'Responsibility object retired' },
  'responsibility_appointment.create': { zh: '任命责任人', en: 'Responsible person appointed' },
  'responsibility_appointment.end': { zh: '免去责任人', en: 'Appointment ended' },
  'patrol_duty_rule.create': { zh: '新增巡查频次', en: 'Patrol duty added' },
  'patrol_duty_rule.update': { zh: '修改巡查频次', en: 'Patrol duty edited' },
  'patrol_duty_rule.delete': { zh: '删除巡查频次', en: 'Patrol duty removed' },
  'patrol_threshold.set': { zh: '设置巡查有效性标准', en: 'Patrol validity thresholds set' },
  'patrol.start': { zh: '开始巡查', en: 'Patrol started' },
  'patrol.points': { zh: '上传巡查轨迹', en: 'Patrol track sent' },
  'patrol.photo': { zh: '上传巡查照片', en: 'Patrol photo added' },
  'patrol.finding': { zh: '记录巡查问题', en: 'Patrol finding recorded' },
  'patrol.stop': { zh: '结束巡查', en: 'Patrol ended and judged' },
  'patrol.confirm': { zh: '确认巡查结论', en: 'Patrol verdict confirmed' },
  'patrol.overrule': { zh: '改判巡查结论', en: 'Patrol verdict overruled' },
  'patrol_finding.case': { zh: '巡查问题转诉求', en: 'Finding made a case' },
  'patrol_finding.sign_off': { zh: '巡查问题销号', en: 'Finding signed off' },
} as const satisfies Record<string, BilingualLabel>;

/** Every code an audit row may carry when it is written now. */
export type AuditAction = keyof typeof auditActionLabels;

export const auditActions = Object.keys(auditActionLabels) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActionLabels, value);
}

export const auditEntityLabels = {
  unit: { zh: '单位', en: 'Unit' },
  person: { zh: '人员', en: 'Person' },
  api_token: { zh: '接口令牌', en: 'API token' },
  system: { zh: '系统', en: 'System' },
  audit: { zh: '审计记录', en: 'Audit trail' },
  calendar: { zh: '工作日历', en: 'Calendar' },
  case: { zh: '诉求', en: 'Case' },
  category: { zh: '分类', en: 'Category' },
  category_model: { zh: '分类模型', en: 'Category model' },
  programme: { zh: '清单', en: 'Programme' },
  task: { zh: '任务', en: 'Task' },
  report: { zh: '报送', en: 'Report' },
  report_form: { zh: '报送表格', en: 'Report form' },
  topic: { zh: '点题', en: 'Topic' },
  responsibility_object: { zh: '责任对象', en: 'Responsibility object' },
  responsibility_appointment: { zh: '责任人任命', en: 'Appointment' },
  patrol_duty_rule: { zh: '巡查频次', en: 'Patrol duty' },
  patrol_threshold_override: { zh: '巡查有效性标准', en: 'Patrol thresholds' },
  patrol: { zh: '巡查', en: 'Patrol' },
  patrol_finding: { zh: '巡查问题', en: 'Patrol finding' },
} as const satisfies Record<string, BilingualLabel>;

export type AuditEntityType = keyof typeof auditEntityLabels;

export const auditEntityTypes = Object.keys(auditEntityLabels) as AuditEntityType[];

/**
 * The label of a stored code in a language, or null for a code this version does not know (rows
 * written by an older version keep their code; the view then shows the code alone).
 */
export function auditActionLabel(action: string, language: 'zh' | 'en'): string | null {
  return isAuditAction(action) ? auditActionLabels[action][language] : null;
}

export function auditEntityLabel(entityType: string, language: 'zh' | 'en'): string | null {
  return Object.hasOwn(auditEntityLabels, entityType)
    ? auditEntityLabels[entityType as AuditEntityType][language]
    : null;
}
