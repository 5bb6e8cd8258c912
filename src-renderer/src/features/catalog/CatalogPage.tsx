import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CatalogEntry, EligibilityRule } from '@/domain/awards/types';
import { AWARD_LEVEL_LABEL, CATALOG_KIND_LABEL, RECIPIENT_LABEL, VOTE_BASE_LABEL } from '@/domain/awards/labels';
import { describeRule } from '@/domain/awards/describeRule';
import { formatDate } from '@/domain/text/format';
import { deleteRule, listRules } from '@/db/repositories/awards/catalog';
import { countUnplacedAwards, placeUnplacedAwards } from '@/db/repositories/awards/awardPlacement';
import { formatNumber } from '@/domain/text/format';
import { useCatalog, useCatalogNames } from '@/features/nominations/useCatalog';
import { CatalogEntryForm } from './CatalogEntryForm';
import { RuleForm } from './RuleForm';

function RulesOf({ code }: { code: string }) {
  const rules = useLiveQuery(() => listRules(code), [code]);
  const names = useCatalogNames();
  const [editing, setEditing] = useState<EligibilityRule | 'new' | null>(null);
  return (
    <div>
      <Button size="small" onClick={() => setEditing('new')} style={{ marginBottom: 6 }}>Thêm điều kiện</Button>
      <Table<EligibilityRule>
        size="small" rowKey="id" pagination={false} dataSource={rules ?? []}
        columns={[
          { title: 'Điều kiện', render: (_: unknown, r) => describeRule(r.condition, names) },
          { title: 'Hiệu lực', width: 200, render: (_: unknown, r) => `${formatDate(r.effectiveFrom)} – ${r.effectiveTo ? formatDate(r.effectiveTo) : 'nay'}` },
          { title: 'Căn cứ', dataIndex: 'legalBasis', width: 300, render: (v: string, r) => <>{v} {r.needsCheck ? <Tag>cần kiểm tra</Tag> : null}</> },
          {
            title: '', width: 110,
            render: (_: unknown, r) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(r)}>Sửa</Button>
                <Popconfirm title="Xóa điều kiện này?" okText="Xóa" cancelText="Không" onConfirm={() => deleteRule(r.id)}>
                  <Button type="link" size="small" danger>Xóa</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <RuleForm catalogCode={code} rule={editing && editing !== 'new' ? editing : undefined} open={editing !== null} onClose={() => setEditing(null)} />
    </div>
  );
}

/** Award history on no entry counts for nothing: offer to place it (again) after the catalogue changed. */
function UnplacedAwards() {
  const { message } = App.useApp();
  const unplaced = useLiveQuery(() => countUnplacedAwards(), []);
  const [busy, setBusy] = useState(false);
  if (!unplaced) return null;
  const place = async () => {
    setBusy(true);
    try {
      const r = await placeUnplacedAwards();
      const left = r.unplaced - r.placed;
      message.success(`Đã xếp ${formatNumber(r.placed)} trong ${formatNumber(r.unplaced)} khen thưởng vào danh mục${left ? `; ${formatNumber(left)} khen thưởng vẫn chưa khớp mục nào (sửa ở lịch sử khen thưởng của từng đơn vị, cá nhân)` : ''}.`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="catalog-unplaced"
      title={`${formatNumber(unplaced)} khen thưởng trong lịch sử chưa thuộc mục nào của danh mục, nên không được tính khi xét điều kiện.`}
      action={<Button size="small" loading={busy} onClick={() => void place()}>Xếp vào danh mục</Button>}
    />
  );
}

/** Award catalogue (danh mục danh hiệu, hình thức khen thưởng) and the eligibility rules of each entry. */
export function CatalogPage() {
  const catalog = useCatalog();
  const [editing, setEditing] = useState<CatalogEntry | 'new' | null>(null);
  return (
    <div>
      <Typography.Title level={4}>Danh mục khen thưởng</Typography.Title>
      <UnplacedAwards />
      <div className="page-toolbar"><Button type="primary" onClick={() => setEditing('new')}>Thêm danh hiệu, hình thức</Button></div>
      <Table<CatalogEntry>
        size="small" rowKey="code" dataSource={catalog ?? []} loading={catalog === undefined} pagination={false} scroll={{ x: 1400 }}
        expandable={{ expandedRowRender: (e) => <RulesOf code={e.code} /> }}
        columns={[
          { title: 'Mã', dataIndex: 'code', width: 120 },
          { title: 'Tên', dataIndex: 'name', width: 300 },
          { title: 'Loại', dataIndex: 'kind', width: 170, render: (k: CatalogEntry['kind']) => CATALOG_KIND_LABEL[k] },
          { title: 'Đối tượng', dataIndex: 'recipient', width: 90, render: (r: CatalogEntry['recipient']) => RECIPIENT_LABEL[r] },
          { title: 'Cấp', dataIndex: 'level', width: 170, render: (l: CatalogEntry['level']) => AWARD_LEVEL_LABEL[l] },
          { title: 'Thẩm quyền', dataIndex: 'authority', width: 200 },
          { title: 'Ngưỡng Hội đồng', width: 200, render: (_: unknown, e) => (e.council ? `${e.council.percent}% ${VOTE_BASE_LABEL[e.council.base]}` : '') },
          { title: 'Đang dùng', dataIndex: 'active', width: 90, render: (a: 0 | 1) => (a ? <Tag color="green">Có</Tag> : <Tag>Không</Tag>) },
          { title: '', width: 60, render: (_: unknown, e) => <Button type="link" size="small" onClick={() => setEditing(e)}>Sửa</Button> },
        ]}
      />
      <CatalogEntryForm entry={editing && editing !== 'new' ? editing : undefined} open={editing !== null}
        nextOrder={((catalog ?? []).reduce((m, c) => Math.max(m, c.sortOrder), 0) || 0) + 10} onClose={() => setEditing(null)} />
    </div>
  );
}
