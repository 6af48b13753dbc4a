import { type ButtonProps, Form } from 'antd';
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { FormDialog } from '../components/form-dialog.tsx';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { fromDay, toDay, trimmedOrUndefined } from './local-date.ts';
import type { Phase, TaskDetail } from './programme-types.ts';
import { TaskFormFields, type TaskValues } from './task-form-fields.tsx';
import { useDialogRefusal } from './use-dialog-refusal.ts';

/** 新增任务 (or a sub-task under `parent`) / 编辑任务. */
export type TaskDialog =
  { kind: 'create'; parent?: { id: number; title: string } } | { kind: 'edit'; task: TaskDetail };

// Problems with the milestones (a list) or the parent are shown in the dialog's alert.
const FIELDS = [
  'title',
  'description',
  'externalId',
  'leadUnitId',
  'supportingUnitIds',
  'leaderName',
  'ownerName',
  'phaseId',
  'startsOn',
  'dueOn',
  'targetText',
  'targetValue',
  'targetUnit',
  'weight',
] as const;
const CODES = { TASK_BAD_UNITS: 'leadUnitId', TASK_EXTERNAL_ID_TAKEN: 'externalId' } as const;

function initialValues(dialog: TaskDialog | null): Partial<TaskValues> {
  if (dialog?.kind !== 'edit') return { supportingUnitIds: [], milestones: [], weight: 1 };
  const task = dialog.task;
  return {
    title: task.title,
    description: task.description,
    externalId: task.externalId ?? undefined,
    leadUnitId: task.leadUnit.id,
    supportingUnitIds: task.supportingUnits.map((u) => u.id),
    leaderName: task.leaderName ?? undefined,
    ownerName: task.ownerName ?? undefined,
    phaseId: task.phaseId ?? undefined,
    startsOn: toDay(task.startsOn),
    dueOn: toDay(task.dueOn),
    targetText: task.target.text ?? undefined,
    targetValue: task.target.value,
    targetUnit: task.target.unit ?? undefined,
    weight: task.weight,
  };
}

const numberOrNull = (value: number | null | undefined) => (typeof value === 'number' ? value : null);
const textOrNull = (value: string | undefined) => value?.trim() || null;

/** The body of PATCH /tasks/{id}: the fields that changed (cleared ones as null), with the version read. */
function changesOf(task: TaskDetail, v: TaskValues): Record<string, unknown> {
  const next: Record<string, unknown> = {
    title: v.title.trim(),
    description: v.description?.trim() ?? '',
    externalId: textOrNull(v.externalId),
    leadUnitId: v.leadUnitId,
    leaderName: textOrNull(v.leaderName),
    ownerName: textOrNull(v.ownerName),
    phaseId: v.phaseId ?? null,
    startsOn: fromDay(v.startsOn) ?? null,
    dueOn: fromDay(v.dueOn) ?? null,
    targetText: textOrNull(v.targetText),
    targetValue: numberOrNull(v.targetValue),
    targetUnit: textOrNull(v.targetUnit),
    ...(typeof v.weight === 'number' ? { weight: v.weight } : {}),
  };
  const before: Record<string, unknown> = {
    title: task.title,
    description: task.description,
    externalId: task.externalId,
    leadUnitId: task.leadUnit.id,
    leaderName: task.leaderName,
    ownerName: task.ownerName,
    phaseId: task.phaseId,
    startsOn: task.startsOn,
    dueOn: task.dueOn,
    targetText: task.target.text,
    targetValue: task.target.value,
    targetUnit: task.target.unit,
    weight: task.weight,
  };
  const changes = Object.fromEntries(Object.entries(next).filter(([key, value]) => value !== before[key]));
  const supporting = [...(v.supportingUnitIds ?? [])].sort((a, b) => a - b);
  const oldSupporting = task.supportingUnits.map((u) => u.id).sort((a, b) => a - b);
  if (supporting.join(',') !== oldSupporting.join(',')) changes['supportingUnitIds'] = supporting;
  return { version: task.version, ...changes };
}

/** The body of POST /programmes/{id}/tasks. */
function createBody(v: TaskValues, parentId: number | undefined): Record<string, unknown> {
  return {
    title: v.title.trim(),
    description: trimmedOrUndefined(v.description),
    externalId: trimmedOrUndefined(v.externalId),
    leadUnitId: v.leadUnitId,
    supportingUnitIds: v.supportingUnitIds ?? [],
    leaderName: trimmedOrUndefined(v.leaderName),
    ownerName: trimmedOrUndefined(v.ownerName),
    phaseId: v.phaseId ?? undefined,
    startsOn: fromDay(v.startsOn),
    dueOn: fromDay(v.dueOn),
    targetText: trimmedOrUndefined(v.targetText),
    targetValue: numberOrNull(v.targetValue) ?? undefined,
    targetUnit: trimmedOrUndefined(v.targetUnit),
    ...(parentId !== undefined ? { parentId, weight: numberOrNull(v.weight) ?? undefined } : {}),
    milestones: (v.milestones ?? []).map((m) => ({
      title: (m.title ?? '').trim(),
      dueOn: fromDay(m.dueOn),
      ...(m.phaseId ? { phaseId: m.phaseId } : {}),
    })),
  };
}

interface TaskFormModalProps {
  programmeId: number;
  phases: readonly Phase[];
  dialog: TaskDialog | null;
  onClose: () => void;
  onSaved: (task: TaskDetail) => void;
  onReload: () => void;
}

/** 新增任务 / 新增子任务 / 编辑任务 (the programme office). */
export function TaskFormModal({ programmeId, phases, dialog, onClose, onSaved, onReload }: TaskFormModalProps) {
  const t = useT();
  const { message } = useApiFeedback();
  const [form] = Form.useForm<TaskValues>();
  const onRefused = useDialogRefusal({ form, fields: FIELDS, codes: CODES, onClose, onReload });
  const initial = useMemo(() => initialValues(dialog), [dialog]);
  const editing = dialog?.kind === 'edit' ? dialog.task : null;
  const parent = dialog?.kind === 'create' ? dialog.parent : (editing?.parent ?? undefined);
  const title = editing
    ? t('progEdit.taskEditTitle', { title: editing.title })
    : parent
      ? t('progEdit.subTaskCreateTitle', { parent: parent.title })
      : t('progEdit.taskCreateTitle');

  return (
    <FormDialog<TaskValues, TaskDetail>
      open={dialog !== null}
      title={title}
      okText={editing ? t('common.save') : t('progEdit.create')}
      okButtonProps={{ 'data-testid': 'task-form-submit' } as ButtonProps}
      width={820}
      form={form}
      formClassName="prog-edit-form"
      formTestId="task-form"
      initialValues={initial}
      submit={(values) =>
        editing
          ? api.patch<TaskDetail>(`/tasks/${editing.id}`, changesOf(editing, values))
          : api.post<TaskDetail>(`/programmes/${programmeId}/tasks`, createBody(values, parent?.id))
      }
      invalidates={[queryKeys.tasks, queryKeys.programmes, queryKeys.reports]}
      onDone={(saved) => {
        void message.success(editing ? t('common.saved') : t('progEdit.taskCreated', { title: saved.title }));
        onSaved(saved);
      }}
      onRefused={onRefused}
      onCancel={onClose}
    >
      <TaskFormFields form={form} phases={phases} subTask={parent !== undefined} withMilestones={!editing} />
    </FormDialog>
  );
}
