import { type ButtonProps, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { UnitTreeSelect } from '../admin/shared/unit-tree-select.tsx';
import { useUnits } from '../admin/shared/use-units.ts';
import { useAuth } from '../auth/use-auth.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { type ProgrammeKind, programmeKinds, type Visibility, visibilities } from '../../shared/programmes.ts';
import { fromDay, toDay, trimmedOrUndefined } from './local-date.ts';
import { PhaseRows, type PhaseValues } from './phase-rows.tsx';
import type { ProgrammeDetail } from './programme-types.ts';
import { useDialogRefusal } from './use-dialog-refusal.ts';
import { useLocalName } from '../i18n/local-name.ts';

export type ProgrammeDialog = { kind: 'create' } | { kind: 'edit'; programme: ProgrammeDetail };

interface Values {
  title: string;
  kind: ProgrammeKind;
  description?: string;
  ownerUnitId?: number;
  startsOn?: Dayjs;
  endsOn?: Dayjs;
  visibility: Visibility;
  atRiskWorkingDays: number;
  phases?: PhaseValues[];
}

// Problems with the phases (a list, not one field) are shown in the dialog's alert.
const FIELDS = [
  'title',
  'kind',
  'description',
  'ownerUnitId',
  'startsOn',
  'endsOn',
  'visibility',
  'atRiskWorkingDays',
] as const;
const CODES = { PROGRAMME_DATES: 'endsOn' } as const;

function initialValues(dialog: ProgrammeDialog | null, ownerUnitId: number | undefined): Partial<Values> {
  if (dialog?.kind !== 'edit')
    return { kind: 'campaign', visibility: 'internal', atRiskWorkingDays: 5, ownerUnitId, phases: [] };
  const p = dialog.programme;
  return {
    title: p.title,
    kind: p.kind,
    description: p.description,
    ownerUnitId: p.ownerUnit.id,
    startsOn: toDay(p.startsOn),
    endsOn: toDay(p.endsOn),
    visibility: p.visibility,
    atRiskWorkingDays: p.atRiskWorkingDays,
    phases: p.phases.map((ph) => ({
      id: ph.id,
      name: ph.name,
      startsOn: toDay(ph.startsOn),
      endsOn: toDay(ph.endsOn),
    })),
  };
}

const phasesOf = (values: Values) =>
  (values.phases ?? []).map((ph) => ({
    ...(ph.id ? { id: ph.id } : {}),
    name: (ph.name ?? '').trim(),
    startsOn: fromDay(ph.startsOn),
    endsOn: fromDay(ph.endsOn),
  }));

/** The body of PATCH /programmes/{id}: only what changed, with the version read. */
function changesOf(p: ProgrammeDetail, values: Values): Record<string, unknown> {
  const next = {
    title: values.title.trim(),
    kind: values.kind,
    description: values.description?.trim() ?? '',
    startsOn: fromDay(values.startsOn),
    endsOn: fromDay(values.endsOn),
    visibility: values.visibility,
    atRiskWorkingDays: values.atRiskWorkingDays,
  };
  const before: Record<string, unknown> = {
    title: p.title,
    kind: p.kind,
    description: p.description,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    visibility: p.visibility,
    atRiskWorkingDays: p.atRiskWorkingDays,
  };
  const changes: Record<string, unknown> = Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== before[key]),
  );
  const phases = phasesOf(values);
  const oldPhases = p.phases.map((ph) => ({ id: ph.id, name: ph.name, startsOn: ph.startsOn, endsOn: ph.endsOn }));
  if (JSON.stringify(phases) !== JSON.stringify(oldPhases)) changes['phases'] = phases;
  return { version: p.version, ...changes };
}

/** The programme office (牵头单位) of a new programme: a unit of the tree (the server checks it is within the person's reach). */
function OwnerField() {
  const t = useT();
  const units = useUnits();
  return (
    <Form.Item
      name="ownerUnitId"
      label={t('progEdit.owner')}
      rules={[{ required: true, message: t('progEdit.ownerRequired') }]}
    >
      <UnitTreeSelect
        units={units.units}
        loading={units.loading}
        exclude={(u) => !u.active}
        testId="programme-form-owner"
        aria-label={t('progEdit.owner')}
      />
    </Form.Item>
  );
}

