import { Empty, Table } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useApiGet } from '../api/queries.ts';
import { ApiErrorAlert } from '../components/api-error-alert.tsx';
import { caseLink } from '../components/case-links.ts';
import type { Period } from '../components/period-picker.tsx';
import { useT } from '../i18n/use-t.ts';
import { useBoardColumns } from './board-columns.tsx';
import type { BoardLine, BoardSection, SectionBlock, SectionPage } from './board-types.ts';

export const BOARD_PAGE_SIZE = 10;

/** One section of the board: its first page came with the board, later pages are fetched. */
export function SectionTable({
  section,
  period,
  first,
  onUrge,
}: {
  section: BoardSection;
  period: Period;
  first: SectionBlock;
  onUrge: (line: BoardLine) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const [page, setPage] = useState(1);
  const later = useApiGet<SectionPage>(page > 1 ? `/supervision/board/${section}` : null, {
    ...period,
    offset: (page - 1) * BOARD_PAGE_SIZE,
    limit: BOARD_PAGE_SIZE,
  });
  const columns = useBoardColumns(section, onUrge);
  const items = page > 1 ? (later.data?.items ?? []) : first.lines;
  return (
    <div data-testid={`board-section-${section}`}>
      {later.error !== null && <ApiErrorAlert error={later.error} />}
      <Table<BoardLine>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={page > 1 && later.isFetching}
        rowClassName={(line) => (line.overdueDays !== null ? 'board-row board-row-red' : 'board-row')}
        onRow={(line) => ({ onClick: () => void navigate(caseLink(line.id)) })}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('board.empty')} /> }}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: BOARD_PAGE_SIZE,
          total: first.total,
          showSizeChanger: false,
          size: 'small',
          showTotal: (total) => t('common.total', { count: total }),
          onChange: setPage,
        }}
      />
    </div>
  );
}
