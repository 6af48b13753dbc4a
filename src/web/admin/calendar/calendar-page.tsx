import { Alert, Button, Card, Dropdown, Form, Input, Popconfirm, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useApiGet, useApiMutation } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { CalendarView } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { FormDialog } from '../../components/form-dialog.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { parseDayList } from './day-list.ts';
import './calendar.css';

type Kind = 'holiday' | 'workday';

const pad = (n: number) => String(n).padStart(2, '0');
const dayOf = (year: number, month: number, date: number) => `${year}-${pad(month + 1)}-${pad(date)}`;

/** One month as weeks of seven cells, Monday first. */
function weeksOf(year: number, month: number): (number | null)[][] {
  const first = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/**
 * 工作日历: a year at a glance (holidays and 调休 working weekends, built-in or entered here), a day
 * set by a click, the State Council's list pasted at once, and the year declared entered, after which
 * its deadlines stop being estimates.
 */
export function CalendarPage() {
  const t = useT();
  const { showError, message } = useApiFeedback();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear + 1);
  const { data, error } = useApiGet<CalendarView>('/calendar', { year });
  /** After a save: how many open cases' deadlines the change recomputed (shown until the next save). */
  const [recomputed, setRecomputed] = useState<number | null>(null);
  const setDay = useApiMutation(
    ({ day, kind }: { day: string; kind: Kind | null }) =>
      kind === null
        ? api.delete<CalendarView>(`/calendar/overrides/${day}`)
        : api.put<CalendarView>(`/calendar/overrides/${day}`, { kind }),
    [queryKeys.calendar, queryKeys.cases],
  );
  const entered = useApiMutation(
    (value: boolean) => api.put<CalendarView>(`/calendar/years/${year}`, { entered: value }),
    [queryKeys.calendar, queryKeys.cases],
  );
  const report = (view: CalendarView) => setRecomputed(view.recomputed ?? 0);
  const [pasting, setPasting] = useState(false);
  const [form] = Form.useForm<{ list: string }>();
  const canEdit = data?.allowedActions.includes('update') ?? false;
  const exceptions = new Map((data?.year?.exceptions ?? []).map((e) => [e.day, e]));
  const covered = data ? year <= data.coveredUntilYear : true;
  const yearEntered = data?.enteredYears.includes(year) ?? false;

  const act = (day: string, kind: Kind | null) =>
    setDay.mutate(
      { day, kind },
      {
        onError: (caught) => showError(caught),
        onSuccess: (view) => {
          report(view);
          void message.success(t('calendar.saved'));
        },
      },
    );

  return (
    <div className="calendar-page" data-testid="calendar-page">
      {error ? <ApiErrorAlert error={error} /> : null}
      {data?.nextYearMissing ? (
        <Alert
          type="warning"
          showIcon
          className="calendar-alert"
          data-testid="calendar-missing"
          message={t('calendar.missing', { year: data.coveredUntilYear + 1 })}
        />
      ) : null}
      <div className="admin-toolbar">
        <Space wrap>
          <Segmented
            value={year}
            onChange={(value) => setYear(Number(value))}
            options={[thisYear - 1, thisYear, thisYear + 1].map((y) => ({ value: y, label: String(y) }))}
            data-testid="calendar-year"
          />
          {covered ? (
            <Tag color="success" data-testid="calendar-covered">
              {yearEntered ? t('calendar.enteredHere') : t('calendar.builtIn')}
            </Tag>
          ) : (
            <Tag color="warning" data-testid="calendar-covered">
              {t('calendar.estimated')}
            </Tag>
          )}
        </Space>
        {canEdit ? (
          <Space wrap>
            <Button onClick={() => setPasting(true)} data-testid="calendar-paste">
              {t('calendar.paste')}
            </Button>
            {yearEntered ? (
              <Button
                onClick={() => entered.mutate(false, { onError: (caught) => showError(caught), onSuccess: report })}
                data-testid="calendar-reopen"
              >
                {t('calendar.reopen')}
              </Button>
            ) : (
              <Popconfirm
                title={t('calendar.confirmTitle', { year })}
                description={t('calendar.confirmBody')}
                okText={t('calendar.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  entered
                    .mutateAsync(true)
                    .then(report)
                    .catch((caught: unknown) => showError(caught))
                }
              >
                <Button type="primary" disabled={covered && !yearEntered} data-testid="calendar-confirm">
                  {t('calendar.confirm')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ) : null}
      </div>
      {recomputed !== null ? (
        <Alert
          type={recomputed > 0 ? 'info' : 'success'}
          showIcon
          closable
          onClose={() => setRecomputed(null)}
          className="calendar-alert"
          data-testid="calendar-recomputed"
          message={recomputed > 0 ? t('calendar.recomputed', { count: recomputed }) : t('calendar.recomputedNone')}
        />
      ) : null}
      <Typography.Paragraph type="secondary">{t('calendar.intro')}</Typography.Paragraph>
      <div className="calendar-legend">
        <span className="calendar-day is-holiday">{t('calendar.holiday')}</span>
        <span className="calendar-day is-workday">{t('calendar.workday')}</span>
        <span className="calendar-day is-weekend">{t('calendar.weekend')}</span>
        <span className="calendar-day is-entered">{t('calendar.entered')}</span>
      </div>
      <div className="calendar-year" data-testid="calendar-months">
        {Array.from({ length: 12 }, (_, month) => (
          <Card key={month} size="small" title={t('calendar.month', { month: month + 1 })} className="calendar-month">
            <table>
              <thead>
                <tr>
                  {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                    <th key={d}>{t(`calendar.weekday${d}` as 'calendar.weekday1')}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeksOf(year, month).map((week, w) => (
                  <tr key={w}>
                    {week.map((date, d) => {
                      if (date === null) return <td key={d} />;
                      const day = dayOf(year, month, date);
                      const exception = exceptions.get(day);
                      const classes = [
                        'calendar-day',
                        exception ? `is-${exception.kind}` : d >= 5 ? 'is-weekend' : '',
                        exception?.source === 'entered' ? 'is-entered' : '',
                      ].join(' ');
                      const cell = (
                        <span className={classes} data-day={day} data-kind={exception?.kind ?? ''}>
                          {date}
                        </span>
                      );
                      return (
                        <td key={d}>
                          {canEdit ? (
                            <Dropdown
                              trigger={['click']}
                              menu={{
                                items: [
                                  { key: 'holiday', label: t('calendar.setHoliday') },
                                  { key: 'workday', label: t('calendar.setWorkday') },
                                  ...(exception?.source === 'entered'
                                    ? [{ key: 'clear', label: t('calendar.clear') }]
                                    : []),
                                ],
                                onClick: ({ key }) => act(day, key === 'clear' ? null : (key as Kind)),
                              }}
                            >
                              <button type="button" className="calendar-cell" aria-label={day}>
                                {cell}
                              </button>
                            </Dropdown>
                          ) : (
                            cell
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        ))}
      </div>
      <FormDialog
        open={pasting}
        title={t('calendar.paste')}
        okText={t('calendar.pasteSave')}
        form={form}
        invalidates={[queryKeys.calendar, queryKeys.cases]}
        submit={async ({ list }) => {
          const { days, problems } = parseDayList(list);
          if (problems.length > 0) throw new Error(problems.join('；'));
          // One save per year: its days in one transaction, and the deadlines they move recomputed once.
          const years = [...new Set(days.map((d) => Number(d.day.slice(0, 4))))].sort();
          let moved = 0;
          for (const y of years) {
            const view = await api.put<CalendarView>(`/calendar/years/${y}`, {
              days: days.filter((d) => d.day.startsWith(`${y}-`)).map(({ day, kind }) => ({ day, kind })),
            });
            moved += view.recomputed ?? 0;
          }
          return { count: days.length, moved };
        }}
        onDone={({ count, moved }) => {
          setPasting(false);
          form.resetFields();
          setRecomputed(moved);
          void message.success(t('calendar.pasted', { count }));
        }}
        onCancel={() => setPasting(false)}
        header={<Typography.Paragraph type="secondary">{t('calendar.pasteHint')}</Typography.Paragraph>}
      >
        <Form.Item name="list" rules={[{ required: true, message: t('calendar.pasteRequired') }]}>
          <Input.TextArea rows={10} placeholder={'2027-01-01 休\n2027-02-06 班'} data-testid="calendar-paste-list" />
        </Form.Item>
      </FormDialog>
    </div>
  );
}
