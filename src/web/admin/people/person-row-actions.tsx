import { DownOutlined } from '@ant-design/icons';
import { Button, Descriptions, Dropdown, type MenuProps } from 'antd';
import { api } from '../../api/client.ts';
import { useApiMutation } from '../../api/queries.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { Person, PersonAction } from '../../api/types.ts';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';

export type PersonDialog =
  | { kind: 'create' }
  | { kind: 'edit'; person: Person }
  | { kind: 'roles'; person: Person }
  | { kind: 'password'; person: Person };

interface PersonRowActionsProps {
  person: Person;
  onOpen: (dialog: PersonDialog) => void;
  onChanged: () => void;
}

/** Edit and 分配角色 as buttons; the rarer actions in a "more" menu — only those in `allowedActions`. */
export function PersonRowActions({ person, onOpen, onChanged }: PersonRowActionsProps) {
  const t = useT();
  const { showError, message, modal } = useApiFeedback();
  const allowed = (action: PersonAction) => person.allowedActions.includes(action);
  const name = person.displayName;
  const activation = useApiMutation(
    (active: boolean) => api.patch<Person>(`/people/${person.id}`, { version: person.version, active }),
    [queryKeys.people],
  );
  const unlocking = useApiMutation(() => api.post<void>(`/people/${person.id}/unlock`), [queryKeys.people]);

  const confirmThen = (options: {
    title: string;
    content?: string;
    okText: string;
    danger?: boolean;
    run: () => Promise<void>;
  }) =>
    modal.confirm({
      title: options.title,
      content: options.content,
      okText: options.okText,
      okButtonProps: { danger: options.danger ?? false },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await options.run();
        } catch (error) {
          showError(error, { onReload: onChanged });
        }
      },
    });

  const setActive = (active: boolean) =>
    confirmThen({
      title: active ? t('people.activateConfirm', { name }) : t('people.deactivateConfirm', { name }),
      content: active ? undefined : t('people.deactivateBody'),
      okText: active ? t('people.activate') : t('people.deactivate'),
      danger: !active,
      run: async () => {
        await activation.mutateAsync(active);
        void message.success(active ? t('people.activated', { name }) : t('people.deactivated', { name }));
        onChanged();
      },
    });

  const unlock = () =>
    confirmThen({
      title: t('people.unlockConfirm', { name }),
      content: t('people.unlockBody'),
      okText: t('people.unlock'),
      run: async () => {
        await unlocking.mutateAsync();
        void message.success(t('people.unlocked', { name }));
        onChanged();
      },
    });

  const reveal = () =>
    confirmThen({
      title: t('people.revealTitle'),
      content: t('people.revealBody'),
      okText: t('people.reveal'),
      run: async () => {
        const shown = await api.get<Person>(`/people/${person.id}`, { reveal: true });
        modal.info({
          title: t('people.revealedTitle'),
          okText: t('common.close'),
          content: (
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'name', label: t('people.name'), children: shown.displayName },
                { key: 'mobile', label: t('people.mobile'), children: shown.mobile ?? '—' },
              ]}
            />
          ),
        });
      },
    });

  const more: NonNullable<MenuProps['items']> = [];
  if (allowed('resetPassword'))
    more.push({
      key: 'password',
      label: t('people.resetPassword'),
      onClick: () => onOpen({ kind: 'password', person }),
    });
  if (allowed('unlock')) more.push({ key: 'unlock', label: t('people.unlock'), onClick: unlock });
  if (allowed('viewPersonalData')) more.push({ key: 'reveal', label: t('people.viewPersonalData'), onClick: reveal });
  if (allowed('activate')) more.push({ key: 'activate', label: t('people.activate'), onClick: () => setActive(true) });
  if (allowed('deactivate'))
    more.push({ key: 'deactivate', label: t('people.deactivate'), danger: true, onClick: () => setActive(false) });

  return (
    <div className="row-actions">
      {allowed('update') && (
        <Button type="link" size="small" onClick={() => onOpen({ kind: 'edit', person })}>
          {t('common.edit')}
        </Button>
      )}
      {allowed('assignRoles') && (
        <Button
          type="link"
          size="small"
          data-testid={`assign-roles-${person.username ?? person.id}`}
          onClick={() => onOpen({ kind: 'roles', person })}
        >
          {t('people.assignRoles')}
        </Button>
      )}
      {more.length > 0 && (
        <Dropdown trigger={['click']} menu={{ items: more }} placement="bottomRight">
          <Button type="link" size="small" data-testid={`person-more-${person.username ?? person.id}`}>
            {t('common.more')} <DownOutlined aria-hidden="true" />
          </Button>
        </Dropdown>
      )}
    </div>
  );
}
