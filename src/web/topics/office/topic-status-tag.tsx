import type { TopicStatus } from '../../../shared/programmes.ts';
import { useT } from '../../i18n/use-t.ts';
import { ColourTag } from '../../programmes/status-tag.tsx';

const colours: Record<TopicStatus, string> = {
  pending: 'gold',
  published: 'blue',
  selected: 'green',
  rejected: 'default',
};

export function TopicStatusTag({ status }: { status: TopicStatus }) {
  const t = useT();
  return (
    <ColourTag color={colours[status]} data-testid="topic-status" data-status={status}>
      {t(`topicOffice.status.${status}`)}
    </ColourTag>
  );
}
