import { Alert, Form, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../../api/client.ts';
import type { MembershipInput, Person, Unit } from '../../api/types.ts';
import { ApiErrorAlert } from '../../components/api-error-alert.tsx';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import { MembershipFields } from './membership-fields.tsx';

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
  const [form] = Form.useForm<{ memberships: MembershipInput[] }>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async ({ memberships }: { memberships?: MembershipInput[] }) => {
    if (!person) return;
    setSaving(true);
    setError(null);
    try {
      await api.put<Person>(`/people/${person.id}/memberships`, {
        version: person.version,
        memberships: (memberships ?? []).map(({ unitId, role }) => ({ unitId, role })),
      });
      void message.success(t('people.rolesSaved', { name: person.displayName }));
      onSaved();
    } catch (caught) {
      if (isApiError(caught) && caught.code === 'VERSION_CONFLICT') {
        onClose();
        showError(caught, { onReload: onSaved });
      } else {
        setError(caught);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={person !== null}
      title={person ? t('people.rolesTitle', { name: person.displayName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'roles-submit' } as ButtonProps}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
      afterClose={() => setError(null)}
    >
      {person && (
        <Form
          form={form}
          layout="vertical"
          data-testid="roles-form"
          initialValues={{ memberships: person.memberships.map(({ unitId, role }) => ({ unitId, role })) }}
          onFinish={(values) => void submit(values)}
          preserve={false}
        >
          <Alert className="admin-form-hint" type="info" showIcon title={t('people.rolesHint')} />
          <MembershipFields units={units} unitsLoading={unitsLoading} requireOne={false} />
          <ApiErrorAlert error={error} />
        </Form>
      )}
    </Modal>
  );
}
