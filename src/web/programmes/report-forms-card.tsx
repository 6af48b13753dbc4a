import { PlusOutlined } from '@ant-design/icons';
import { Button, type ButtonProps, Card, Empty, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { useApiMutation } from '../api/queries.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import type { Translate } from '../i18n/message-types.ts';
import type { ProgrammeDetail, ReportFormView } from './programme-types.ts';
import { type ReportFormDialog, ReportFormModal } from './report-form-modal.tsx';
import { ColourTag } from './status-tag.tsx';
import { CasesTheme } from '../cases/cases-theme.tsx';

/** "每月 · 每期最后一个工作日报送 · 提前 1 个工作日提醒" */
export function cycleText(t: Translate, form: ReportFormView): string {
  const due = form.dueWorkingDay === 0 ? t('progEdit.dueLast') : t('progEdit.dueAfter', { n: form.dueWorkingDay });
  const remind =
    form.remindWorkingDays === 0 ? t('progEdit.remindNone') : t('progEdit.remindBefore', { n: form.remindWorkingDays });
  return [t(`progEdit.frequency.${form.frequency}`), due, remind].join(' · ');
}

/**
 * 报送表格 on the board: the programme's forms, their cycle and fields; the office defines, edits and
 * stops them. The board refreshes from the cache after each write; `onReload` reads it again after a conflict.
 */
export function ReportFormsCard({ programme, onReload }: { programme: ProgrammeDetail; onReload: () => void }) {
  const t = useT();
  const { showError, message, modal } = useApiFeedback();
  const [dialog, setDialog] = useState<ReportFormDialog | null>(null);
  const manage = programme.allowedActions.includes('manageForms');
  const activation = useApiMutation(
    ({ form, active }: { form: ReportFormView; active: boolean }) =>
      api.patch<ReportFormView>(`/programmes/${programme.id}/forms/${form.id}`, { version: form.version, active }),
    [queryKeys.programmes, queryKeys.reports],
  );

  const setActive = (form: ReportFormView, active: boolean) => {
    const send = async () => {
      try {
        await activation.mutateAsync({ form, active });
        void message.success(
          active ? t('progEdit.formResumed', { name: form.name }) : t('progEdit.formStopped', { name: form.name }),
        );
      } catch (error) {
        showError(error, { onReload });
      }
    };
    if (active) {
      void send();
      return;
    }
    modal.confirm({
      title: t('progEdit.formStopTitle', { name: form.name }),
      content: t('progEdit.formStopBody'),
      okText: t('progEdit.formStop'),
      // Not the preset red: white on it falls short of 4.5:1 in these app-level dialogs.
      okButtonProps: { 'data-testid': 'report-form-stop-ok' } as ButtonProps,
      cancelText: t('common.cancel'),
      onOk: send,
    });
  };

  return (
    // The case screens' deeper red keeps the stop button's text readable (4.5:1).
    <CasesTheme>
      <Card
        size="small"
        title={t('progEdit.forms')}
        className="prog-section"
        data-testid="report-forms"
        extra={
          manage && (
            <Button
              size="small"
              icon={<PlusOutlined aria-hidden="true" />}
              onClick={() => setDialog({ kind: 'create' })}
              data-testid="report-form-create"
            >
              {t('progEdit.formCreate')}
            </Button>
          )
        }
      >
        {programme.forms.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('progEdit.formsNone')} />
        ) : (
          <ul className="prog-list-plain">
            {programme.forms.map((form) => (
              <li key={form.id} data-testid="report-form-item">
                <div className="prog-form-line">
                  <Space wrap size={6}>
                    <strong>{form.name}</strong>
                    {!form.active && <ColourTag color="default">{t('progEdit.formInactive')}</ColourTag>}
                    <span className="prog-muted">{cycleText(t, form)}</span>
                  </Space>
                  {manage && (
                    <Space size={4}>
                      <Button
                        size="small"
                        onClick={() => setDialog({ kind: 'edit', form })}
                        data-testid="report-form-edit"
                      >
                        {t('common.edit')}
                      </Button>
                      {form.active ? (
                        <Button
                          size="small"
                          danger
                          onClick={() => setActive(form, false)}
                          data-testid="report-form-stop"
                        >
                          {t('progEdit.formStop')}
                        </Button>
                      ) : (
                        <Button size="small" onClick={() => setActive(form, true)} data-testid="report-form-resume">
                          {t('progEdit.formResume')}
                        </Button>
                      )}
                    </Space>
                  )}
                </div>
                <div className="prog-muted">
                  {form.fields.length === 0
                    ? t('progEdit.fieldsNone')
                    : form.fields
                        .map(
                          (f) =>
                            `${f.label}（${t(`progEdit.fieldType.${f.type}`)}${f.required ? t('progEdit.fieldRequiredMark') : ''}）`,
                        )
                        .join('、')}
                </div>
              </li>
            ))}
          </ul>
        )}
        <ReportFormModal
          programme={programme}
          dialog={dialog}
          onClose={() => setDialog(null)}
          onReload={onReload}
          onSaved={() => setDialog(null)}
        />
      </Card>
    </CasesTheme>
  );
}
