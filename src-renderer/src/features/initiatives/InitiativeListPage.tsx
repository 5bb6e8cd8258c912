import { Input, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { INITIATIVE_LEVEL_LABEL } from '@/domain/awards/labels';
import { foldText } from '@/domain/text/normalize';
import { formatDate, formatNumber } from '@/domain/text/format';
import { listAllInitiatives, setInitiativePerson, type InitiativeRow } from '@/db/repositories/awards/initiatives';
import { RecipientSelect } from '@/ui/RecipientSelect';
import { TableExportButton } from '@/ui/TableExportButton';
import { useShowError } from '@/ui/showError';
import { byNumber, byText } from '@/ui/tableSort';

const authorOf = (r: InitiativeRow) => r.person?.fullName ?? '';

/**
 * Every recognised initiative (sáng kiến, đề tài), also those an imported list named without an
 * author the registry knows: they are attached here, and only then count for that person's titles.
 */
export function InitiativeListPage() {
  const rows = useLiveQuery(() => listAllInitiatives(), []);
  const [query, setQuery] = useState('');
  const showError = useShowError();
  const shown = useMemo(() => {
    const q = foldText(query).trim();
    if (!q) return rows ?? [];
    return (rows ?? []).filter((r) =>
      foldText(`${r.initiative.title} ${r.initiative.authors ?? ''} ${r.initiative.authorUnit ?? ''} ${authorOf(r)}`).includes(q),
    );
  }, [rows, query]);
  const unattached = (rows ?? []).filter((r) => !r.initiative.personId).length;
  return (
    <div>
      <Typography.Title level={4}>Sáng kiến, đề tài</Typography.Title>
      <div className="page-toolbar">
        <Input.Search
          aria-label="Tìm sáng kiến"
          allowClear
          placeholder="Tìm theo tên sáng kiến, tác giả"
          style={{ width: 320 }}
          onSearch={setQuery}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Link to="/import">Nhập danh sách từ Excel</Link>
        <TableExportButton<InitiativeRow>
          disabled={!shown.length}
          testId="initiatives-export"
          spec={() => ({
            fileName: 'Danh sach sang kien',
            title: ['DANH SÁCH SÁNG KIẾN, ĐỀ TÀI'],
            columns: [
              { title: 'STT', value: (_r, i) => i + 1, width: 6 },
              { title: 'Tên sáng kiến, đề tài', value: (r) => r.initiative.title, width: 44 },
              { title: 'Tác giả (theo danh sách)', value: (r) => r.initiative.authors, width: 30 },
              { title: 'Đơn vị, phòng ban của tác giả', value: (r) => r.initiative.authorUnit, width: 28 },
              { title: 'Tính cho', value: authorOf, width: 24 },
              { title: 'Năm', value: (r) => r.initiative.year, width: 8 },
              { title: 'Ngày công nhận', value: (r) => formatDate(r.initiative.recognisedDate), width: 14 },
              { title: 'Phạm vi', value: (r) => INITIATIVE_LEVEL_LABEL[r.initiative.level], width: 16 },
              { title: 'Đơn vị công nhận', value: (r) => r.initiative.recognisedBy, width: 28 },
              { title: 'Số quyết định', value: (r) => r.initiative.decisionNumber, width: 16 },
            ],
            rows: shown,
          })}
        />
      </div>
      <div className="page-counts" data-testid="initiatives-count">
        {rows
          ? `${formatNumber(rows.length)} sáng kiến, đề tài${unattached ? `; ${formatNumber(unattached)} chưa gắn tác giả (chưa được tính khi xét khen thưởng)` : ''}`
          : ''}
      </div>
      <Table<InitiativeRow>
        size="small"
        rowKey={(r) => r.initiative.id}
        dataSource={shown}
        loading={rows === undefined}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        data-testid="initiatives-table"
        columns={[
          { title: 'Tên sáng kiến, đề tài', key: 'title', sorter: byText((r) => r.initiative.title), render: (_: unknown, r) => r.initiative.title },
          {
            title: 'Tác giả (theo danh sách)',
            key: 'authors',
            width: 200,
            sorter: byText((r) => r.initiative.authors),
            render: (_: unknown, r) => (
              <>
                {r.initiative.authors}
                {r.initiative.authorUnit && <div className="import-cell-note">{r.initiative.authorUnit}</div>}
              </>
            ),
          },
          {
            title: 'Tính cho',
            key: 'person',
            width: 260,
            sorter: byText(authorOf),
            render: (_: unknown, r) =>
              r.person ? (
                <Link to={`/people/${r.person.id}`}>{r.person.fullName}</Link>
              ) : (
                <RecipientSelect kind="person" onChange={(id) => void setInitiativePerson(r.initiative.id, id).catch(showError)} />
              ),
          },
          { title: 'Năm', key: 'year', width: 80, sorter: byNumber((r) => r.initiative.year), render: (_: unknown, r) => r.initiative.year },
          {
            title: 'Phạm vi',
            key: 'level',
            width: 130,
            sorter: byText((r) => INITIATIVE_LEVEL_LABEL[r.initiative.level]),
            render: (_: unknown, r) => INITIATIVE_LEVEL_LABEL[r.initiative.level],
          },
          {
            title: 'Số quyết định',
            key: 'decision',
            width: 140,
            sorter: byText((r) => r.initiative.decisionNumber),
            render: (_: unknown, r) => r.initiative.decisionNumber,
          },
        ]}
      />
    </div>
  );
}
