import { Card, Timeline } from 'antd';
import { useT } from '../i18n/use-t.ts';
import { eventLabel } from './event-label.ts';
import type { TaskEvent } from './programme-types.ts';
import { formatTime } from '../components/date-format.ts';

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
                {formatTime(e.at)} · {e.actorLabel ?? ''}
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
