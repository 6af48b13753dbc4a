/**
 * The vocabulary of task lists and tables (清单 + 表格) the server and the web app share:
 * programmes, tasks, report forms, reports and topics chosen by the public. Plain data, no imports.
 */

/** What kind of list a programme is. */
export const programmeKinds = [
  'campaign', // 专项整治（如“4+2”集中整治）
  'pledges', // 民生实事
  'key_projects', // 重点项目清单
  'plan', // 工作方案（如“七个方面”）
] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

export const programmeStatuses = ['draft', 'active', 'closed'] as const;
export type ProgrammeStatus = (typeof programmeStatuses)[number];

export const visibilities = ['internal', 'public'] as const;
export type Visibility = (typeof visibilities)[number];

/** What may be done to a programme (the buttons of its page). */
export const programmeActions = [
  'update', // 编辑
  'activate', // 启动
  'close', // 结束
  'reopen', // 重新启动
  'addTask', // 新增任务
  'importTasks', // 导入任务清单
  'exportTables', // 导出会议表格与报送记录
  'manageForms', // 定义报送表格
  'openTopicWindow', // 开启群众点题
  'closeTopicWindow', // 结束群众点题
  'moderateTopics', // 审核与选题
] as const;
export type ProgrammeAction = (typeof programmeActions)[number];

/** The stored life of a task; what a person sees is `TaskDisplayStatus`. */
export const taskStatuses = [
  'active', // 推进中
  'done', // 已完成，待核验销号
  'verified', // 已核验销号（关闭）
  'routine', // 转入常态化
  'withdrawn', // 已撤销（从未开展）
] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** The traffic light and stage a task shows, computed from milestones, reports, dates and the calendar. */
export const taskDisplayStatuses = [
  'not_started', // 未开始
  'on_track', // 正常推进
  'at_risk', // 存在风险
  'late', // 已逾期
  'done', // 已完成待销号
  'verified', // 已销号
  'routine', // 转入常态化
  'withdrawn', // 已撤销
] as const;
export type TaskDisplayStatus = (typeof taskDisplayStatuses)[number];

export const taskActions = [
  'update', // 编辑任务
  'addMilestone', // 新增节点
  'completeMilestone', // 完成节点
  'reopenMilestone', // 撤回节点完成
  'addEvidence', // 上传佐证材料
  'claimDone', // 申请销号
  'verify', // 核验销号
  'reject', // 核验不通过
  'moveToRoutine', // 转入常态化
  'resume', // 恢复重点推进
  'withdraw', // 撤销任务
  'comment', // 督导意见
  'urge', // 督办
  'fileReport', // 填报
] as const;
export type TaskAction = (typeof taskActions)[number];

export const reportStatuses = [
  'pending', // 待填报
  'submitted', // 已报送，待审核
  'returned', // 已退回，待修改
  'accepted', // 已审核通过
  'waived', // 已免报
] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const reportActions = [
  'save', // 暂存
  'submit', // 报送
  'recall', // 撤回
  'accept', // 审核通过
  'return', // 退回
  'urge', // 催报
  'waive', // 免报
] as const;
export type ReportAction = (typeof reportActions)[number];

/** Field types of a report form. */
export const reportFieldTypes = ['text', 'number', 'percent', 'money', 'date', 'choice', 'attachment'] as const;
export type ReportFieldType = (typeof reportFieldTypes)[number];

/** How often a form is filed. */
export const reportFrequencies = ['weekly', 'monthly', 'quarterly'] as const;
export type ReportFrequency = (typeof reportFrequencies)[number];

export const topicStatuses = [
  'pending', // 待审核
  'published', // 已公开
  'rejected', // 未通过审核
  'selected', // 已选为任务
] as const;
export type TopicStatus = (typeof topicStatuses)[number];

export const topicActions = ['publish', 'reject', 'select', 'support', 'withdrawSupport'] as const;
export type TopicAction = (typeof topicActions)[number];
