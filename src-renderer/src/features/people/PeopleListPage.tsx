import { Button, Input, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Person } from '@/domain/awards/types';
import { searchPeople } from '@/db/repositories/awards/people';
import { unitNamesById } from '@/db/repositories/registry/queries';
import { PersonForm } from './PersonForm';
import { TableExportButton } from '@/ui/TableExportButton';
import { byNumber, byText } from '@/ui/tableSort';

/** People who can be nominated, searchable without diacritics. */
export function PeopleListPage() {
  const [query, setQuery] = useState('');
  const people = useLiveQuery(() => searchPeople(query), [query]);
  const units = useLiveQuery(async () => {
    const ids = [...new Set((people ?? []).map((p) => p.unitId).filter((x): x is string => !!x))];
    return unitNamesById(ids);
  }, [people]);
  const [adding, setAdding] = useState(false);
  const navigate = useNavigate();
  // The rows as shown (after the user's column sort), for the export.
  const [shown, setShown] = useState<readonly Person[]>();
  const rows = shown && people && shown.length === people.length ? shown : (people ?? []);
  const unitName = (p: Person) => (p.unitId ? (units?.get(p.unitId) ?? '') : '');
  const genderText = (p: Person) => (p.gender === 'nu' ? 'Nữ' : 'Nam');
  return (
    <div>
      <Typography.Title level={4}>Cá nhân</Typography.Title>
      <div className="page-toolbar">
        <Input.Search
          aria-label="Tìm cá nhân"
          allowClear
          placeholder="Tìm theo họ tên, chức vụ"
          style={{ width: 320 }}
          onSearch={setQuery}
          onChange={(e) => setQuery(e.target.value)}
        />
        <Button type="primary" onClick={() => setAdding(true)}>
          Thêm cá nhân
        </Button>
        <TableExportButton<Person>
          disabled={!people?.length}
          spec={() => ({
            fileName: 'Danh sach ca nhan',
            title: ['DANH SÁCH CÁ NHÂN', ...(query ? [`Tìm "${query}"`] : [])],
            columns: [
              { title: 'STT', value: (_p, i) => i + 1, width: 6 },
              { title: 'Họ và tên', value: (p) => p.fullName, width: 30 },
              { title: 'Giới tính', value: genderText, width: 9 },
              { title: 'Năm sinh', value: (p) => p.birthYear, width: 9 },
              { title: 'Dân tộc', value: (p) => p.ethnicity, width: 10 },
              { title: 'Chức vụ', value: (p) => p.position, width: 28 },
              { title: 'Đơn vị', value: unitName, width: 40 },
            ],
            rows,
          })}
        />
      </div>
      <div className="page-counts">{people ? `${people.length.toLocaleString('vi-VN')} cá nhân` : ''}</div>
      <Table<Person>
        size="small"
        rowKey="id"
        dataSource={people ?? []}
        loading={people === undefined}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        onChange={(_p, _f, _s, extra) => setShown(extra.currentDataSource)}
        onRow={(p) => ({
          tabIndex: 0,
          onKeyDown: (e) => {
            if (e.key === 'Enter' && e.target === e.currentTarget) navigate(`/people/${p.id}`);
          },
        })}
        columns={[
          {
            title: <span>Họ và tên</span>,
            dataIndex: 'fullName',
            sorter: byText((p) => p.fullName),
            render: (v: string, p) => <Link to={`/people/${p.id}`}>{v}</Link>,
          },
          { title: <span>Giới tính</span>, dataIndex: 'gender', width: 100, sorter: byText(genderText), render: (_g: Person['gender'], p) => genderText(p) },
          { title: <span>Năm sinh</span>, dataIndex: 'birthYear', width: 100, sorter: byNumber((p) => p.birthYear) },
          { title: <span>Dân tộc</span>, dataIndex: 'ethnicity', width: 100, sorter: byText((p) => p.ethnicity) },
          { title: <span>Chức vụ</span>, dataIndex: 'position', sorter: byText((p) => p.position) },
          { title: <span>Đơn vị</span>, dataIndex: 'unitId', sorter: byText(unitName), render: (_id: string | undefined, p) => unitName(p) },
        ]}
      />
      <PersonForm
        open={adding}
        onClose={(saved) => {
          setAdding(false);
          if (saved) navigate(`/people/${saved.id}`);
        }}
      />
    </div>
  );
}
