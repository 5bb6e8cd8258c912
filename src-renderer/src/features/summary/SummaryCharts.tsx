import { Card, Col, Row } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SummaryTables } from '@/domain/summary/summary-workbook';
import { formatNumber } from '@/domain/text/format';
import { summaryNames } from './names';

const KIND_SERIES = [
  { key: 'htx', name: 'HTX', color: '#1f5fa8' },
  { key: 'tht', name: 'THT', color: '#52a447' },
  { key: 'lienHiep', name: 'Liên hiệp HTX', color: '#d48806' },
  { key: 'qtdnd', name: 'QTDND', color: '#9254de' },
] as const;

const fmt = (v: unknown) => formatNumber(Number(v));

/** Counts by locality and sector, and the trend over years. */
export function SummaryCharts({ t }: { t: SummaryTables }) {
  const byProvince = t.byProvince.map((r) => ({ name: summaryNames.provinceName(r.provinceCode), ...r.bucket }));
  const bySector = t.bySector.map((r) => ({ name: summaryNames.sectorName(r.sector), ...r.bucket }));
  // Horizontal bars: category names (provinces, long sector names) stay readable on the axis.
  const bars = (data: Array<Record<string, unknown>>) => (
    <ResponsiveContainer width="100%" height={Math.max(200, data.length * 30 + 70)}>
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={fmt} />
        <YAxis type="category" dataKey="name" width={190} interval={0} tick={{ fontSize: 12 }} />
        <Tooltip formatter={fmt} />
        <Legend />
        {KIND_SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} stackId="kind" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
  return (
    <Row gutter={12} data-testid="summary-charts">
      <Col span={12}>
        <Card size="small" title="Số tổ chức theo địa bàn">
          {bars(byProvince)}
        </Card>
      </Col>
      <Col span={12}>
        <Card size="small" title="Số tổ chức theo ngành">
          {bars(bySector)}
        </Card>
      </Col>
      {t.trend && (
        <Col span={24} style={{ marginTop: 12 }}>
          <Card size="small" title="Số tổ chức đang hoạt động qua các năm">
            <ResponsiveContainer width="100%" height={260}>
              <LineChart data={t.trend} margin={{ left: 8, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="year" />
                <YAxis tickFormatter={fmt} />
                <Tooltip formatter={fmt} />
                <Legend />
                {KIND_SERIES.map((s) => (
                  <Line key={s.key} dataKey={s.key} name={s.name} stroke={s.color} isAnimationActive={false} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </Card>
        </Col>
      )}
    </Row>
  );
}
