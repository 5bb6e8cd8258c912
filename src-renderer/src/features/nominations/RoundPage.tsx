import { Alert, App, Breadcrumb, Button, Dropdown, Popconfirm, Space, Spin, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { NominationStatus } from '@/domain/awards/types';
import { NOMINATION_STATUSES } from '@/domain/awards/types';
import { COMMENDATION_TYPE_LABEL, NOMINATION_STATUS_LABEL, ROUND_TYPE_LABEL } from '@/domain/awards/labels';
import { countStatuses } from '@/domain/awards/workflow';
import { formatPercent } from '@/domain/awards/council';
import { formatDate } from '@/domain/text/format';
import { hasOverride, unresolvedFailures, type EligibilityResult } from '@/domain/awards/eligibility';
import type { NominationView } from '@/db/repositories/awards/roundReport';
import { deleteRound } from '@/db/repositories/awards/rounds';
import { useRound } from './useRound';
import { AddNominationModal } from './AddNominationModal';
import { NominationDrawer } from './NominationDrawer';
import { RoundForm } from './RoundForm';
import { exportNominationList } from './exportNominationList';
import { useShowError } from '@/ui/showError';
import { byNumber, byText } from '@/ui/tableSort';
import { TableExportButton } from '@/ui/TableExportButton';
import type { ExportColumn } from '@/ui/tableExport';

const STATUS_COLOR: Record<NominationStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  reviewed: 'purple',
  approved: 'cyan',
  rejected: 'red',
  decided: 'green',
};

/** What the "Điều kiện" column says of an entry, in words (also its sort order: failing first). */
function eligibilityText(e: EligibilityResult | undefined): { rank: number; label: string; reasons: string } {
  if (!e) return { rank: 3, label: '', reasons: '' };
  if (e.status === 'no_rules') return { rank: 2, label: 'Chưa có điều kiện', reasons: '' };
  const open = unresolvedFailures(e);
  if (open.length) return { rank: 0, label: 'Chưa đạt', reasons: open.flatMap((r) => r.messages).join('; ') };
  return e.results.some((r) => hasOverride(r.tree)) ? { rank: 1, label: 'Bỏ qua có lý do', reasons: '' } : { rank: 4, label: 'Đạt', reasons: '' };
}

type SortKey = 'name' | 'award' | 'eligibility' | 'status' | 'vote';

