/** Shapes of the programme, task and report answers (see /api/openapi.json, tags programmes/tasks/reports). */
import type {
  ProgrammeAction,
  ProgrammeKind,
  ProgrammeStatus,
  ReportAction,
  ReportFieldType,
  ReportFrequency,
  ReportStatus,
  TaskAction,
  TaskDisplayStatus,
  TaskStatus,
} from '../../shared/programmes.ts';

export interface UnitBrief {
  id: number;
  nameZh: string;
}

export interface TopicWindow {
  opensAt: string | null;
  closesAt: string | null;
  open: boolean;
  supportLimit: number;
  proposalLimit: number;
  intro: string | null;
}

export interface ProgrammeSummary {
  id: number;
  title: string;
  kind: ProgrammeKind;
  ownerUnit: UnitBrief;
  startsOn: string;
  endsOn: string;
  visibility: 'internal' | 'public';
  status: ProgrammeStatus;
  taskCount: number;
  statusCounts: Record<string, number>;
  progress: number;
  topicWindow: TopicWindow;
  version: number;
  allowedActions: ProgrammeAction[];
}

export interface ReportField {
  key: string;
  label: string;
  type: ReportFieldType;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  options?: string[];
  multiple?: boolean;
  maxFiles?: number;
  target?: boolean;
  help?: string;
}

export interface ReportFormView {
  id: number;
  programmeId: number;
  name: string;
  description: string;
  fields: ReportField[];
  frequency: ReportFrequency;
  /** 0: the last working day of the period; N: the N-th working day after it. */
  dueWorkingDay: number;
  remindWorkingDays: number;
  startsOn: string;
  active: boolean;
  version: number;
}

export interface Phase {
  id: number;
  seq: number;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface ProgrammeDetail extends ProgrammeSummary {
  description: string;
  atRiskWorkingDays: number;
  phases: Phase[];
  forms: ReportFormView[];
}

export interface StatusReason {
  code: string;
  title?: string;
  due?: string;
  expected?: number;
  actual?: number;
}

export interface TaskSummary {
  id: number;
  programmeId: number;
  programmeTitle: string;
  parentId: number | null;
  seq: number;
  externalId: string | null;
  title: string;
  leadUnit: UnitBrief;
  supportingUnits: UnitBrief[];
  leaderName: string | null;
  ownerName: string | null;
  phaseId: number | null;
  startsOn: string | null;
  dueOn: string | null;
  target: { text: string | null; value: number | null; unit: string | null; actual: number | null };
  weight: number;
  progress: number;
  status: TaskStatus;
  displayStatus: TaskDisplayStatus;
  statusReasons: StatusReason[];
  milestonesDone: number;
  milestonesTotal: number;
  childCount: number;
  reportsFiled: number;
  lastReportAt: string | null;
  version: number;
  allowedActions: TaskAction[];
}

export interface Milestone {
  id: number;
  seq: number;
  title: string;
  dueOn: string;
  phaseId: number | null;
  completedAt: string | null;
  completionNote: string | null;
  late: boolean;
}

export interface TaskEvent {
  id: number;
  at: string;
  action: string;
  actorLabel: string | null;
  note: string | null;
}

export interface TaskComment {
  id: number;
  at: string;
  authorLabel: string | null;
  kind: 'comment' | 'urge';
  text: string;
}

export interface Evidence {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
  createdAt: string;
}

export interface ReportBrief {
  id: number;
  formId: number;
  formName: string;
  periodKey: string;
  status: ReportStatus;
  late: boolean;
  dueAt: string;
  submittedAt: string | null;
  progress: number | null;
  summary: string | null;
}

export interface TaskDetail extends TaskSummary {
  description: string;
  parent: { id: number; title: string } | null;
  milestones: Milestone[];
  children: TaskSummary[];
  timeline: TaskEvent[];
  comments: TaskComment[];
  evidence: Evidence[];
  reports: ReportBrief[];
}

export interface ReportSummary {
  id: number;
  programmeId: number;
  programmeTitle: string;
  form: { id: number; name: string };
  task: { id: number; title: string; status: string };
  leadUnit: UnitBrief;
  periodKey: string;
  dueAt: string;
  status: ReportStatus;
  late: boolean;
  overdue: boolean;
  progress: number | null;
  summary: string | null;
  values: Record<string, unknown>;
  submittedAt: string | null;
  reviewNote: string | null;
  version: number;
  allowedActions: ReportAction[];
}

export interface ReportDetail extends ReportSummary {
  fields: ReportField[];
  attachments: { id: number; fileName: string; size: number; url: string }[];
  timeline: TaskEvent[];
}

export interface Paged<T> {
  items: T[];
  nextOffset?: number | null;
  nextCursor?: string | null;
}
