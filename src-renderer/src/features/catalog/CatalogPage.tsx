import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { CatalogEntry, EligibilityRule } from '@/domain/awards/types';
import { COMMENDATION_TYPES } from '@/domain/awards/types';
import { AWARD_LEVEL_LABEL, CATALOG_KIND_LABEL, COMMENDATION_TYPE_LABEL, RECIPIENT_LABEL, VOTE_BASE_LABEL } from '@/domain/awards/labels';
import { describeRule } from '@/domain/awards/describeRule';
import { ruleTypes } from '@/domain/awards/eligibility';
import { formatDate, formatNumber, todayIso } from '@/domain/text/format';
import { deleteRule, listRules } from '@/db/repositories/awards/catalog';
import { countUnplacedAwards, placeUnplacedAwards } from '@/db/repositories/awards/awardPlacement';
import { getRuleChanges, type RuleChanges } from '@/db/repositories/awards/ruleChanges';
import { useCatalog, useCatalogNames } from '@/ui/useCatalog';
import { CatalogEntryForm } from './CatalogEntryForm';
import { RuleForm } from './RuleForm';
import { RuleTreeLines } from './RuleTreeLines';
import { OfficeQuotasSection } from './OfficeQuotasSection';
import { useShowError } from '@/ui/showError';
import { TableExportButton } from '@/ui/TableExportButton';
import { byNumber, byText } from '@/ui/tableSort';

const typeOrder = (r: EligibilityRule) => Math.min(...ruleTypes(r).map((t) => COMMENDATION_TYPES.indexOf(t)));
const periodText = (r: Pick<EligibilityRule, 'effectiveFrom' | 'effectiveTo'>) =>
  `${formatDate(r.effectiveFrom)} – ${r.effectiveTo ? formatDate(r.effectiveTo) : 'nay'}`;

/** The rules of one entry as readable condition trees, grouped by period (newest first), then by commendation type. */
function RulesOf({ code, changes }: { code: string; changes: RuleChanges | undefined }) {
  const rules = useLiveQuery(() => listRules(code), [code]);
  const names = useCatalogNames();
  const [editing, setEditing] = useState<EligibilityRule | 'new' | null>(null);
  const showError = useShowError();
  const today = todayIso();
  const periods = useMemo(() => {
    const m = new Map<string, EligibilityRule[]>();
    for (const r of rules ?? []) {
      const key = `${r.effectiveFrom}|${r.effectiveTo ?? ''}`;
      m.set(key, [...(m.get(key) ?? []), r]);
    }
    return [...m.values()].map((rs) => rs.sort((a, b) => typeOrder(a) - typeOrder(b))).sort((a, b) => b[0]!.effectiveFrom.localeCompare(a[0]!.effectiveFrom));
  }, [rules]);
  const latest = periods[0]?.[0];
  return (
    <div data-testid={`rules-${code}`} style={{ maxWidth: 1100 }}>
      <Button size="small" onClick={() => setEditing('new')} style={{ marginBottom: 6 }}>
        Thêm điều kiện
      </Button>
      {rules && !rules.length ? (
        <Typography.Paragraph type="secondary">Chưa có điều kiện: đề nghị hình thức này không được xét tự động.</Typography.Paragraph>
      ) : null}
      {periods.map((rs) => {
        const p = rs[0]!;
        const inForce = p.effectiveFrom <= today && (!p.effectiveTo || today <= p.effectiveTo);
        return (
          <div key={`${p.effectiveFrom}|${p.effectiveTo ?? ''}`} data-testid="rule-period" style={{ marginBottom: 10 }}>
            <div style={{ fontWeight: 600, margin: '4px 0' }}>
              Hiệu lực {periodText(p)} {inForce ? <Tag color="green">Đang áp dụng</Tag> : null}
            </div>
            {rs.map((r) => (
              <div
                key={r.id}
                data-testid="rule"
                data-rule-id={r.id}
                style={{ borderLeft: `3px solid ${inForce ? '#52c41a' : '#d9d9d9'}`, padding: '4px 0 6px 10px', margin: '0 0 8px 4px' }}
              >
                <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
                  <div style={{ flex: 1, minWidth: 0 }}>
                    {ruleTypes(r).map((t) => (
                      <Tag key={t} color="blue">
                        {COMMENDATION_TYPE_LABEL[t]}
                      </Tag>
                    ))}
                    {changes?.changed.includes(r.id) ? <Tag color="green">Đã cập nhật theo văn bản</Tag> : null}
                    {changes?.keptEdited.includes(r.id) ? <Tag color="gold">Cơ quan đã sửa: cần đối chiếu văn bản mới</Tag> : null}
                    {r.origin === 'manual' ? <Tag>Cơ quan tự đặt</Tag> : null}
                    {r.needsCheck ? <Tag color="orange">cần kiểm tra văn bản</Tag> : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      Căn cứ: {r.legalBasis || '(chưa ghi)'}
                    </Typography.Text>
                  </div>
                  <Space size={0} style={{ flex: 'none' }}>
                    <Button type="link" size="small" onClick={() => setEditing(r)}>
                      Sửa
                    </Button>
                    <Popconfirm title="Xóa điều kiện này?" okText="Xóa" cancelText="Hủy" onConfirm={() => deleteRule(r.id).catch(showError)}>
                      <Button type="link" size="small" danger>
                        Xóa
                      </Button>
                    </Popconfirm>
                  </Space>
                </div>
                <RuleTreeLines lines={describeRule(r.condition, names)} testId="rule-tree" />
                {r.chainClauses ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="rule-chain-clauses">
                    {[
                      r.chainClauses.reusedYears ? `Năm đã tính cho khen thưởng trước không tính lại (${r.chainClauses.reusedYears})` : '',
                      r.chainClauses.servedDiscipline ? `thành tích tính từ khi chấp hành xong kỷ luật (${r.chainClauses.servedDiscipline})` : '',
                    ]
                      .filter(Boolean)
                      .join('; ')}
                  </Typography.Text>
                ) : null}
              </div>
            ))}
          </div>
        );
      })}
      <RuleForm
        catalogCode={code}
        rule={editing && editing !== 'new' ? editing : undefined}
        template={latest}
        open={editing !== null}
        onClose={() => setEditing(null)}
      />
    </div>
  );
}

