/** Shapes of the case API, named from the generated OpenAPI types (../api/schema.ts). */
import type { ApiItem, ApiResponse } from '../api/schema.ts';
import type { WorkbenchQueue } from '../../shared/case-queues.ts';
import type {
  CaseAction,
  CaseChannel,
  CaseStatus,
  CaseTier,
  DeadlineColour,
  Satisfaction,
  Urgency,
} from '../../shared/cases.ts';

export type { CaseAction, CaseChannel, CaseStatus, CaseTier, DeadlineColour, Satisfaction, Urgency, WorkbenchQueue };

export type CaseList = ApiResponse<'/cases'>;
export type CaseSummary = CaseList['items'][number];
export type UnitBrief = NonNullable<CaseSummary['leadUnit']>;

export type CaseDetail = ApiResponse<'/cases/{id}'>;
export type CaseParty = CaseDetail['parties'][number];
export type CaseEvent = CaseDetail['timeline'][number];
export type AttachmentInfo = CaseDetail['attachments'][number];

export type QueueCounts = ApiResponse<'/cases/queues'>;
export type QueueCount = QueueCounts['items'][number];

export type DispatchSuggestion = ApiResponse<'/cases/{id}/dispatch-suggestion'>;
export type BulkDispatchResult = ApiResponse<'/cases/bulk-dispatch', 'post'>;

/** One node of the category tree (分类). */
export type CategoryNode = ApiItem<'/categories'>;

export type UploadedAttachment = ApiResponse<'/attachments', 'post'>;
