import { Alert, Button, Dropdown, Space, Spin, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { NominationStatus } from '@/domain/awards/types';
import { NOMINATION_STATUSES } from '@/domain/awards/types';
import { COMMENDATION_TYPE_LABEL, NOMINATION_STATUS_LABEL, ROUND_TYPE_LABEL } from '@/domain/awards/labels';
import { countStatuses } from '@/domain/awards/workflow';
import { formatPercent } from '@/domain/awards/council';
import { formatDate } from '@/domain/text/format';
import { hasOverride, unresolvedFailures } from '@/domain/awards/eligibility';
import type { NominationView } from '@/db/repositories/awards/roundReport';
import { deleteRound } from '@/db/repositories/awards/rounds';
import { useRound } from './useRound';
import { AddNominationModal } from './AddNominationModal';
import { NominationDrawer } from './NominationDrawer';
import { RoundForm } from './RoundForm';
import { exportNominationList } from './exportNominationList';
import { useShowError } from '@/ui/showError';

const STATUS_COLOR: Record<NominationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'purple',
  approved: 'cyan',
  rejected: 'red',
  decided: 'green',
};

/** A round: status counts, quota checks, entries with live eligibility, prints and Excel export. */
export function RoundPage() {
  const { roundId = '' } = useParams();
  const data = useRound(roundId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [filter, setFilter] = useState<NominationStatus | null>(null);
  const navigate = useNavigate();
  const showError = useShowError();
  const counts = useMemo(() => countStatuses((data?.views ?? []).map((v) => v.nomination)), [data]);
  if (data === undefined) return <Spin />;
  if (data === null) return <Typography.Text>Không tìm thấy đợt xét.</Typography.Text>;
  const { round, catalog, views, eligibility, quotas } = data;
  const entryOf = (code: string) => catalog.find((c) => c.code === code);
  const shown = filter ? views.filter((v) => v.nomination.status === filter) : views;
  const openView = views.find((v) => v.nomination.id === openId) ?? null;
  const printBase = `/print/nominations/${round.id}`;

  return (
    <div>
      <Typography.Title level={4} style={{ marginBottom: 4 }}>
        {round.name}
      </Typography.Title>
      <div className="page-counts">
        Năm {round.year} · {ROUND_TYPE_LABEL[round.type]}
        {round.deadline ? ` · Hạn nộp ${formatDate(round.deadline)}` : ''}
      </div>
      <Space wrap style={{ marginBottom: 8 }} data-testid="status-counts">
        <Tag.CheckableTag checked={filter === null} onChange={() => setFilter(null)}>
          Tất cả: {counts.total}
        </Tag.CheckableTag>
        {NOMINATION_STATUSES.map((s) => (
          <Tag.CheckableTag key={s} checked={filter === s} onChange={() => setFilter(filter === s ? null : s)} data-status={s}>
            {NOMINATION_STATUS_LABEL[s]}: {counts[s]}
          </Tag.CheckableTag>
        ))}
      </Space>
      {quotas.length ? (
        <div data-testid="quota-checks" style={{ marginBottom: 8 }}>
          {quotas.map((q) => (
            <Alert key={`${q.ruleId}:${q.groupId}`} type={q.exceeded ? 'error' : 'info'} showIcon title={q.message} style={{ marginBottom: 4 }} />
          ))}
        </div>
      ) : null}
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setAdding(true)}>
          Thêm đề nghị
        </Button>
        <Dropdown
          menu={{
            items: [
              { key: 'list', label: 'Danh sách đề nghị khen thưởng' },
              { key: 'minutes', label: 'Biên bản họp Hội đồng' },
              { key: 'letter', label: 'Tờ trình' },
            ],
            onClick: ({ key }) => navigate(`${printBase}/${key}`),
          }}
        >
          <Button>In…</Button>
        </Dropdown>
        <Button onClick={() => void exportNominationList(round.id).catch(showError)}>Xuất Excel</Button>
        <Button onClick={() => setEditing(true)}>Sửa đợt</Button>
        {views.length === 0 ? (
          <Button danger type="text" onClick={() => void deleteRound(round.id).then(() => navigate('/nominations'), showError)}>
            Xóa đợt
          </Button>
        ) : null}
      </div>
      <Table<NominationView>
        size="small"
        rowKey={(v) => v.nomination.id}
        dataSource={shown}
        pagination={{ pageSize: 100, showSizeChanger: false }}
        locale={{ emptyText: 'Chưa có đề nghị' }}
        onRow={(v) => ({ onClick: () => setOpenId(v.nomination.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: 'Họ và tên / Tên tập thể', render: (_: unknown, v) => <a>{v.name}</a> },
          {
            title: 'Hình thức đề nghị',
            render: (_: unknown, v) => (
              <>
                {entryOf(v.nomination.catalogCode)?.name ?? v.nomination.catalogCode}
                {v.nomination.commendationType && v.nomination.commendationType !== 'thuong_xuyen' ? (
                  <Tag color="geekblue" style={{ marginLeft: 6 }} data-testid="nomination-type-tag">
                    {COMMENDATION_TYPE_LABEL[v.nomination.commendationType]}
                  </Tag>
                ) : null}
              </>
            ),
          },
          {
            title: 'Điều kiện',
            width: 320,
            render: (_: unknown, v) => {
              const e = eligibility.get(v.nomination.id);
              if (!e) return null;
              const open = unresolvedFailures(e);
              if (e.status === 'no_rules') return <Tag>Chưa có điều kiện</Tag>;
              if (open.length === 0)
                return e.results.some((r) => hasOverride(r.tree)) ? <Tag color="orange">Bỏ qua có lý do</Tag> : <Tag color="green">Đạt</Tag>;
              return (
                <div>
                  <Tag color="red">Chưa đạt</Tag>
                  <span className="eligibility-reason">{open.flatMap((r) => r.messages).join('; ')}</span>
                </div>
              );
            },
          },
          {
            title: 'Trạng thái',
            width: 150,
            render: (_: unknown, v) => <Tag color={STATUS_COLOR[v.nomination.status]}>{NOMINATION_STATUS_LABEL[v.nomination.status]}</Tag>,
          },
          { title: 'Biểu quyết', width: 110, render: (_: unknown, v) => (v.vote ? `${formatPercent(v.vote.percent)} ${v.vote.passed ? '✓' : '✗'}` : '') },
        ]}
      />
      <AddNominationModal
        roundId={round.id}
        open={adding}
        onClose={(id) => {
          setAdding(false);
          if (id) setOpenId(id);
        }}
      />
      <RoundForm open={editing} round={round} onClose={() => setEditing(false)} />
      {openView ? (
        <NominationDrawer
          view={openView}
          entry={entryOf(openView.nomination.catalogCode)}
          eligibility={eligibility.get(openView.nomination.id)}
          year={round.year}
          onClose={() => setOpenId(null)}
        />
      ) : null}
    </div>
  );
}
