/** One notification (GET /notifications, and each `notification` event of the live stream). */
export interface NotificationView {
  id: number;
  at: string;
  kind: string;
  title: string;
  body: string;
  caseId: number | null;
  read: boolean;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}
