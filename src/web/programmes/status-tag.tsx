import type { ReactNode } from 'react';
import type { ReportStatus, TaskDisplayStatus } from '../../shared/programmes.ts';
import { useT } from '../i18n/use-t.ts';
import './status-tag.css';

/** A small coloured tag (green, gold, red, blue, cyan, purple, orange or default). */
export function ColourTag({
  color,
  children,
  ...rest
}: {
  color: string;
  children: ReactNode;
  className?: string;
  'data-testid'?: string;
  'data-status'?: string;
}) {
  return (
    <span {...rest} className={`prog-tag prog-tag-${color} ${rest.className ?? ''}`.trim()}>
      {children}
    </span>
  );
}

/** Traffic-light colours (红黄绿灯) of the displayed task status. */
export const statusColours: Record<TaskDisplayStatus, string> = {
  not_started: 'default',
  on_track: 'green',
  at_risk: 'gold',
  late: 'red',
  done: 'blue',
  verified: 'cyan',
  routine: 'purple',
  withdrawn: 'default',
};

/** Chart colours for the same statuses (dark enough for white text). */
export const statusHex: Record<TaskDisplayStatus, string> = {
  not_started: '#8c8c8c',
  on_track: '#237804',
  at_risk: '#ad6800',
  late: '#a8071a',
  done: '#0958d9',
  verified: '#006d75',
  routine: '#531dab',
  withdrawn: '#595959',
};

export function TaskStatusTag({ status }: { status: TaskDisplayStatus }) {
  const t = useT();
  return (
    <ColourTag color={statusColours[status]} data-testid="task-status" data-status={status}>
      {t(`prog.status.${status}`)}
    </ColourTag>
  );
}

const reportColours: Record<ReportStatus, string> = {
  pending: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
  waived: 'default',
};

export function ReportStatusTag({ status, late }: { status: ReportStatus; late?: boolean }) {
  const t = useT();
  return (
    <>
      <ColourTag color={reportColours[status]} data-testid="report-status" data-status={status}>
        {t(`prog.rstatus.${status}`)}
      </ColourTag>
      {late && <ColourTag color="red">{t('prog.report.late')}</ColourTag>}
    </>
  );
}