/** Award history on no entry counts for nothing: offer to place it (again) after the catalogue changed. */
function UnplacedAwards() {
  const { message } = App.useApp();
  const showError = useShowError();
  const unplaced = useLiveQuery(() => countUnplacedAwards(), []);
  const [busy, setBusy] = useState(false);
  if (!unplaced) return null;
  const place = async () => {
    setBusy(true);
    try {
      const r = await placeUnplacedAwards();
      const left = r.unplaced - r.placed;
      message.success(
        `Đã xếp ${formatNumber(r.placed)} trong ${formatNumber(r.unplaced)} khen thưởng vào danh mục${left ? `; ${formatNumber(left)} khen thưởng vẫn chưa khớp mục nào (sửa ở lịch sử khen thưởng của từng đơn vị, cá nhân)` : ''}.`,
      );
    } catch (e) {
      showError(e);
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
      action={
        <Button size="small" loading={busy} onClick={() => void place()}>
          Xếp vào danh mục
        </Button>
      }
    />
  );
}

const councilText = (e: CatalogEntry) => (e.council ? `${e.council.percent}% ${VOTE_BASE_LABEL[e.council.base]}` : '');

/** Award catalogue (danh mục danh hiệu, hình thức khen thưởng) and the eligibility rules of each entry. */
export function CatalogPage() {
  const catalog = useCatalog();
  const allRules = useLiveQuery(() => listRules(), []);
  const changes = useLiveQuery(() => getRuleChanges(), []);
  const [editing, setEditing] = useState<CatalogEntry | 'new' | null>(null);
  const rulesByCode = useMemo(() => {
    const m = new Map<string, EligibilityRule[]>();
    for (const r of allRules ?? []) m.set(r.catalogCode, [...(m.get(r.catalogCode) ?? []), r]);
    return m;
  }, [allRules]);
  // The rows as shown (after the user's column sort), for the export.
  const [shownCatalog, setShownCatalog] = useState<CatalogEntry[]>();
  const changedCount = (changes?.changed ?? []).filter((id) => allRules?.some((r) => r.id === id)).length;
  return (
    <div>
      <Typography.Title level={4}>Danh mục khen thưởng</Typography.Title>
      <UnplacedAwards />
      {changedCount ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="catalog-changed-rules"
          title={`${formatNumber(changedCount)} điều kiện mẫu đã được cập nhật theo văn bản trong lần nâng cấp vừa rồi (đánh dấu "Đã cập nhật theo văn bản" khi mở từng danh hiệu, hình thức).`}
        />
      ) : null}
      {changes?.keptEdited.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${formatNumber(changes.keptEdited.length)} điều kiện cơ quan đã sửa được giữ nguyên khi cập nhật: đối chiếu lại với văn bản mới.`}
        />
      ) : null}
      <div className="page-toolbar">
        <Button type="primary" onClick={() => setEditing('new')}>
          Thêm danh hiệu, hình thức
        </Button>
        <TableExportButton<CatalogEntry>
          disabled={!catalog?.length}
          spec={() => ({
            fileName: 'Danh muc khen thuong',
            title: ['DANH MỤC DANH HIỆU, HÌNH THỨC KHEN THƯỞNG'],
            columns: [
              { title: 'Mã', value: (e) => e.code, width: 14 },
              { title: 'Tên', value: (e) => e.name, width: 50 },
              { title: 'Số điều kiện', value: (e) => rulesByCode.get(e.code)?.length ?? 0, width: 12 },
              { title: 'Loại', value: (e) => CATALOG_KIND_LABEL[e.kind], width: 20 },
              { title: 'Đối tượng', value: (e) => RECIPIENT_LABEL[e.recipient], width: 12 },
              { title: 'Cấp', value: (e) => AWARD_LEVEL_LABEL[e.level], width: 20 },
              { title: 'Thẩm quyền', value: (e) => e.authority, width: 30 },
              { title: 'Ngưỡng Hội đồng', value: councilText, width: 24 },
              { title: 'Đang dùng', value: (e) => (e.active ? 'Có' : 'Không'), width: 10 },
            ],
            rows: shownCatalog ?? catalog ?? [],
          })}
        />
      </div>
      <Table<CatalogEntry>
        size="small"
        rowKey="code"
        dataSource={catalog ?? []}
        loading={catalog === undefined}
        pagination={false}
        scroll={{ x: 1380 }}
        onChange={(_p, _f, _s, extra) => setShownCatalog(extra.currentDataSource)}
        expandable={{ fixed: 'left', expandedRowRender: (e) => <RulesOf code={e.code} changes={changes} /> }}
        columns={[
          { title: <span>Mã</span>, dataIndex: 'code', width: 120, sorter: byText((e) => e.code) },
          { title: <span>Tên</span>, dataIndex: 'name', width: 270, sorter: byText((e) => e.name) },
          {
            title: <span>Điều kiện</span>,
            width: 130,
            sorter: byNumber((e) => rulesByCode.get(e.code)?.length ?? 0),
            render: (_: unknown, e) => {
              const rs = rulesByCode.get(e.code) ?? [];
              const changed = rs.some((r) => changes?.changed.includes(r.id));
              return (
                <>
                  {rs.length ? `${rs.length} điều kiện` : <Typography.Text type="secondary">chưa có</Typography.Text>}
                  {changed ? (
                    <Tag color="green" style={{ marginLeft: 4 }}>
                      cập nhật
                    </Tag>
                  ) : null}
                </>
              );
            },
          },
          {
            title: <span>Loại</span>,
            dataIndex: 'kind',
            width: 150,
            sorter: byText((e) => CATALOG_KIND_LABEL[e.kind]),
            render: (k: CatalogEntry['kind']) => CATALOG_KIND_LABEL[k],
          },
          {
            title: <span>Đối tượng</span>,
            dataIndex: 'recipient',
            width: 110,
            sorter: byText((e) => RECIPIENT_LABEL[e.recipient]),
            render: (r: CatalogEntry['recipient']) => RECIPIENT_LABEL[r],
          },
          {
            title: <span>Cấp</span>,
            dataIndex: 'level',
            width: 150,
            sorter: byText((e) => AWARD_LEVEL_LABEL[e.level]),
            render: (l: CatalogEntry['level']) => AWARD_LEVEL_LABEL[l],
          },
          { title: <span>Thẩm quyền</span>, dataIndex: 'authority', width: 180, sorter: byText((e) => e.authority) },
          { title: <span>Ngưỡng Hội đồng</span>, width: 170, sorter: byText(councilText), render: (_: unknown, e) => councilText(e) },
          {
            title: <span>Đang dùng</span>,
            dataIndex: 'active',
            width: 110,
            sorter: byNumber((e) => e.active),
            render: (a: 0 | 1) => (a ? <Tag color="green">Có</Tag> : <Tag>Không</Tag>),
          },
          {
            title: <span className="sr-only">Thao tác</span>,
            width: 60,
            render: (_: unknown, e) => (
              <Button type="link" size="small" onClick={() => setEditing(e)}>
                Sửa
              </Button>
            ),
          },
        ]}
      />
      <CatalogEntryForm
        entry={editing && editing !== 'new' ? editing : undefined}
        open={editing !== null}
        nextOrder={((catalog ?? []).reduce((m, c) => Math.max(m, c.sortOrder), 0) || 0) + 10}
        onClose={() => setEditing(null)}
      />
      {catalog ? <OfficeQuotasSection catalog={catalog} /> : null}
    </div>
  );
}
