import { Button, Tag, Tooltip, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { caseLink } from '../components/case-links.ts';
import type { MessageKey } from '../i18n/message-types.ts';
import { useT } from '../i18n/use-t.ts';
import type { BoardLine, BoardSection } from './board-types.ts';
import { formatDeadline, formatTime } from '../components/date-format.ts';
import { useLocalName } from '../i18n/local-name.ts';

/** The red (超期) or yellow (预警) mark of a line's deadline. */
export function OverdueTag({ line }: { line: BoardLine }) {
  const t = useT();
  if (line.overdueDays !== null) {
    return (
      <Tag color="red" data-testid="overdue-tag" data-colour="red">
        {line.overdueDays > 0 ? t('board.overdueDays', { days: line.overdueDays }) : t('board.overdueUnderDay')}
      </Tag>
    );
  }
  if (line.colour === 'yellow') return <Tag color="orange">{t('board.notOverdue')}</Tag>;
  return <span className="board-muted">—</span>;
}

/** Columns of a board section: every line opens its case; open ones can be urged (督办). */
export function useBoardColumns(section: BoardSection, onUrge: (line: BoardLine) => void): TableColumnsType<BoardLine> {
  const t = useT();
  const name = useLocalName();
  const statusOf = (status: string) => t(`board.status.${status}` as MessageKey & `board.status.${string}`);
  const columns: TableColumnsType<BoardLine> = [
    {
      key: 'code',
      title: t('board.col.code'),
      width: 170,
      render: (_, line) => (
        <Link
          to={caseLink(line.id)}
          className="mono"
          data-testid="board-case-link"
          onClick={(event) => event.stopPropagation()}
        >
          {line.trackingCode}
        </Link>
      ),
    },
    {
      key: 'title',
      title: t('board.col.title'),
      ellipsis: true,
      render: (_, line) => (
        <span>
          {line.title}
          {line.category && <span className="board-muted"> · {name(line.category)}</span>}
        </span>
      ),
    },
    {
      key: 'lead',
      title: t('board.col.lead'),
      width: 150,
      ellipsis: true,
      render: (_, line) => (line.leadUnit ? name(line.leadUnit) : '—'),
    },
    { key: 'status', title: t('board.col.status'), width: 90, render: (_, line) => statusOf(line.status) },
  ];
  if (section === 'overdue' || section === 'escalated') {
    columns.push(
      {
        key: 'due',
        title: t('board.col.due'),
        width: 140,
        render: (_, line) => <span className="nowrap">{formatDeadline(line.dueAt)}</span>,
      },
      { key: 'overdue', title: t('board.col.overdue'), width: 120, render: (_, line) => <OverdueTag line={line} /> },
    );
  }
  if (section === 'escalated')
    columns.push({
      key: 'level',
      title: t('board.col.level'),
      width: 90,
      render: (_, line) => <Tag color="volcano">{t('board.level', { level: line.escalationLevel })}</Tag>,
    });
  if (section === 'returned') {
    columns.push(
      {
        key: 'returns',
        title: t('board.col.returns'),
        width: 80,
        render: (_, line) => t('board.times', { count: line.returnCount }),
      },
      {
        key: 'created',
        title: t('board.col.createdAt'),
        width: 140,
        render: (_, line) => <span className="nowrap">{formatTime(line.createdAt)}</span>,
      },
    );
  }
  if (section === 'unsatisfied')
    columns.push({
      key: 'closed',
      title: t('board.col.closedAt'),
      width: 140,
      render: (_, line) => <span className="nowrap">{formatTime(line.closedAt)}</span>,
    });
  if (section === 'recurrences') {
    columns.push(
      {
        key: 'recurrence',
        title: t('board.col.recurrenceOf'),
        width: 100,
        render: (_, line) =>
          line.recurrenceOfId === null ? (
            '—'
          ) : (
            <Link to={caseLink(line.recurrenceOfId)} onClick={(event) => event.stopPropagation()}>
              #{line.recurrenceOfId}
            </Link>
          ),
      },
      {
        key: 'created',
        title: t('board.col.createdAt'),
        width: 140,
        render: (_, line) => <span className="nowrap">{formatTime(line.createdAt)}</span>,
      },
    );
  }
  if (section !== 'unsatisfied') {
    columns.push({
      key: 'urged',
      title: t('board.col.lastUrged'),
      width: 140,
      render: (_, line) => <span className="nowrap">{formatTime(line.lastUrgedAt)}</span>,
    });
    columns.push({
      key: 'urge',
      title: <span className="visually-hidden">{t('board.urge')}</span>,
      width: 80,
      fixed: 'right',
      render: (_, line) => {
        const reason = line.canUrge ? null : line.urgedToday ? t('board.urgedToday') : t('board.cannotUrge');
        const button = (
          <Button
            size="small"
            className="board-urge-button"
            disabled={!line.canUrge}
            aria-label={t('board.urgeLabel', { code: line.trackingCode })}
            data-testid="board-urge"
            onClick={(event) => {
              event.stopPropagation();
              onUrge(line);
            }}
          >
            {t('board.urge')}
          </Button>
        );
        return reason ? (
          <Tooltip title={reason}>
            <span>{button}</span>
          </Tooltip>
        ) : (
          button
        );
      },
    });
  }
  return columns;
}
