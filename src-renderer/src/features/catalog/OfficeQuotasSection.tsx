import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { CatalogEntry } from '@/domain/awards/types';
import type { OfficeQuota } from '@/domain/awards/quota';
import { getOfficeQuotas, saveOfficeQuotas } from '@/db/repositories/awards/officeQuotas';
import { foldFilter } from '@/ui/foldFilter';
import { useShowError } from '@/ui/showError';

type Row = OfficeQuota & { key: number };

const PER_OPTIONS = [
  { value: 'unit', label: 'Từng đơn vị' },
  { value: 'round', label: 'Cả đợt xét' },
];

/**
 * Caps the office sets for itself (settings, off by default): since 01/01/2024 the law sets no
 * percentage cap; rules of the period before keep the caps of Nghị định 91/2017 on their own.
 */
export function OfficeQuotasSection({ catalog }: { catalog: CatalogEntry[] }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const stored = useLiveQuery(() => getOfficeQuotas(), []);
  const [rows, setRows] = useState<Row[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (stored && !dirty) setRows(stored.map((q, i) => ({ ...q, key: i })));
  }, [stored, dirty]);
  const options = catalog.map((c) => ({ value: c.code, label: c.name }));
  const change = (key: number, patch: Partial<OfficeQuota>) => {
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    setDirty(true);
  };
  const add = () => {
    setRows((rs) => [...rs, { key: Math.max(-1, ...rs.map((r) => r.key)) + 1, catalogCode: '', percent: 15, ofCodes: [], per: 'unit' }]);
    setDirty(true);
  };
  const save = async () => {
    setBusy(true);
    try {
      await saveOfficeQuotas(rows.map(({ key: _key, ...q }) => q));
      setDirty(false);
      message.success(rows.length ? 'Đã lưu tỷ lệ khống chế của cơ quan.' : 'Đã bỏ mọi tỷ lệ khống chế của cơ quan.');
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" style={{ marginTop: 16 }} data-testid="office-quotas" title="Tỷ lệ khống chế của cơ quan (không bắt buộc theo luật)">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 8 }}
        title="Từ 01/01/2024 (Luật Thi đua, khen thưởng 2022), pháp luật không quy định tỷ lệ khống chế số người được đề nghị Chiến sĩ thi đua cơ sở hay Cờ thi đua."
        description="Tỷ lệ 15%, 20% của Nghị định 91/2017/NĐ-CP chỉ áp dụng cho đợt xét trước ngày đó (đã có trong điều kiện của giai đoạn cũ). Cơ quan có thể tự đặt tỷ lệ riêng dưới đây: mặc định không có; tỷ lệ được kiểm tra trên cả đợt xét và hiện ở trang đợt xét."
      />
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: 'Không đặt tỷ lệ khống chế (theo luật hiện hành)' }}
        columns={[
          {
            title: 'Danh hiệu, hình thức bị khống chế',
            render: (_: unknown, r) => (
              <Select
                aria-label="Danh hiệu bị khống chế"
                style={{ width: '100%' }}
                value={r.catalogCode || undefined}
                placeholder="Chọn"
                showSearch={{ filterOption: foldFilter }}
                options={options}
                onChange={(v: string) => change(r.key, { catalogCode: v })}
              />
            ),
          },
          {
            title: 'Tối đa (%)',
            width: 110,
            render: (_: unknown, r) => (
              <InputNumber
                aria-label="Tỷ lệ tối đa"
                min={1}
                max={100}
                value={r.percent}
                style={{ width: '100%' }}
                onChange={(v) => change(r.key, { percent: typeof v === 'number' ? v : 0 })}
              />
            ),
          },
          {
            title: 'của số người, tập thể đạt',
            render: (_: unknown, r) => (
              <Select
                aria-label="Cơ sở tính tỷ lệ"
                mode="multiple"
                style={{ width: '100%' }}
                value={r.ofCodes}
                placeholder="Chọn"
                showSearch={{ filterOption: foldFilter }}
                options={options}
                onChange={(v: string[]) => change(r.key, { ofCodes: v })}
              />
            ),
          },
          {
            title: 'Tính theo',
            width: 150,
            render: (_: unknown, r) => (
              <Select
                aria-label="Tính theo"
                style={{ width: '100%' }}
                value={r.per}
                options={PER_OPTIONS}
                onChange={(v: OfficeQuota['per']) => change(r.key, { per: v })}
              />
            ),
          },
          {
            title: '',
            width: 60,
            render: (_: unknown, r) => (
              <Button
                type="link"
                danger
                size="small"
                onClick={() => {
                  setRows((rs) => rs.filter((x) => x.key !== r.key));
                  setDirty(true);
                }}
              >
                Bỏ
              </Button>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button onClick={add}>Thêm tỷ lệ</Button>
        <Button type="primary" disabled={!dirty} loading={busy} onClick={() => void save()}>
          Ghi tỷ lệ
        </Button>
        {dirty ? (
          <Button type="text" onClick={() => setDirty(false)}>
            Hủy thay đổi
          </Button>
        ) : null}
        {dirty ? <Typography.Text type="warning">Chưa lưu</Typography.Text> : null}
      </Space>
    </Card>
  );
}
