import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useNotificationStream } from './use-notification-stream.ts';

/** The list itself loads on first opening (its own chunk); the bell and its live count are always there. */
const NotificationsDrawer = lazy(() => import('./notifications-drawer.tsx'));

/** 消息通知: the bell in the header with the unread count, live; opens the notifications drawer. */
export function NotificationBell() {
  const t = useT();
  const stream = useNotificationStream();
  const [open, setOpen] = useState(false);
  // Each opening mounts the drawer afresh, so it reads the list again.
  const [openings, setOpenings] = useState(0);
  const count = stream.unread ?? 0;
  const label = count > 0 ? t('notify.bellUnread', { count }) : t('notify.bell');
  return (
    <>
      <Badge count={count} size="small" overflowCount={99} offset={[-4, 4]} color="#c8320e">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={label}
          title={label}
          aria-haspopup="dialog"
          aria-expanded={open}
          data-testid="notification-bell"
          data-unread={count}
          onClick={() => {
            setOpen(true);
            setOpenings((n) => n + 1);
          }}
        />
      </Badge>
      {openings > 0 && (
        <Suspense fallback={null}>
          <NotificationsDrawer key={openings} open={open} onClose={() => setOpen(false)} stream={stream} />
        </Suspense>
      )}
    </>
  );
}
