import { CheckCircleFilled, CopyOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/use-t.ts';
import type { IntakeResult } from '../citizen-api.ts';

/** Copies with the Clipboard API where allowed (https, localhost), else by selecting the text. */
async function copyText(text: string, element: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection
  }
  if (!element) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** 提交成功: the tracking code, big and copyable, and the way to follow the case. */
export function SubmitDone({
  result,
  mobile,
  onAnother,
}: {
  result: IntakeResult;
  mobile: string | undefined;
  onAnother: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const code = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    if (await copyText(result.trackingCode, code.current)) void message.success(t('citizen.done.copied'));
    else void message.warning(t('citizen.done.copyFailed'));
  };

  return (
    <section className="citizen-card citizen-done" data-testid="citizen-done">
      <CheckCircleFilled style={{ fontSize: 44, color: '#2e7d32' }} aria-hidden="true" />
      <h1 className="citizen-heading" ref={heading} tabIndex={-1}>
        {t('citizen.done.title')}
      </h1>
      {result.replayed && <p className="citizen-hint">{t('citizen.done.replayed')}</p>}
      <p style={{ margin: '12px 0 0' }}>{t('citizen.done.codeLabel')}</p>
      <strong ref={code} className="citizen-code" data-testid="citizen-tracking-code">
        {result.trackingCode}
      </strong>
      <p className="citizen-hint">
        {t('citizen.done.keep')}
        {mobile ? ` ${t('citizen.done.keepNamed')}` : ''}
      </p>
      <div className="citizen-done-actions">
        <Button
          size="large"
          icon={<CopyOutlined aria-hidden="true" />}
          onClick={() => void copy()}
          data-testid="citizen-copy-code"
        >
          {t('citizen.done.copy')}
        </Button>
        <Button
          type="primary"
          size="large"
          block
          onClick={() =>
            void navigate(`/m/track?code=${encodeURIComponent(result.trackingCode)}`, {
              state: { code: result.trackingCode, mobile },
            })
          }
          data-testid="citizen-follow-link"
        >
          {t('citizen.done.follow')}
        </Button>
        <Button type="link" onClick={onAnother}>
          {t('citizen.done.another')}
        </Button>
      </div>
    </section>
  );
}
