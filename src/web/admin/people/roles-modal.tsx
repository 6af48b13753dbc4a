import { Alert, Form, type ButtonProps } from 'antd';
import { api, isApiError } from '../../api/client.ts';
import { queryKeys } from '../../api/query-keys.ts';
import type { MembershipInput, Person, Unit } from '../../api/types.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { MembershipFields } from './membership-fields.tsx';

interface Values {
  memberships?: MembershipInput[];
}

/** 分配角色: replaces the person's units and roles (with the version read). */
export function RolesModal({
  person,
  units,
  unitsLoading,
  onClose,
  onSaved,
}: {
  person: Person | null;
  units: readonly Unit[];
  unitsLoading: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message, showError } = useApiFeedback();
  const [form] = Form.useForm<Values>();

  return (
    <FormDialog<Values, Person>
      open={person !== null}
      title={person ? t('people.rolesTitle', { name: person.displayName }) : ''}
      okText={t('common.save')}
      okButtonProps={{ 'data-testid': 'roles-submit' } as ButtonProps}
      width={640}
      form={form}
      formTestId="roles-form"
      initialValues={person ? { memberships: person.memberships.map(({ unitId, role }) => ({ unitId, role })) } : {}}
      submit={({ memberships }) =>
        person
          ? api.put<Person>(`/people/${person.id}/memberships`, {
              version: person.version,
              memberships: (memberships ?? []).map(({ unitId, role }) => ({ unitId, role })),
            })
          : Promise.reject(new Error('no person to assign roles to'))
      }
      invalidates={[queryKeys.people]}
      onDone={() => {
        if (person) void message.success(t('people.rolesSaved', { name: person.displayName }));
        onSaved();
      }}
      onRefused={(caught) => {
        if (!isApiError(caught) || caught.code !== 'VERSION_CONFLICT') return false;
        onClose();
        showError(caught, { onReload: onSaved });
        return true;
      }}
      onCancel={onClose}
    >
      {person && (
        <>
          <Alert className="admin-form-hint" type="info" showIcon title={t('people.rolesHint')} />
          <MembershipFields units={units} unitsLoading={unitsLoading} requireOne={false} />
        </>
      )}
    </FormDialog>
  );
}
