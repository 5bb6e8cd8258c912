import { Alert, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { TargetOptions } from './TargetOptions';
import { fieldsOf, indicatorYear, yearlyKey } from '@/domain/import/fields';
import { columnLetter } from '@/domain/import/planTypes';
import { MONEY_SCALES, MONEY_SCALE_LABEL } from '@/domain/import/moneyUnit';
import type { ReportYear } from '@/domain/import/reportYear';
import type { ImportWizard } from './useImportWizard';
import { byNumber, byText } from '@/ui/tableSort';

/** Where the proposed year comes from: the title or the period, never the signing date line. */
function yearSource(r: ReportYear, chosen: number | undefined): string {
  const signed = r.signedYear && r.signedYear !== chosen ? ` Dòng "…, ngày … năm ${r.signedYear}" là ngày ký, không phải năm số liệu.` : '';
  if (!r.year) return `Tiêu đề tệp không ghi năm số liệu: hãy kiểm tra.${signed}`;
  const from = r.source === 'period' ? 'kỳ số liệu' : 'tiêu đề';
  return `Năm ${r.year} theo ${from}: "${(r.line ?? '').slice(0, 80)}".${signed}`;
}

/** Step 3: a target field per column, suggested from the header words; samples shown. */
export function MappingStep({ w }: { w: ImportWizard }) {
  const l = w.layout;
  if (!l) return null;
  const fields = fieldsOf(w.target);
  const isIndicator = (f: string | undefined) => f !== 'year' && !!fields.find((d) => d.key === f)?.indicator;
  /** The year an indicator column's header names: that column holds that year's values. */
  const yearOf = (col: number) =>
    indicatorYear(
      fields.find((d) => d.key === w.mapping[col]),
      l.layout.names[col] ?? '',
    );
  const usageKey = (col: number) => {
    const y = yearOf(col);
    return y ? yearlyKey(w.mapping[col]!, y) : w.mapping[col]!;
  };
  const used = new Map<string, number>();
  w.mapping.forEach((f, col) => f && used.set(usageKey(col), (used.get(usageKey(col)) ?? 0) + 1));
  const hasIndicators = w.mapping.some((f, col) => isIndicator(f) && yearOf(col) === undefined);
  const missing = fields.filter((f) => f.required && !w.mapping.includes(f.key));
  const rows = l.layout.names.map((name, col) => ({ col, name, samples: l.samples[col] ?? [] }));
  return (
    <div>
      <TargetOptions w={w} />
      {hasIndicators && !w.mapping.includes('year') && (
        <Space style={{ marginBottom: 8 }}>
          <span>Số liệu chỉ tiêu của năm:</span>
          <InputNumber data-testid="import-default-year" min={1945} max={2100} value={w.defaultYear} onChange={(v) => w.setDefaultYear(v ?? undefined)} />
          <Typography.Text type="secondary" data-testid="import-year-source">
            {yearSource(l.reportYear, w.defaultYear)}
          </Typography.Text>
        </Space>
      )}
      {missing.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={`Chưa có cột cho: ${missing.map((f) => f.label).join(', ')}`} />}
      <Table
        size="small"
        rowKey="col"
        pagination={false}
        dataSource={rows}
        data-testid="import-mapping"
        scroll={{ y: 460 }}
        columns={[
          { title: 'Cột', dataIndex: 'col', width: 60, sorter: byNumber((r) => r.col), render: (c: number) => columnLetter(c) },
          { title: 'Tiêu đề trong tệp', dataIndex: 'name', width: 260, sorter: byText((r) => r.name) },
          { title: 'Giá trị mẫu', dataIndex: 'samples', render: (s: string[]) => <Typography.Text type="secondary">{s.join(' · ')}</Typography.Text> },
          {
            title: 'Nhập vào trường',
            width: 260,
            render: (_: unknown, r) => (
              <Select
                data-testid={`import-map-${r.col}`}
                style={{ width: '100%' }}
                showSearch={{ optionFilterProp: 'label' }}
                value={w.mapping[r.col] ?? ''}
                status={w.mapping[r.col] && (used.get(usageKey(r.col)) ?? 0) > 1 ? 'error' : undefined}
                onChange={(v: string) => {
                  const next = [...w.mapping];
                  next[r.col] = v;
                  w.setMapping(next);
                }}
                options={[{ value: '', label: '— Không nhập —' }, ...fields.map((f) => ({ value: f.key, label: f.label + (f.required ? ' *' : '') }))]}
              />
            ),
          },
          {
            title: 'Năm',
            width: 80,
            render: (_: unknown, r) => {
              const y = yearOf(r.col);
              return y ? <Tag data-testid={`import-year-${r.col}`}>{y}</Tag> : null;
            },
          },
          {
            title: 'Đơn vị tiền',
            width: 150,
            render: (_: unknown, r) =>
              fields.find((f) => f.key === w.mapping[r.col])?.kind !== 'money' ? null : (
                <Select
                  data-testid={`import-scale-${r.col}`}
                  style={{ width: '100%' }}
                  value={w.moneyScales[r.col] ?? 1}
                  onChange={(v: number) => {
                    const next = [...w.moneyScales];
                    next[r.col] = v;
                    w.setMoneyScales(next);
                  }}
                  options={MONEY_SCALES.map((s) => ({ value: s, label: MONEY_SCALE_LABEL[s] }))}
                />
              ),
          },
        ]}
      />
    </div>
  );
}
