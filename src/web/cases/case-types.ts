/** Shapes of the case API (see the server's cases.schemas.ts and case-workbench.schemas.ts). */
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

export interface UnitBrief {
  id: number;
  nameZh: string;
  type: string;
}

export interface CaseSummary {
  id: number;
  trackingCode: string;
  channel: CaseChannel;
  title: string;
  status: CaseStatus;
  tier: CaseTier | null;
  urgency: Urgency;
  category: { id: number; nameZh: string } | null;
  place: UnitBrief | null;
  address: string | null;
  leadUnit: UnitBrief | null;
  responseDueAt: string | null;
  resolveDueAt: string | null;
  colour: DeadlineColour | null;
  escalationLevel: number;
  returnCount: number;
  reopenCount: number;
  heat: number;
  recurrenceOfId: number | null;
  satisfaction: Satisfaction | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** With a word search: the passage of the description that matched, the matches marked by [start, end). */
  match?: { text: string; highlights: [number, number][] };
}

export interface CaseParty {
  unitId: number;
  unitName: string;
  unitType: string;
  role: 'lead' | 'support' | 'summoned';
  dueAt: string | null;
  acknowledgedAt: string | null;
}

export interface CaseEvent {
  id: number;
  at: string;
  action: string;
  actorLabel: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  publicText: string | null;
  data: Record<string, unknown>;
}

export interface AttachmentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
  createdAt: string;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  categoryPath: string[];
  lat: number | null;
  lng: number | null;
  reporter: { anonymous: boolean; name: string | null; mobile: string | null; masked: boolean };
  extra: Record<string, unknown>;
  parties: CaseParty[];
  warnAt: string | null;
  acceptedAt: string | null;
  dispatchedAt: string | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  pendingExtension: { until: string; reason: string } | null;
  extensionCount: number;
  sendBackCount: number;
  solved: boolean | null;
  mergedIntoId: number | null;
  timeline: CaseEvent[];
  attachments: AttachmentInfo[];
  allowedActions: CaseAction[];
}

export interface CaseList {
  items: CaseSummary[];
  total: number;
  totalIsExact: boolean;
  nextCursor: string | null;
  /** With a word search and no start date: how far back it looked. */
  searchedSince?: string;
}

export interface QueueCount {
  queue: WorkbenchQueue;
  count: number;
  exact: boolean;
}

export interface QueueCounts {
  items: QueueCount[];
  cap: number;
}

export interface DispatchSuggestion {
  lead: UnitBrief | null;
  supporting: UnitBrief[];
  reason: string;
}

export interface BulkDispatchResult {
  items: {
    id: number;
    ok: boolean;
    trackingCode: string | null;
    status: CaseStatus | null;
    error: { code: string; message: string } | null;
  }[];
  dispatched: number;
  failed: number;
}

export interface CategoryNode {
  id: number;
  parentId: number | null;
  path: string;
  depth: number;
  nameZh: string;
  nameEn: string | null;
  active: boolean;
}

export interface UploadedAttachment {
  id: number;
  token: string;
  fileName: string;
  contentType: string;
  size: number;
}
