import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, type ButtonProps, Card, Descriptions, Form, Input, InputNumber, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.ts';
import { useApiGet, useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { FormDialog } from '../components/form-dialog.tsx';
import { LoadingBlock } from '../components/loading-block.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { ReportDetail } from './programme-types.ts';
import { apiValuesOf, formValuesOf, ReportFields } from './report-fields.tsx';
import { ReportStatusTag } from './status-tag.tsx';
import { EventTimeline } from './event-timeline.tsx';
import { formatDeadline } from '../components/date-format.ts';
import './programmes.css';
import { useLocalName } from '../i18n/local-name.ts';

type ReportAction = 'save' | 'submit' | 'recall' | 'return' | 'accept';
type Review = 'accept' | 'return';

/** What a report's action changes: the report and the queues, its task's reports and progress, the board's late count. */
const REPORT_WRITE = [queryKeys.reports, queryKeys.tasks, queryKeys.programmes];

/** The body of 退回 (the reason, required) or 通过 (an optional note). */
const reviewBody = (review: Review, text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  if (review === 'return') return { reason: trimmed };
  return trimmed ? { note: trimmed } : {};
};

/** 填报 / 审核: one report, its form generated from the field definitions, and the actions the person may take. */
export function ReportPage() {
  const t = useT();
  const name = useLocalName();
  const id = Number(useParams().id);
  const { showError, message } = useApiFeedback();
  const query = useApiGet<ReportDetail>(`/reports/${id}`);
  const [current, setCurrent] = useState<ReportDetail | null>(null);
  const [review, setReview] = useState<Review | null>(null);
  const [form] = Form.useForm<Record<string, unknown>>();
  const [reviewForm] = Form.useForm<{ text?: string }>();
  /** Whether the form is being checked for submitting (required fields must be filled) or for a draft. */
  const submitting = useRef(false);
  const write = useApiMutation(
    ({ action, body }: { action: ReportAction; body: Record<string, unknown> }) =>
      api.post<ReportDetail>(`/reports/${id}/${action}`, body),
    REPORT_WRITE,
  );
  const report = current && current.id === id && current.version >= (query.data?.version ?? 0) ? current : query.data;

  useEffect(() => {
    if (report) form.setFieldsValue(formValuesOf(report));
  }, [report, form]);

  if (!report)
    return <div className="prog-page">{query.error ? <ApiErrorAlert error={query.error} /> : <LoadingBlock />}</div>;
  const allowed = new Set<string>(report.allowedActions);
  const editable = allowed.has('save') || allowed.has('submit');
  const busy = write.isPending ? write.variables.action : null;

  const act = (action: ReportAction, body: Record<string, unknown>, done: string) =>
    write.mutate(
      { action, body: { version: report.version, ...body } },
      {
        onSuccess: (next) => {
          setCurrent(next);
          void message.success(done);
        },
        onError: (error) => showError(error, { onReload: query.refetch }),
      },
    );

  const fill = async (action: 'save' | 'submit') => {
    submitting.current = action === 'submit';
    let raw: Record<string, unknown>;
    try {
      raw = await form.validateFields();
    } catch {
      return;
    }
    const { progress, summary, ...rest } = raw;
    const body: Record<string, unknown> = { values: apiValuesOf(report.fields, rest) };
    if (typeof progress === 'number') body['progress'] = progress;
    if (typeof summary === 'string' && summary.trim()) body['summary'] = summary.trim();
    act(action, body, t(action === 'save' ? 'prog.report.saved' : 'prog.report.submitted'));
  };

  return (
    <div className="prog-page" data-testid="report-page">
      <Link to={`/programmes/${report.programmeId}/tasks/${report.task.id}`} className="prog-back">
        <ArrowLeftOutlined aria-hidden="true" /> {report.task.title}
      </Link>
      <div className="prog-head">
        <div>
          <h1 className="prog-title">
            {report.form.name} · {report.periodKey}
          </h1>
          <Space wrap size={4}>
            <ReportStatusTag status={report.status} late={report.late} />
            <span className="prog-muted" data-testid="report-due">
              {name(report.leadUnit)} · {t('prog.report.due')} {formatDeadline(report.dueAt)}
            </span>
          </Space>
        </div>
        <Space wrap size={8} data-testid="report-actions">
          {allowed.has('recall') && (
            <Button
              loading={busy === 'recall'}
              onClick={() => act('recall', {}, t('prog.report.recall'))}
              data-testid="report-recall"
            >
              {t('prog.report.recall')}
            </Button>
          )}
          {allowed.has('return') && (
            <Button danger onClick={() => setReview('return')} data-testid="report-return">
              {t('prog.report.return')}
            </Button>
          )}
          {allowed.has('accept') && (
            <Button type="primary" onClick={() => setReview('accept')} data-testid="report-accept">
              {t('prog.report.accept')}
            </Button>
          )}
        </Space>
      </div>
      {report.reviewNote && (
        <Alert
          type={report.status === 'returned' ? 'warning' : 'info'}
          showIcon
          title={t('prog.report.reviewNote', { note: report.reviewNote })}
          data-testid="report-review-note"
        />
      )}

      <div className="prog-task-grid">
        <Card size="small" title={report.form.name}>
          <Form
            form={form}
            layout="vertical"
            className="prog-report-form"
            disabled={!editable}
            data-testid="report-form"
          >
            <ReportFields fields={report.fields} strict={() => submitting.current} disabled={!editable} />
            <Form.Item name="progress" label={t('prog.report.progress')}>
              <InputNumber min={0} max={100} suffix="%" style={{ width: 220 }} data-testid="report-progress" />
            </Form.Item>
            <Form.Item name="summary" label={t('prog.report.summary')}>
              <Input.TextArea rows={4} maxLength={4000} data-testid="report-summary" />
            </Form.Item>
            {editable && (
              <Space>
                {allowed.has('save') && (
                  <Button loading={busy === 'save'} onClick={() => void fill('save')} data-testid="report-save">
                    {t('prog.report.save')}
                  </Button>
                )}
                {allowed.has('submit') && (
                  <Button
                    type="primary"
                    loading={busy === 'submit'}
                    onClick={() => void fill('submit')}
                    data-testid="report-submit"
                  >
                    {t('prog.report.submit')}
                  </Button>
                )}
              </Space>
            )}
          </Form>
        </Card>
        <div>
          <Card size="small">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('prog.report.task')}>{report.task.title}</Descriptions.Item>
              <Descriptions.Item label={t('prog.report.unit')}>{name(report.leadUnit)}</Descriptions.Item>
              <Descriptions.Item label={t('prog.report.period')}>{report.periodKey}</Descriptions.Item>
              <Descriptions.Item label={t('prog.report.due')}>{formatDeadline(report.dueAt)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <EventTimeline events={report.timeline} kind="report" />
        </div>
      </div>

      <FormDialog<{ text?: string }, ReportDetail>
        open={review !== null}
        title={review === 'return' ? t('prog.report.return') : t('prog.report.accept')}
        okText={t('prog.action.confirm')}
        okButtonProps={{ 'data-testid': 'review-submit' } as ButtonProps}
        form={reviewForm}
        submit={({ text }) =>
          review
            ? api.post<ReportDetail>(`/reports/${report.id}/${review}`, {
                version: report.version,
                ...reviewBody(review, text),
              })
            : Promise.reject(new Error('no review open'))
        }
        invalidates={REPORT_WRITE}
        onDone={(next) => {
          setCurrent(next);
          void message.success(review === 'return' ? t('prog.report.returned') : t('prog.report.accepted'));
          setReview(null);
        }}
        onRefused={(error) => {
          showError(error, { onReload: query.refetch });
          return true;
        }}
        onCancel={() => setReview(null)}
      >
        <Form.Item
          name="text"
          label={review === 'return' ? t('prog.report.returnReason') : t('prog.report.acceptNote')}
          rules={[{ required: review === 'return', whitespace: true, message: t('prog.action.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="review-text" />
        </Form.Item>
      </FormDialog>
    </div>
  );
}
