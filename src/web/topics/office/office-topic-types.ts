/** Shapes of the office's topic answers (see /api/openapi.json, tag topics). */
import type { CaseStatus } from '../../../shared/cases.ts';
import type { TaskDisplayStatus, TopicAction, TopicStatus } from '../../../shared/programmes.ts';

/** A topic as its programme office reads it (GET /topics, /topics/{id}). */
export interface OfficeTopic {
  id: number;
  programmeId: number;
  programmeTitle: string;
  title: string;
  description: string;
  category: { id: number; nameZh: string } | null;
  keywords: string[];
  status: TopicStatus;
  supportCount: number;
  /** Cases of the last year about the same matter (热点). */
  relatedCases: number;
  /** Masked unless the reader holds pii.read. */
  proposer: { name: string; mobile: string | null; masked: boolean } | null;
  task: { id: number; title: string; displayStatus: TaskDisplayStatus; progress: number } | null;
  moderationNote: string | null;
  moderatedAt: string | null;
  createdAt: string;
  version: number;
  allowedActions: TopicAction[];
}

export type TopicCounts = Record<'pending' | 'published' | 'selected' | 'rejected', number>;

export interface OfficeTopicList {
  items: OfficeTopic[];
  nextOffset: number | null;
  counts: TopicCounts;
}

export interface RelatedCaseList {
  items: { id: number; trackingCode: string; title: string; status: CaseStatus; createdAt: string }[];
  /** All related cases, also those outside the reader's scope. */
  total: number;
}

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
