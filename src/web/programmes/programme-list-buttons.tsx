import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api/client.ts';
import { queryKeys } from '../api/query-keys.ts';
import { useAuth } from '../auth/use-auth.ts';
import { useApiFeedback } from '../components/use-api-feedback.tsx';
import { useT } from '../i18n/use-t.ts';
import { type ProgrammeDialog, ProgrammeFormModal } from './programme-form-modal.tsx';
import type { ProgrammeDetail, ProgrammeSummary } from './programme-types.ts';

/** 新建清单, for those who hold programme.manage; the new draft opens on its board. */
export function CreateProgrammeButton() {
  const t = useT();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<ProgrammeDialog | null>(null);
  if (!can('programme.manage')) return null;
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined aria-hidden="true" />}
        onClick={() => setDialog({ kind: 'create' })}
        data-testid="programme-create"
      >
        {t('progEdit.programmeCreate')}
      </Button>
      <ProgrammeFormModal
        dialog={dialog}
        onClose={() => setDialog(null)}
        onReload={() => setDialog(null)}
        onSaved={(saved) => {
          setDialog(null);
          void navigate(`/programmes/${saved.id}`);
        }}
      />
    </>
  );
}

/**
 * 编辑 on a programme's card (when its `allowedActions` has update): reads the programme afresh
 * through the shared cache (the version the edit sends), then opens the dialog. The list refreshes
 * from the cache after the save; `onReload` reads it again after a conflict.
 */
export function EditProgrammeButton({ programme, onReload }: { programme: ProgrammeSummary; onReload: () => void }) {
  const t = useT();
  const { showError } = useApiFeedback();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<ProgrammeDialog | null>(null);
  const queryKey = queryKeys.programme(programme.id);
  const loading = useIsFetching({ queryKey, exact: true }) > 0;
  if (!programme.allowedActions.includes('update')) return null;

  const open = async () => {
    try {
      const detail = await client.fetchQuery({
        queryKey,
        queryFn: ({ signal }) => api.get<ProgrammeDetail>(`/programmes/${programme.id}`, undefined, signal),
      });
      setDialog({ kind: 'edit', programme: detail });
    } catch (error) {
      showError(error);
    }
  };

  return (
    <>
      <Button
        size="small"
        icon={<EditOutlined aria-hidden="true" />}
        loading={loading}
        onClick={() => void open()}
        aria-label={t('progEdit.programmeEditNamed', { title: programme.title })}
        data-testid="programme-card-edit"
      >
        {t('common.edit')}
      </Button>
      <ProgrammeFormModal
        dialog={dialog}
        onClose={() => setDialog(null)}
        onReload={onReload}
        onSaved={() => setDialog(null)}
      />
    </>
  );
}
