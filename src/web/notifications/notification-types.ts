import type { ApiResponse } from '../api/schema.ts';

export type NotificationList = ApiResponse<'/notifications'>;
/** One notification (GET /notifications, and each `notification` event of the live stream). */
export type NotificationView = NotificationList['items'][number];
