import type { CaseStatus } from '../../shared/cases.ts';
import type { QueueCondition } from './cases.repository.ts';
import type { caseQueues } from './cases.schemas.ts';

/**
 * Which cases make each queue of the case list (GET /cases?queue=…, 我的工作): the statuses, and for
 * some queues a deadline or a pending extension. The rule lives here; the repository only turns a
 * condition into SQL.
 */
export const queueConditions: Record<(typeof caseQueues)[number], QueueCondition> = {
  to_accept: { statuses: ['submitted'] }, // 待受理
  to_dispatch: { statuses: ['accepted', 'returned'] }, // 待派单（含退单待改派）
  returned: { statuses: ['returned'] }, // 已退单
  // 待签收: only the cases the person may acknowledge, as the workflow's guard says (the lead unit's handlers).
  to_acknowledge: { statuses: ['dispatched'], leadHandledByActor: true },
  in_progress: { statuses: ['handling'] }, // 办理中
  due_soon: { deadline: 'due_soon' }, // 即将超期（黄灯）
  overdue: { deadline: 'overdue' }, // 已超期（红灯）
  to_review: { statuses: ['resolved'] }, // 办结待审核
  to_follow_up: { statuses: ['follow_up'] }, // 待回访
  extension_requests: { statuses: ['handling'], extensionPending: true }, // 延期待审批
  closed: { statuses: ['closed'] }, // 已归档
};

/** 待办: the statuses in which a case is open work of its lead unit. */
export const inboxStatuses: readonly CaseStatus[] = ['dispatched', 'handling', 'resolved'];
