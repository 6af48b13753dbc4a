/**
 * The vocabulary of responsibility objects, duties and patrols (责任制 · 河长制 · 网格) that the server
 * and the web app share. Plain data with no imports. (Migration 0019 keeps its own frozen copies.)
 */

export const objectKinds = [
  'river_segment', // 河段
  'lake', // 湖泊、水库
  'grid', // 网格
  'enterprise', // 包保企业
  'project', // 重点项目
  'street', // 街巷
] as const;
export type ObjectKind = (typeof objectKinds)[number];

export const objectKindLabels: Record<ObjectKind, string> = {
  river_segment: '河段',
  lake: '湖库',
  grid: '网格',
  enterprise: '包保企业',
  project: '重点项目',
  street: '街巷',
};

export const patrolLevels = ['district', 'township', 'village', 'patroller', 'assistant'] as const;
export type PatrolLevelName = (typeof patrolLevels)[number];

export const patrolLevelLabels: Record<PatrolLevelName, string> = {
  district: '区级河长',
  township: '乡镇级河长',
  village: '村级河长',
  patroller: '巡河员',
  assistant: '河长助理',
};

/** Levels that have one holder at a time: appointing a new one closes the current appointment. */
export const singleHolderLevels: readonly PatrolLevelName[] = ['district', 'township', 'village'];

export const dutyPeriods = ['day', 'week', 'month', 'quarter'] as const;
export type DutyPeriod = (typeof dutyPeriods)[number];

export const patrolStatuses = ['recording', 'submitted', 'judged'] as const;
export type PatrolStatus = (typeof patrolStatuses)[number];

export const patrolVerdicts = ['valid', 'doubtful', 'invalid'] as const;
export type PatrolVerdictName = (typeof patrolVerdicts)[number];

export const objectActions = ['update', 'retire', 'appoint', 'patrol'] as const;
export type ObjectAction = (typeof objectActions)[number];

export const patrolActions = ['append_points', 'add_photo', 'add_finding', 'stop', 'review'] as const;
export type PatrolAction = (typeof patrolActions)[number];

export const findingActions = ['open_case', 'sign_off'] as const;
export type FindingAction = (typeof findingActions)[number];

/** The four disorders (四乱), the checklist of a river segment or lake unless it has its own. */
export const fourDisordersChecklist = [
  { code: 'occupation', label: '乱占', categoryName: null },
  { code: 'extraction', label: '乱采', categoryName: null },
  { code: 'dumping', label: '乱堆', categoryName: null },
  { code: 'construction', label: '乱建', categoryName: null },
] as const;
