import { CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { ReactNode } from 'react';

const ICONS = {
  error: <CloseCircleFilled className="plain-result-icon plain-result-error" aria-hidden="true" />,
  warning: <ExclamationCircleFilled className="plain-result-icon plain-result-warning" aria-hidden="true" />,
};

/**
 * antd's Result with only an icon, for the pages shown before or without the app's code: the error
 * page and the start-up failure. antd's Result carries its large 403/404/500 pictures into every
 * chunk that imports it, and these two pages load with the sign-in page.
 */
export function PlainResult({
  status,
  title,
  subTitle,
  extra,
}: {
  status: keyof typeof ICONS;
  title: ReactNode;
  subTitle: ReactNode;
  extra: ReactNode;
}) {
  return (
    <div className="plain-result">
      {ICONS[status]}
      <div className="plain-result-title">{title}</div>
      <div className="plain-result-subtitle">{subTitle}</div>
      <div className="plain-result-extra">{extra}</div>
    </div>
  );
}
