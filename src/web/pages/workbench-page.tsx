import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import { CalendarWarning } from '../admin/calendar/calendar-warning.tsx';
import { MyWorkCard } from '../cases/my-work-card.tsx';
import { useT } from '../i18n/use-t.ts';
import { SystemStatusCard } from '../system-status/system-status-card.tsx';

/** Home page: what the platform is, and whether the server is up. */
export function WorkbenchPage() {
  const t = useT();
  return (
    <Row gutter={[16, 16]}>
      <CalendarWarning />
      <Col xs={24}>
        <MyWorkCard />
      </Col>
      <Col xs={24} lg={14}>
        <Card title={<h2 className="card-heading">{t('workbench.welcomeTitle')}</h2>}>
          <Typography.Paragraph className="welcome-body">{t('workbench.welcomeBody')}</Typography.Paragraph>
          <Button
            href="/docs"
            target="_blank"
            rel="noopener noreferrer"
            icon={<ExportOutlined aria-hidden="true" />}
            iconPlacement="end"
          >
            {t('workbench.apiDocs')}
          </Button>
          <Typography.Paragraph type="secondary" className="welcome-hint">
            {t('workbench.apiDocsHint')}
          </Typography.Paragraph>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <SystemStatusCard />
      </Col>
    </Row>
  );
}
