import { Alert, Select, Table, Tag, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadCatalogRefs } from '@/db/repositories/imports/existing';
import { RECIPIENT_LABEL } from '@/domain/awards/labels';
import type { AwardNameMatch } from '@/domain/import/planTypes';
import { formatNumber } from '@/domain/text/format';
import { foldFilter } from '@/ui/foldFilter';
import type { ImportWizard } from './useImportWizard';
import { byNumber, byText } from '@/ui/tableSort';

const NONE = '';

/**
 * Awards: each distinct title/form name of the file and the catalogue entry it counts as.
 * Only history placed on an entry counts toward eligibility, so unplaced names are called out.
 */
export function AwardNamesTable({ w, names }: { w: ImportWizard; names: AwardNameMatch[] }) {
  const catalog = useLiveQuery(() => loadCatalogRefs(), []) ?? [];
  if (!names.length) return null;
  const unplaced = names.filter((n) => !n.code);
  const unplacedRows = unplaced.reduce((s, n) => s + n.rows, 0);
  return (
    <div data-testid="import-award-names" style={{ marginBottom: 12 }}>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        Danh hiệu, hình thức trong tệp và mục danh mục tương ứng
      </Typography.Title>
      {unplaced.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={`${formatNumber(unplaced.length)} tên (${formatNumber(unplacedRows)} dòng) chưa khớp mục nào của danh mục: vẫn được lưu vào lịch sử nhưng không được tính khi xét điều kiện khen thưởng. Hãy chọn mục đúng nếu có.`}
        />
      )}
      <Table<AwardNameMatch>
        size="small"
        rowKey="key"
        dataSource={names}
        pagination={names.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        columns={[
          { title: 'Tên trong tệp', dataIndex: 'awardName', sorter: byText((n) => n.awardName) },
          {
            title: 'Đối tượng',
            width: 100,
            sorter: byText((n) => RECIPIENT_LABEL[n.recipientKind]),
            render: (_: unknown, n) => RECIPIENT_LABEL[n.recipientKind],
          },
          { title: 'Số dòng', width: 80, align: 'right', sorter: byNumber((n) => n.rows), render: (_: unknown, n) => formatNumber(n.rows) },
          {
            title: 'Tính là (mục danh mục)',
            width: 420,
            render: (_: unknown, n) => (
              <Select
                style={{ width: 400 }}
                data-testid="import-award-choice"
                value={n.code ?? NONE}
                showSearch={{ filterOption: foldFilter }}
                onChange={(code: string) => void w.chooseAward(n.key, code)}
                options={[
                  { value: NONE, label: '— Không thuộc danh mục (không tính khi xét điều kiện) —' },
                  ...catalog.filter((e) => e.recipient === n.recipientKind && (e.active || e.code === n.code)).map((e) => ({ value: e.code, label: e.name })),
                ]}
              />
            ),
          },
          {
            title: '',
            width: 110,
            render: (_: unknown, n) =>
              n.by === 'user' ? <Tag color="blue">đã chọn</Tag> : n.code ? <Tag color="green">tự khớp</Tag> : <Tag color="orange">chưa khớp</Tag>,
          },
        ]}
      />
    </div>
  );
}
