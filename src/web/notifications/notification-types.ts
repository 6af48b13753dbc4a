/** One notification (GET /notifications, and each `notification` event of the live stream). */
export interface NotificationView {
  id: number;
  at: string;
  kind: string;
  title: string;
  body: string;
  caseId: number | null;
  /** The app path it opens (`/tasks/12`, `/reports/5`); case notifications open `caseId`. */
  link: string | null;
  read: boolean;
}

export interface NotificationList {
  items: NotificationView[];
  unread: number;
}
