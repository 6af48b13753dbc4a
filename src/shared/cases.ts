/**
 * The vocabulary of the case loop (诉求闭环) the server and the web app share: channels, statuses,
 * tiers, urgencies, ratings and actions. Plain data with no imports.
 */

/** 来源 */
export const caseChannels = [
  'citizen_web', // 群众网上/手机提交
  'hotline', // 12345 热线
  'patrol', // 网格巡查
  'inspection', // 检查发现
  'enterprise_visit', // 入企走访
  'street_sweep', // 扫街行动
  'leader_reception', // 领导接访
  'letter', // 来信
  'supervision', // 督查交办
  'visit', // 群众来访
] as const;
export type CaseChannel = (typeof caseChannels)[number];

export const caseStatuses = [
  'submitted', // 待受理
  'accepted', // 已受理，待派单
  'dispatched', // 已派单，待签收
  'returned', // 已退单，待改派
  'handling', // 办理中
  'resolved', // 已办结，待审核
  'follow_up', // 待回访
  'closed', // 已归档
  'declined', // 不予受理
  'merged', // 已合并
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses in which a case is still being worked on (nothing may be silently dropped). */
export const openStatuses: readonly CaseStatus[] = [
  'submitted',
  'accepted',
  'dispatched',
  'returned',
  'handling',
  'resolved',
  'follow_up',
];

/** 分级: minor matters stay in the grid or village; general ones go to the township with departments; major ones to a district task force. */
export const caseTiers = ['minor', 'general', 'major'] as const;
export type CaseTier = (typeof caseTiers)[number];

export const urgencies = ['normal', 'urgent'] as const;
export type Urgency = (typeof urgencies)[number];

/** 回访评价 */
export const satisfactions = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];

export const caseActions = [
  'accept', // 受理
  'decline', // 不予受理
  'merge', // 合并
  'classify', // 分类分级
  'dispatch', // 派单 / 改派
  'acknowledge', // 签收
  'return', // 退单
  'overrule', // 驳回退单，原单位继续办理
  'summon', // 吹哨报到
  'acknowledgeSummons', // 报到
  'note', // 办理进展
  'requestExtension', // 延期申请
  'approveExtension', // 同意延期
  'denyExtension', // 不同意延期
  'resolve', // 办结
  'approve', // 审核通过
  'sendBack', // 退回重办
  'followUp', // 回访
  'reopen', // 重办
  'close', // 归档
  'urge', // 督办
  'escalate', // 挂牌督办 / 提级
  'clearRecurrence', // 清除反弹回潮标记
] as const;
export type CaseAction = (typeof caseActions)[number];

/** 预警颜色: green in time, yellow near the limit, red overdue. */
export const deadlineColours = ['green', 'yellow', 'red'] as const;
export type DeadlineColour = (typeof deadlineColours)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  submitted: '待受理',
  accepted: '待派单',
  dispatched: '待签收',
  returned: '已退单',
  handling: '办理中',
  resolved: '待审核',
  follow_up: '待回访',
  closed: '已归档',
  declined: '不予受理',
  merged: '已合并',
};

export const caseChannelLabels: Record<CaseChannel, string> = {
  citizen_web: '网上诉求',
  hotline: '12345热线',
  patrol: '网格巡查',
  inspection: '检查发现',
  enterprise_visit: '入企走访',
  street_sweep: '扫街行动',
  leader_reception: '领导接访',
  letter: '来信',
  supervision: '督查交办',
  visit: '群众来访',
};

export const caseTierLabels: Record<CaseTier, string> = {
  minor: '一般（网格/村社区）',
  general: '较大（镇街+部门）',
  major: '重大（区级专班）',
};

/**
 * The glossary of a case's tier and urgency (分级, 紧急程度) in short: every screen, export and
 * message uses these words, so 一般 is only ever a tier and 普通 only ever an urgency.
 */
export const caseTierShortLabels: Record<CaseTier, string> = { minor: '一般', general: '较大', major: '重大' };
export const caseUrgencyLabels: Record<Urgency, string> = { normal: '普通', urgent: '紧急' };
