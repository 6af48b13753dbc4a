import { Card, Timeline } from 'antd';
import { useT } from '../i18n/use-t.ts';
import { eventLabel } from './event-label.ts';
import type { TaskEvent } from './programme-types.ts';

/** A moment as cadres read it (China time, 24-hour clock), or a dash. */
export const formatWhen = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—';

/** 办理记录: the events of a task or a report, newest first, with who acted and their note. */
export function EventTimeline({
  events,
  kind,
  testId,
}: {
  events: readonly TaskEvent[];
  kind: 'task' | 'report';
  testId?: string;
}) {
  const t = useT();
  return (
    <Card size="small" title={t('prog.task.timeline')}>
      <Timeline
        data-testid={testId}
        items={[...events].reverse().map((e) => ({
          key: e.id,
          content: (
            <div>
              <div className="prog-muted">
                {formatWhen(e.at)} · {e.actorLabel ?? ''}
              </div>
              <div>{eventLabel(t, e.action, kind)}</div>
              {e.note && <div className="prog-muted">{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
