import {
  ApartmentOutlined,
  DeleteOutlined,
  EditOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button } from 'antd';
import { api } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Unit } from '../../api/types.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useLocale } from '../../i18n/use-locale.ts';
import { unitName } from '../shared/unit-tree.ts';

export type UnitDialog = { kind: 'create'; parent: Unit } | { kind: 'edit'; unit: Unit } | { kind: 'move'; unit: Unit };

interface UnitActionsProps {
  unit: Unit;
  onOpen: (dialog: UnitDialog) => void;
  /** After a change: reload, and select `select` if given. */
  onChanged: (select?: number) => void;
}

/** Exactly the buttons the server allows for this unit (its `allowedActions`). */
export function UnitActions({ unit, onOpen, onChanged }: UnitActionsProps) {
  const { t, locale } = useLocale();
  const { showError, message, modal } = useApiFeedback();
  const allowed = (action: Unit['allowedActions'][number]) => unit.allowedActions.includes(action);
  const name = unitName(unit, locale);
  const activation = useApiMutation(
    (active: boolean) => api.patch<Unit>(`/units/${unit.id}`, { version: unit.version, active }),
    [queryKeys.units],
  );
  const removal = useApiMutation(() => api.delete(`/units/${unit.id}`), [queryKeys.units]);

  const setActive = (active: boolean) =>
    modal.confirm({
      title: active ? t('units.activateConfirm', { name }) : t('units.deactivateConfirm', { name }),
      content: active ? undefined : t('units.deactivateBody'),
      okText: active ? t('units.activate') : t('units.deactivate'),
      okButtonProps: { danger: !active },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await activation.mutateAsync(active);
          void message.success(active ? t('units.activated', { name }) : t('units.deactivated', { name }));
          onChanged();
        } catch (error) {
          showError(error, { onReload: () => onChanged() });
        }
      },
    });

  const remove = () =>
    modal.confirm({
      title: t('units.deleteConfirm', { name }),
      content: t('units.deleteBody'),
      okText: t('units.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await removal.mutateAsync();
          void message.success(t('units.deleted', { name }));
          onChanged(unit.parentId ?? undefined);
        } catch (error) {
          showError(error, { title: t('units.deleteFailedTitle'), onReload: () => onChanged() });
        }
      },
    });

  return (
    <div className="unit-actions">
      {allowed('createChild') && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          data-testid="unit-add-child"
          onClick={() => onOpen({ kind: 'create', parent: unit })}
        >
          {t('units.addChild')}
        </Button>
      )}
      {allowed('update') && (
        <Button icon={<EditOutlined />} data-testid="unit-edit" onClick={() => onOpen({ kind: 'edit', unit })}>
          {t('common.edit')}
        </Button>
      )}
      {allowed('move') && (
        <Button icon={<ApartmentOutlined />} data-testid="unit-move" onClick={() => onOpen({ kind: 'move', unit })}>
          {t('units.move')}
        </Button>
      )}
      {allowed('deactivate') && (
        <Button icon={<PauseCircleOutlined />} data-testid="unit-deactivate" onClick={() => setActive(false)}>
          {t('units.deactivate')}
        </Button>
      )}
      {allowed('activate') && (
        <Button icon={<PlayCircleOutlined />} data-testid="unit-activate" onClick={() => setActive(true)}>
          {t('units.activate')}
        </Button>
      )}
      {allowed('delete') && (
        <Button danger icon={<DeleteOutlined />} data-testid="unit-delete" onClick={remove}>
          {t('units.delete')}
        </Button>
      )}
    </div>
  );
}
