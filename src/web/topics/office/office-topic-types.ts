/** Shapes of the office's topic answers, named from the generated OpenAPI types (../../api/schema.ts). */
import type { TopicAction, TopicStatus } from '../../../shared/programmes.ts';
import type { ApiResponse } from '../../api/schema.ts';

export type OfficeTopicList = ApiResponse<'/topics'>;
/** A topic as its programme office reads it (GET /topics, /topics/{id}). */
export type OfficeTopic = OfficeTopicList['items'][number];
export type TopicCounts = OfficeTopicList['counts'];
export type RelatedCaseList = ApiResponse<'/topics/{id}/related-cases'>;

/** The tabs of the office's page, in order. */
export const officeTopicTabs = [
  'pending',
  'published',
  'selected',
  'rejected',
] as const satisfies readonly TopicStatus[];
export type OfficeTopicTab = (typeof officeTopicTabs)[number];

export const topicSorts = ['support', 'cases', 'new'] as const;
export type TopicSort = (typeof topicSorts)[number];

/** The topic actions of the office, each a dialog. */
export type OfficeTopicAction = Extract<TopicAction, 'publish' | 'reject' | 'select'>;
export const officeTopicActions: readonly OfficeTopicAction[] = ['publish', 'reject', 'select'];
