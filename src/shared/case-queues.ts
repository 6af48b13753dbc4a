/**
 * 我的工作: the queues of the case list (GET /cases?queue=…) in the order the workbench shows them,
 * and which of them make sense for a person, from the permissions they hold. Plain data with no
 * imports, shared by the server (queue counts) and the web app (tabs and cards).
 */

export const workbenchQueues = [
  'to_accept', // 待受理
  'to_dispatch', // 待派单（含退单待改派）
  'returned', // 已退单
  'to_acknowledge', // 待签收
  'in_progress', // 办理中
  'due_soon', // 即将超期（黄灯）
  'overdue', // 已超期（红灯）
  'extension_requests', // 延期待审批
  'to_review', // 办结待审核
  'to_follow_up', // 待回访
  'closed', // 已归档
] as const;
export type WorkbenchQueue = (typeof workbenchQueues)[number];

const dispatcherQueues: readonly WorkbenchQueue[] = [
  'to_accept',
  'to_dispatch',
  'returned',
  'in_progress',
  'due_soon',
  'overdue',
  'extension_requests',
  'to_review',
  'to_follow_up',
];
const handlerQueues: readonly WorkbenchQueue[] = ['to_acknowledge', 'in_progress', 'due_soon', 'overdue'];
const supervisorQueues: readonly WorkbenchQueue[] = ['in_progress', 'due_soon', 'overdue'];
const readerQueues: readonly WorkbenchQueue[] = ['in_progress', 'overdue', 'closed'];

/**
 * The queues for someone holding these permissions (a queue is offered only to those who can take
 * its action, so 待签收 to 承办 alone; 派单员: intake to follow-up; 承办: acknowledge and
 * handle; 督查: what is running late; everyone who reads cases: in progress, overdue, closed).
 */
export function queuesFor(permissions: readonly string[]): WorkbenchQueue[] {
  const wanted = new Set<WorkbenchQueue>();
  const add = (queues: readonly WorkbenchQueue[]) => queues.forEach((queue) => wanted.add(queue));
  if (permissions.includes('case.dispatch')) add(dispatcherQueues);
  if (permissions.includes('case.handle')) add(handlerQueues);
  if (permissions.includes('case.supervise')) add(supervisorQueues);
  if (permissions.includes('case.read')) add(readerQueues);
  return workbenchQueues.filter((queue) => wanted.has(queue));
}
