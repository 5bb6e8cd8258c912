import { lazy, Suspense } from 'react';
import { Card, Col, Row, Statistic, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { activeUnits, averageIncome, coverageNote, figureCoverage } from '@/domain/summary/bucket';
import { AVERAGE_INCOME_LABEL, BUCKET_FIELD_LABEL, NOT_REPORTED_CELL } from '@/domain/summary/labels';
import { SUMMARY_COLUMNS, type SummaryTables } from '@/domain/summary/summary-workbook';
import { REPORTED_FIELD, type BucketField, type ReportedFigure, type SummaryBucket } from '@/domain/summary/types';
import { formatNumber } from '@/domain/text/format';
import { summaryNames } from './names';
import { byNumber, byText } from '@/ui/tableSort';

// Recharts (~260 KB) is loaded with the dashboard, not with every screen at start-up.
const SummaryCharts = lazy(() => import('./SummaryCharts').then((m) => ({ default: m.SummaryCharts })));

const isReportedFigure = (f: string): f is ReportedFigure => f in REPORTED_FIELD;

/** A figure's value, or undefined when no unit reported it (shown as "Chưa có số liệu", never 0). */
function figureValue(b: SummaryBucket, f: BucketField): number | undefined {
  return isReportedFigure(f) ? figureCoverage(b, f).value : b[f];
}

/** "(2/4 đơn vị báo cáo)" under a figure only some units gave. */
function figureNote(b: SummaryBucket, key: string): string {
  return isReportedFigure(key) ? coverageNote(figureCoverage(b, key)) : '';
}

const STATS: Array<{ key: string; label: string; value: (b: SummaryBucket) => number | undefined }> = [
  { key: 'active', label: 'Tổ chức đang hoạt động', value: activeUnits },
  ...(['htx', 'tht', 'lienHiep', 'qtdnd', 'newUnits', 'dissolved', 'newMembers', 'members', 'workers', 'revenue', 'profit'] as const).map((f) => ({
    key: f,
    label: BUCKET_FIELD_LABEL[f],
    value: (b: SummaryBucket) => figureValue(b, f),
  })),
  { key: 'avgIncome', label: AVERAGE_INCOME_LABEL, value: averageIncome },
];

type Row = { key: string; name: string; bucket: SummaryBucket };

/**
 * The figure alone in the cell (tables are read and copied as numbers); a figure only some units gave
 * says so on hover and is underlined dotted, one nobody gave reads "Chưa có số liệu".
 */
function FigureCell({ b, f }: { b: SummaryBucket; f: BucketField }) {
  const v = figureValue(b, f);
  if (v === undefined) return <Typography.Text type="secondary">{NOT_REPORTED_CELL}</Typography.Text>;
  const note = figureNote(b, f);
  return note ? (
    <span title={note} style={{ textDecoration: 'underline dotted' }}>
      {formatNumber(v)}
    </span>
  ) : (
    <>{formatNumber(v)}</>
  );
}

function IncomeCell({ b }: { b: SummaryBucket }) {
  const v = averageIncome(b);
  return v === undefined ? <Typography.Text type="secondary">{NOT_REPORTED_CELL}</Typography.Text> : <>{formatNumber(v)}</>;
}

function bucketColumns(first: string): ColumnsType<Row> {
  return [
    { title: first, dataIndex: 'name', width: 220, fixed: 'left', sorter: byText((r) => r.name) },
    ...SUMMARY_COLUMNS.map((f) => ({
      title: BUCKET_FIELD_LABEL[f],
      width: 130,
      align: 'right' as const,
      sorter: byNumber<Row>((r) => figureValue(r.bucket, f)),
      render: (_: unknown, r: Row) => <FigureCell b={r.bucket} f={f} />,
    })),
    {
      title: AVERAGE_INCOME_LABEL,
      width: 150,
      align: 'right' as const,
      sorter: byNumber<Row>((r) => averageIncome(r.bucket)),
      render: (_: unknown, r: Row) => <IncomeCell b={r.bucket} />,
    },
  ];
}

function BucketTable({ rows, first, total, testId }: { rows: Row[]; first: string; total?: SummaryBucket; testId: string }) {
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={bucketColumns(first)}
      scroll={{ x: 1700 }}
      data-testid={testId}
      summary={() =>
        total && (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <b>Tổng cộng</b>
            </Table.Summary.Cell>
            {SUMMARY_COLUMNS.map((f, i) => (
              <Table.Summary.Cell key={f} index={i + 1} align="right">
                <b>
                  <FigureCell b={total} f={f} />
                </b>
              </Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={SUMMARY_COLUMNS.length + 1} align="right">
              <b>
                <IncomeCell b={total} />
              </b>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )
      }
    />
  );
}

/** Figures, charts and tables of a year-end summary (alliance, khối or cluster consolidation). */
export function SummaryDashboard({ t }: { t: SummaryTables }) {
  const tabs = [
    ...(t.members
      ? [
          {
            key: 'members',
            label: 'Theo thành viên cụm',
            children: (
              <BucketTable
                testId="summary-members"
                first="Thành viên"
                total={t.total}
                rows={t.members.filter((m) => m.bucket).map((m) => ({ key: m.memberName, name: m.memberName, bucket: m.bucket! }))}
              />
            ),
          },
        ]
      : []),
    {
      key: 'province',
      label: 'Theo địa bàn',
      children: (
        <BucketTable
          testId="summary-province"
          first="Tỉnh/thành phố"
          total={t.total}
          rows={t.byProvince.map((r) => ({ key: r.provinceCode, name: summaryNames.provinceName(r.provinceCode), bucket: r.bucket }))}
        />
      ),
    },
    {
      key: 'sector',
      label: 'Theo ngành',
      children: (
        <BucketTable
          testId="summary-sector"
          first="Ngành"
          total={t.total}
          rows={t.bySector.map((r) => ({ key: r.sector, name: summaryNames.sectorName(r.sector), bucket: r.bucket }))}
        />
      ),
    },
    ...(t.newMembersByCommune
      ? [
          {
            key: 'communes',
            label: 'Kết nạp theo xã',
            children: (
              <Table
                size="small"
                rowKey={(r) => `${r.provinceCode}:${r.communeCode}`}
                pagination={false}
                dataSource={t.newMembersByCommune}
                columns={[
                  {
                    title: <span>Tỉnh/thành phố</span>,
                    sorter: byText((r) => summaryNames.provinceName(r.provinceCode)),
                    render: (_: unknown, r) => summaryNames.provinceName(r.provinceCode),
                  },
                  {
                    title: <span>Xã/phường</span>,
                    sorter: byText((r) => summaryNames.communeName(r.communeCode)),
                    render: (_: unknown, r) => summaryNames.communeName(r.communeCode),
                  },
                  {
                    title: <span>Số kết nạp</span>,
                    dataIndex: 'count',
                    align: 'right',
                    sorter: byNumber((r) => r.count),
                    render: (n: number) => formatNumber(n),
                  },
                ]}
              />
            ),
          },
        ]
      : []),
    {
      key: 'models',
      label: `HTX điển hình tiên tiến (${t.modelUnits.length})`,
      children: (
        <Table
          size="small"
          rowKey={(r) => `${r.unitId}:${r.memberName ?? ''}:${r.awardName}`}
          pagination={false}
          dataSource={t.modelUnits}
          data-testid="summary-models"
          locale={{ emptyText: 'Không có đơn vị nào được công nhận trong năm.' }}
          columns={[
            { title: <span>STT</span>, width: 60, render: (_: unknown, __: unknown, i: number) => i + 1 },
            { title: <span>Tên đơn vị</span>, dataIndex: 'name', sorter: byText((r) => r.name) },
            {
              title: <span>Tỉnh/thành phố</span>,
              sorter: byText((r) => summaryNames.provinceName(r.provinceCode)),
              render: (_: unknown, r) => summaryNames.provinceName(r.provinceCode),
            },
            { title: <span>Danh hiệu</span>, dataIndex: 'awardName', sorter: byText((r) => r.awardName) },
            { title: <span>Số quyết định</span>, dataIndex: 'decisionNumber', width: 160, sorter: byText((r) => r.decisionNumber) },
            ...(t.members
              ? [{ title: <span>Thành viên cụm</span>, dataIndex: 'memberName', sorter: byText<(typeof t.modelUnits)[number]>((r) => r.memberName) }]
              : []),
          ]}
        />
      ),
    },
    ...(t.ranking?.length
      ? [
          {
            key: 'ranking',
            label: 'Xếp hạng cụm',
            children: (
              <Table
                size="small"
                rowKey="name"
                pagination={false}
                dataSource={t.ranking}
                data-testid="summary-ranking"
                columns={[
                  { title: <span>Hạng</span>, dataIndex: 'rank', width: 80, sorter: byNumber((r) => r.rank) },
                  { title: <span>Đơn vị</span>, dataIndex: 'name', sorter: byText((r) => r.name) },
                  {
                    title: <span>Tổng điểm</span>,
                    dataIndex: 'total',
                    width: 120,
                    align: 'right',
                    sorter: byNumber((r) => r.total),
                    render: (n: number) => formatNumber(n, true),
                  },
                  { title: <span>Ghi chú</span>, dataIndex: 'note', sorter: byText((r) => r.note) },
                ]}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <div>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        {STATS.map((s) => (
          <Col key={s.key} xs={12} md={8} xl={s.key === 'revenue' || s.key === 'profit' ? 6 : 4}>
            <Card size="small">
              <Statistic
                styles={{ content: { fontSize: 20 } }}
                title={s.label}
                value={s.value(t.total) ?? 0}
                formatter={() => {
                  const v = s.value(t.total);
                  const note = figureNote(t.total, s.key);
                  return (
                    <>
                      {/* The figure alone in the test id's span: "(2/4 …)" and "Chưa có số liệu" are read as such. */}
                      <span data-testid={`stat-${s.key}`} style={v === undefined ? { fontSize: 15, color: 'rgba(0,0,0,0.45)' } : undefined}>
                        {v === undefined ? NOT_REPORTED_CELL : formatNumber(v)}
                      </span>
                      {note && (
                        <div data-testid={`stat-${s.key}-coverage`} style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
                          {note}
                        </div>
                      )}
                    </>
                  );
                }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Suspense fallback={null}>
        <SummaryCharts t={t} />
      </Suspense>
      <Tabs style={{ marginTop: 12 }} items={tabs} />
    </div>
  );
}
