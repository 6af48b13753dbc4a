/** Shapes of the programme, task and report answers, named from the generated OpenAPI types (../api/schema.ts). */
import type { ApiItem, ApiResponse } from '../api/schema.ts';
import type { ReportStatus } from '../../shared/programmes.ts';

export type ProgrammeSummary = ApiItem<'/programmes'>;
export type UnitBrief = ProgrammeSummary['ownerUnit'];
export type TopicWindow = ProgrammeSummary['topicWindow'];

export type ProgrammeDetail = ApiResponse<'/programmes/{id}'>;
export type Phase = ProgrammeDetail['phases'][number];
export type ReportFormView = ProgrammeDetail['forms'][number];
export type ReportField = ReportFormView['fields'][number];

export type TaskSummary = ApiItem<'/tasks'>;
export type StatusReason = TaskSummary['statusReasons'][number];

type TaskAnswer = ApiResponse<'/tasks/{id}'>;
export type Milestone = TaskAnswer['milestones'][number];
/** What a timeline shows of a task's or a report's event. */
export type TaskEvent = Pick<TaskAnswer['timeline'][number], 'id' | 'at' | 'action' | 'actorLabel' | 'note'>;
export type TaskComment = TaskAnswer['comments'][number];
export type Evidence = TaskAnswer['evidence'][number];
/** The server's schema leaves a task's report status a plain string. */
export type ReportBrief = Omit<TaskAnswer['reports'][number], 'status'> & { status: ReportStatus };
export type TaskDetail = Omit<TaskAnswer, 'reports'> & { reports: ReportBrief[] };

export type ReportSummary = ApiItem<'/reports'>;
/** The server's schema leaves a report's fields open; they are its form's fields. */
export type ReportDetail = Omit<ApiResponse<'/reports/{id}'>, 'fields'> & { fields: ReportField[] };

export interface Paged<T> {
  items: T[];
  nextOffset?: number | null;
  nextCursor?: string | null;
}
