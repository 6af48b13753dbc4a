import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select } from 'antd';
import { useCallback } from 'react';
import { ROLES, type MembershipInput, type Unit } from '../../api/types.ts';
import { useT } from '../../i18n/use-t.ts';
import { UnitTreeSelect } from '../shared/unit-tree-select.tsx';

/** Staff roles (citizen is not given by hand). */
const STAFF_ROLES = ROLES.filter((role) => role !== 'citizen');

/** Rows of unit + role (Form.List `memberships`), with add and remove. */
export function MembershipFields({
  units,
  unitsLoading = false,
  requireOne,
}: {
  units: readonly Unit[];
  unitsLoading?: boolean;
  requireOne: boolean;
}) {
  const t = useT();
  const disableInactive = useCallback((unit: Unit) => !unit.active, []);

  return (
    <Form.Item label={t('people.memberships')} required={requireOne} className="membership-fields">
      <Form.List
        name="memberships"
        rules={[
          {
            validator: async (_, rows: Partial<MembershipInput>[] | undefined) => {
              if (requireOne && (!rows || rows.length === 0)) throw new Error(t('people.membershipRequired'));
              const seen = new Set<string>();
              for (const row of rows ?? []) {
                if (!row?.unitId || !row.role) continue;
                const key = `${row.unitId}:${row.role}`;
                if (seen.has(key)) throw new Error(t('people.membershipDuplicate'));
                seen.add(key);
              }
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <div
                className="membership-row"
                key={field.key}
                role="group"
                aria-label={t('people.membershipRow', { index: index + 1 })}
              >
                <Form.Item
                  name={[field.name, 'unitId']}
                  rules={[{ required: true, message: t('people.unitRequired') }]}
                >
                  <UnitTreeSelect
                    units={units}
                    loading={unitsLoading}
                    disable={disableInactive}
                    testId={`membership-unit-${index}`}
                    aria-label={t('people.membershipUnit')}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('people.roleRequired') }]}>
                  <Select
                    data-testid={`membership-role-${index}`}
                    aria-label={t('people.membershipRole')}
                    placeholder={t('people.rolePlaceholder')}
                    options={STAFF_ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('people.removeMembership', { index: index + 1 })}
                  title={t('people.removeMembership', { index: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block data-testid="membership-add">
              {t('people.addMembership')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