/** 新建清单 / 编辑清单: title, kind, programme office, period, phases and visibility. */
export function ProgrammeFormModal({
  dialog,
  onClose,
  onSaved,
  onReload,
}: {
  dialog: ProgrammeDialog | null;
  onClose: () => void;
  onSaved: (programme: ProgrammeDetail) => void;
  onReload: () => void;
}) {
  const t = useT();
  const name = useLocalName();
  const { me } = useAuth();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<Values>();
  const onRefused = useDialogRefusal({ form, fields: FIELDS, codes: CODES, onClose, onReload });
  const editing = dialog?.kind === 'edit' ? dialog.programme : null;
  const officeUnit = me?.memberships.find((m) => m.role === 'programme_office')?.unitId;
  const initial = useMemo(() => initialValues(dialog, officeUnit), [dialog, officeUnit]);

  const save = (values: Values) =>
    editing
      ? api.patch<ProgrammeDetail>(`/programmes/${editing.id}`, changesOf(editing, values))
      : api.post<ProgrammeDetail>('/programmes', {
          title: values.title.trim(),
          kind: values.kind,
          description: trimmedOrUndefined(values.description),
          ownerUnitId: values.ownerUnitId,
          startsOn: fromDay(values.startsOn),
          endsOn: fromDay(values.endsOn),
          visibility: values.visibility,
          atRiskWorkingDays: values.atRiskWorkingDays,
          phases: phasesOf(values),
        });

  return (
    <FormDialog<Values, ProgrammeDetail>
      open={dialog !== null}
      title={editing ? t('progEdit.programmeEditTitle', { title: editing.title }) : t('progEdit.programmeCreateTitle')}
      okText={editing ? t('common.save') : t('progEdit.create')}
      okButtonProps={{ 'data-testid': 'programme-form-submit' } as ButtonProps}
      width={760}
      form={form}
      formClassName="prog-edit-form"
      formTestId="programme-form"
      initialValues={initial}
      submit={save}
      // Phases and the at-risk window change the tasks' lights, reports show the title, visibility the public list.
      invalidates={[queryKeys.programmes, queryKeys.tasks, queryKeys.reports, queryKeys.publicProgrammes]}
      onDone={(saved) => {
        void message.success(editing ? t('common.saved') : t('progEdit.programmeCreated', { title: saved.title }));
        onSaved(saved);
      }}
      onRefused={onRefused}
      onCancel={onClose}
    >
      <Form.Item
        name="title"
        label={t('progEdit.title')}
        rules={[{ required: true, whitespace: true, message: t('progEdit.titleRequired') }]}
      >
        <Input maxLength={120} data-testid="programme-form-title" />
      </Form.Item>
      <div className="prog-edit-grid">
        <Form.Item name="kind" label={t('progEdit.kind')} rules={[{ required: true }]}>
          <Select<ProgrammeKind>
            options={programmeKinds.map((k) => ({ value: k, label: t(`prog.kind.${k}`) }))}
            data-testid="programme-form-kind"
          />
        </Form.Item>
        {editing ? (
          <Form.Item label={t('progEdit.owner')} extra={t('progEdit.ownerFixed')}>
            <span data-testid="programme-form-owner">{name(editing.ownerUnit)}</span>
          </Form.Item>
        ) : (
          <OwnerField />
        )}
        <Form.Item
          name="startsOn"
          label={t('progEdit.startsOn')}
          rules={[{ required: true, message: t('progEdit.dateRequired') }]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="programme-form-start" />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('progEdit.endsOn')}
          dependencies={['startsOn']}
          rules={[
            { required: true, message: t('progEdit.dateRequired') },
            ({ getFieldValue }) => ({
              validator: async (_, value: Dayjs | undefined) => {
                const start = getFieldValue('startsOn') as Dayjs | undefined;
                if (value && start && value.isBefore(start, 'day')) throw new Error(t('progEdit.endBeforeStart'));
              },
            }),
          ]}
        >
          <DatePicker style={{ width: '100%' }} data-testid="programme-form-end" />
        </Form.Item>
      </div>
      <Form.Item name="description" label={t('progEdit.description')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={4000}
          data-testid="programme-form-description"
        />
      </Form.Item>
      <PhaseRows form={form} />
      <div className="prog-edit-grid">
        <Form.Item name="visibility" label={t('progEdit.visibility')} extra={t('progEdit.visibilityHint')}>
          <Radio.Group
            options={visibilities.map((v) => ({ value: v, label: t(`progEdit.visibility.${v}`) }))}
            data-testid="programme-form-visibility"
          />
        </Form.Item>
        <Form.Item name="atRiskWorkingDays" label={t('progEdit.atRisk')} extra={t('progEdit.atRiskHint')}>
          <InputNumber min={0} max={60} precision={0} suffix={t('progEdit.workingDays')} style={{ width: 180 }} />
        </Form.Item>
      </div>
    </FormDialog>
  );
}
