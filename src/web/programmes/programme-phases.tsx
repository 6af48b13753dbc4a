import { Space } from 'antd';
import { useT } from '../i18n/use-t.ts';
import type { ProgrammeDetail } from './programme-types.ts';
import { ColourTag } from './status-tag.tsx';

/** Under the programme's title: whether the public sees it, and its phases with their dates. */
export function ProgrammePhases({ programme }: { programme: ProgrammeDetail }) {
  const t = useT();
  if (programme.phases.length === 0 && programme.visibility === 'internal') return null;
  return (
    <Space wrap size={4} className="prog-phases" data-testid="programme-phases">
      {programme.visibility === 'public' && <ColourTag color="cyan">{t('progEdit.visibility.public')}</ColourTag>}
      {programme.phases.length > 0 && <span className="prog-muted">{t('progEdit.phases')}：</span>}
      {programme.phases.map((ph) => (
        <span key={ph.id} className="prog-phase">
          {ph.name} <span className="prog-muted">{`${ph.startsOn} – ${ph.endsOn}`}</span>
        </span>
      ))}
    </Space>
  );
}
