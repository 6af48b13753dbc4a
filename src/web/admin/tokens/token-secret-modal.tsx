import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal } from 'antd';
import { useRef } from 'react';
import { useApiFeedback } from '../../components/use-api-feedback.tsx';
import { useT } from '../../i18n/use-t.ts';
import type { IssuedToken } from './token-issue-modal.tsx';

/** Copies text; falls back to selecting it when the Clipboard API is unavailable (plain http). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The new token's secret, shown this once, with a copy button and a plain warning. */
export function TokenSecretModal({ issued, onClose }: { issued: IssuedToken | null; onClose: () => void }) {
  const t = useT();
  const { message } = useApiFeedback();
  const secretRef = useRef<HTMLElement>(null);

  const copy = async () => {
    if (!issued) return;
    if (await copyText(issued.token)) {
      void message.success(t('tokens.copied'));
      return;
    }
    const node = secretRef.current;
    if (node) window.getSelection()?.selectAllChildren(node);
    void message.warning(t('tokens.copyFailed'));
  };

  return (
    <Modal
      open={issued !== null}
      title={issued ? t('tokens.secretTitle', { name: issued.apiToken.name }) : ''}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={[
        <Button key="copy" icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('tokens.copy')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose} data-testid="token-secret-done">
          {t('tokens.secretDone')}
        </Button>,
      ]}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('tokens.secretWarning')} />
      <pre className="token-secret mono" data-testid="token-secret">
        <code ref={secretRef}>{issued?.token}</code>
      </pre>
    </Modal>
  );
}