/** A round: status counts, quota checks, entries with live eligibility, prints and Excel export. */
export function RoundPage() {
  const { roundId = '' } = useParams();
  const data = useRound(roundId);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [filter, setFilter] = useState<NominationStatus | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; order: SortOrder } | null>(null);
  const navigate = useNavigate();
  const showError = useShowError();
  const { message } = App.useApp();
  const counts = useMemo(() => countStatuses((data?.views ?? []).map((v) => v.nomination)), [data]);
  if (data === undefined) return <Spin />;
  if (data === null) return <Typography.Text>Không tìm thấy đợt xét.</Typography.Text>;
  const { round, catalog, views, eligibility, quotas } = data;
  const entryOf = (code: string) => catalog.find((c) => c.code === code);
  const shown = filter ? views.filter((v) => v.nomination.status === filter) : views;
  const openView = views.find((v) => v.nomination.id === openId) ?? null;
  const printBase = `/print/nominations/${round.id}`;
  const awardName = (v: NominationView) => entryOf(v.nomination.catalogCode)?.name ?? v.nomination.catalogCode;
  const compare: Record<SortKey, (a: NominationView, b: NominationView) => number> = {
    name: byText((v) => v.name),
    award: byText(awardName),
    eligibility: byNumber((v) => eligibilityText(eligibility.get(v.nomination.id)).rank),
    status: byNumber((v) => NOMINATION_STATUSES.indexOf(v.nomination.status)),
    vote: byNumber((v) => v.vote?.percent),
  };
  const sortOrder = (k: SortKey) => (sort?.key === k ? sort.order : null);
  /** The rows as shown (filtered, sorted), for the export. */
  const shownSorted = () => {
    if (!sort?.order) return shown;
    const c = compare[sort.key];
    return [...shown].sort((a, b) => (sort.order === 'descend' ? c(b, a) : c(a, b)));
  };
  const exportColumns: ExportColumn<NominationView>[] = [
    { title: 'STT', value: (_v, i) => i + 1, width: 5 },
    { title: 'Họ và tên / Tên tập thể', value: (v) => v.name, width: 32 },
    { title: 'Hình thức đề nghị', value: awardName, width: 40 },
    { title: 'Loại hình khen thưởng', value: (v) => COMMENDATION_TYPE_LABEL[v.nomination.commendationType ?? 'thuong_xuyen'] },
    { title: 'Điều kiện', value: (v) => eligibilityText(eligibility.get(v.nomination.id)).label },
    { title: 'Lý do chưa đạt', value: (v) => eligibilityText(eligibility.get(v.nomination.id)).reasons, width: 60 },
    { title: 'Trạng thái', value: (v) => NOMINATION_STATUS_LABEL[v.nomination.status] },
    { title: 'Biểu quyết', value: (v) => (v.vote ? `${formatPercent(v.vote.percent)} ${v.vote.passed ? 'Đạt' : 'Không đạt'}` : '') },
    { title: 'Số quyết định', value: (v) => v.nomination.decisionNumber ?? '' },
    { title: 'Ngày quyết định', value: (v) => formatDate(v.nomination.decisionDate) },
  ];

  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 4 }}
        items={[{ title: <Link to="/nominations">Đợt xét khen thưởng</Link> }, { title: round.name }]}
        data-testid="round-breadcrumb"
      />
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 4 }}>
        {round.name}
      </Typography.Title>
      <div className="page-counts">
        Năm {round.year} · {ROUND_TYPE_LABEL[round.type]}
        {round.deadline ? ` · Hạn nộp ${formatDate(round.deadline)}` : ''} ·{' '}
        <Link to={`/import?round=${round.id}`} data-testid="round-import">
          Nhập danh sách đề nghị từ Excel
        </Link>
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
        <TableExportButton<NominationView>
          label="Xuất bảng"
          testId="round-table-export"
          disabled={shown.length === 0}
          spec={() => ({
            fileName: `bang-de-nghi-${round.year}`,
            sheetName: 'Đề nghị',
            title: [round.name, filter ? `Trạng thái: ${NOMINATION_STATUS_LABEL[filter]}` : `Năm ${round.year}`],
            columns: exportColumns,
            rows: shownSorted(),
          })}
        />
        <Button onClick={() => setEditing(true)}>Sửa đợt</Button>
        {views.length === 0 ? (
          <Popconfirm
            title="Xóa đợt xét này?"
            okText="Xóa"
            cancelText="Hủy"
            onConfirm={() =>
              void deleteRound(round.id).then(() => {
                void message.success('Đã xóa đợt xét.');
                navigate('/nominations');
              }, showError)
            }
          >
            <Button danger type="text">
              Xóa đợt
            </Button>
          </Popconfirm>
        ) : null}
      </div>
      <Table<NominationView>
        size="small"
        rowKey={(v) => v.nomination.id}
        showSorterTooltip={false} // the hint would cover the filters and buttons above the table
        dataSource={shown}
        pagination={{ pageSize: 100, showSizeChanger: false }}
        locale={{ emptyText: 'Chưa có đề nghị' }}
        onRow={(v) => ({ onClick: () => setOpenId(v.nomination.id), style: { cursor: 'pointer' } })}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          setSort(s?.order && s.columnKey ? { key: s.columnKey as SortKey, order: s.order } : null);
        }}
        columns={[
          {
            key: 'name',
            title: 'Họ và tên / Tên tập thể',
            sorter: compare.name,
            sortOrder: sortOrder('name'),
            render: (_: unknown, v) => <a>{v.name}</a>,
          },
          {
            key: 'award',
            sorter: compare.award,
            sortOrder: sortOrder('award'),
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
            key: 'eligibility',
            title: 'Điều kiện',
            width: 320,
            sorter: compare.eligibility,
            sortOrder: sortOrder('eligibility'),
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
            key: 'status',
            title: 'Trạng thái',
            width: 150,
            sorter: compare.status,
            sortOrder: sortOrder('status'),
            render: (_: unknown, v) => <Tag color={STATUS_COLOR[v.nomination.status]}>{NOMINATION_STATUS_LABEL[v.nomination.status]}</Tag>,
          },
          {
            key: 'vote',
            title: 'Biểu quyết',
            width: 120,
            sorter: compare.vote,
            sortOrder: sortOrder('vote'),
            render: (_: unknown, v) => (v.vote ? `${formatPercent(v.vote.percent)} ${v.vote.passed ? '✓' : '✗'}` : ''),
          },
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
