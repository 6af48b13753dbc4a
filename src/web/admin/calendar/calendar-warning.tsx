import { Alert, Button, Col } from 'antd';
import { Link } from 'react-router';
import { useApiGet } from '../../api/queries.ts';
import type { CalendarView } from '../../api/types.ts';
import { useAuth } from '../../auth/use-auth.ts';
import { useT } from '../../i18n/use-t.ts';

/** A row of the workbench (a grid column) for an administrator, from 1 November from 1 November: next year's holidays are not entered yet. */
export function CalendarWarning() {
  const t = useT();
  const { me } = useAuth();
  const manages = me?.districtWide.includes('calendar.manage') ?? false;
  const { data } = useApiGet<CalendarView>(manages ? '/calendar' : null);
  if (!manages || !data?.nextYearMissing) return null;
  return (
    <Col xs={24}>
      <Alert
        type="warning"
        showIcon
        data-testid="calendar-warning"
        message={t('calendar.workbenchMissing', { year: data.coveredUntilYear + 1 })}
        action={
          <Link to="/admin/calendar">
            <Button size="small">{t('calendar.workbenchOpen')}</Button>
          </Link>
        }
      />
    </Col>
  );
}
