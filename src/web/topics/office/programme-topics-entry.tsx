import { BulbOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { officeTopicsPath } from '../../../shared/app-paths.ts';
import { useT } from '../../i18n/use-t.ts';
import type { ProgrammeDetail } from '../../programmes/programme-types.ts';

/** The programme board's way to 群众点题: for those who moderate a public programme's topics. */
export function ProgrammeTopicsEntry({ programme }: { programme: ProgrammeDetail }) {
  const t = useT();
  const navigate = useNavigate();
  if (programme.visibility !== 'public' || !programme.allowedActions.includes('moderateTopics')) return null;
  return (
    <Button
      size="small"
      icon={<BulbOutlined aria-hidden="true" />}
      onClick={() => void navigate(officeTopicsPath(programme.id))}
      data-testid="programme-topics-entry"
    >
      {t('topicOffice.entry')}
    </Button>
  );
}
