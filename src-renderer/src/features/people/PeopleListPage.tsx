import { Button, Input, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Person } from '@/domain/awards/types';
import { searchPeople } from '@/db/repositories/awards/people';
import { unitNamesById } from '@/db/repositories/registry/queries';
import { PersonForm } from './PersonForm';

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
  return (
    <div>
      <Typography.Title level={4}>Cá nhân</Typography.Title>
      <div className="page-toolbar">
        <Input.Search allowClear placeholder="Tìm theo họ tên, chức vụ" style={{ width: 320 }} onSearch={setQuery} onChange={(e) => setQuery(e.target.value)} />
        <Button type="primary" onClick={() => setAdding(true)}>
          Thêm cá nhân
        </Button>
      </div>
      <div className="page-counts">{people ? `${people.length.toLocaleString('vi-VN')} cá nhân` : ''}</div>
      <Table<Person>
        size="small"
        rowKey="id"
        dataSource={people ?? []}
        loading={people === undefined}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName', render: (v: string, p) => <Link to={`/people/${p.id}`}>{v}</Link> },
          { title: 'Giới tính', dataIndex: 'gender', width: 90, render: (g: Person['gender']) => (g === 'nu' ? 'Nữ' : 'Nam') },
          { title: 'Năm sinh', dataIndex: 'birthYear', width: 90 },
          { title: 'Dân tộc', dataIndex: 'ethnicity', width: 100 },
          { title: 'Chức vụ', dataIndex: 'position' },
          { title: 'Đơn vị', dataIndex: 'unitId', render: (id?: string) => (id ? (units?.get(id) ?? '') : '') },
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
