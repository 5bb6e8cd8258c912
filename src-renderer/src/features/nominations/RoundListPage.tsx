import { Button, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { NominationRound } from '@/domain/awards/types';
import { ROUND_TYPE_LABEL } from '@/domain/awards/labels';
import { countStatuses } from '@/domain/awards/workflow';
import { formatDate } from '@/domain/text/format';
import { listRounds } from '@/db/repositories/awards/rounds';
import { listNominations } from '@/db/repositories/awards/nominations';
import { RoundForm } from './RoundForm';
import { byDate, byNumber, byText } from '@/ui/tableSort';

export function RoundListPage() {
  const rows = useLiveQuery(async () => {
    const rounds = await listRounds();
    return Promise.all(rounds.map(async (r) => ({ round: r, counts: countStatuses(await listNominations(r.id)) })));
  }, []);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  return (
    <div>
      <Typography.Title level={4}>Đợt xét khen thưởng</Typography.Title>
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          Tạo đợt xét
        </Button>
      </div>
      <Table<{ round: NominationRound; counts: ReturnType<typeof countStatuses> }>
        size="small"
        rowKey={(r) => r.round.id}
        dataSource={rows ?? []}
        loading={rows === undefined}
        pagination={false}
        locale={{ emptyText: 'Chưa có đợt xét nào' }}
        columns={[
          {
            title: 'Tên đợt',
            sorter: byText((r) => r.round.name),
            render: (_: unknown, r) => <Link to={`/nominations/${r.round.id}`}>{r.round.name}</Link>,
          },
          { title: 'Năm', width: 80, sorter: byNumber((r) => r.round.year), render: (_: unknown, r) => r.round.year },
          { title: 'Loại', width: 170, sorter: byText((r) => ROUND_TYPE_LABEL[r.round.type]), render: (_: unknown, r) => ROUND_TYPE_LABEL[r.round.type] },
          { title: 'Hạn nộp', width: 110, sorter: byDate((r) => r.round.deadline), render: (_: unknown, r) => formatDate(r.round.deadline) },
          {
            title: 'Đề nghị',
            width: 260,
            sorter: byNumber((r) => r.counts.total),
            render: (_: unknown, r) => (
              <>
                <Tag>{r.counts.total} đề nghị</Tag>
                {r.counts.decided ? <Tag color="green">{r.counts.decided} đã quyết định</Tag> : null}
                {r.counts.rejected ? <Tag color="red">{r.counts.rejected} không chấp thuận</Tag> : null}
              </>
            ),
          },
        ]}
      />
      <RoundForm
        open={creating}
        onClose={(saved) => {
          setCreating(false);
          if (saved) navigate(`/nominations/${saved.id}`);
        }}
      />
    </div>
  );
}
