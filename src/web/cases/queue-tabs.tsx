import { useT } from '../i18n/use-t.ts';
import { caseLabels } from './case-labels.ts';
import type { QueueCount, WorkbenchQueue } from './case-types.ts';

interface QueueTabsProps {
  queues: readonly WorkbenchQueue[];
  counts: readonly QueueCount[] | undefined;
  value: WorkbenchQueue | undefined;
  onChange: (queue: WorkbenchQueue | undefined) => void;
}

/**
 * 我的工作: one button per queue of the person's roles, each with its count under the current
 * filters; the pressed one is the list shown. They wrap rather than hide behind a menu.
 */
export function QueueTabs({ queues, counts, value, onChange }: QueueTabsProps) {
  const t = useT();
  const labels = caseLabels(t);
  const countOf = (queue: WorkbenchQueue) => counts?.find((c) => c.queue === queue);
  const keys: (WorkbenchQueue | undefined)[] = [undefined, ...queues];
  return (
    <div className="case-queues" role="group" aria-label={t('cases.queues')} data-testid="case-queues">
      {keys.map((queue) => {
        const count = queue ? countOf(queue) : undefined;
        const text =
          count === undefined ? '' : count.exact ? String(count.count) : t('cases.countCapped', { count: count.count });
        const hot = count !== undefined && count.count > 0 && (queue === 'overdue' || queue === 'due_soon');
        const pressed = value === queue;
        return (
          <button
            key={queue ?? 'all'}
            type="button"
            className={`case-queue${pressed ? ' case-queue-active' : ''}`}
            aria-pressed={pressed}
            data-testid={`queue-${queue ?? 'all'}`}
            onClick={() => onChange(queue)}
          >
            {labels.queue(queue)}
            {text && <span className={`case-queue-count${hot ? ` case-queue-count-${queue}` : ''}`}>{text}</span>}
          </button>
        );
      })}
    </div>
  );
}
