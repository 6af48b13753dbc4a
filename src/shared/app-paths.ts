/**
 * Paths of the web app's pages that the server names too (a notification's `link` opens one) and
 * the web app links to. Plain functions, no imports.
 */

export const taskPath = (taskId: number): string => `/tasks/${taskId}`;

export const reportPath = (reportId: number): string => `/reports/${reportId}`;

/** 群众点题 of a programme, for its office; with a topic, its detail opens. */
export const officeTopicsPath = (programmeId: number, topicId?: number): string =>
  `/programmes/${programmeId}/topics${topicId === undefined ? '' : `?topic=${topicId}`}`;

/** The citizens' pages (/m): the topics, and one topic with its task's progress. */
export const citizenTopicsPath = (): string => '/m/topics';

export const citizenTopicPath = (topicId: number): string => `/m/topics/${topicId}`;

/** The audit trail (administrators): where an audit alarm leads. */
export const auditPath = (): string => '/admin/audit';
