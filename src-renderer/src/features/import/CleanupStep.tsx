import { Collapse, Empty, Table, Typography } from 'antd';
import { REPAIR_KIND_LABEL } from '@/domain/import/labels';
import { columnLetter, describeIssue } from '@/domain/import/planTypes';
import { ROW_KIND_LABEL } from '@/domain/import/row-kinds';
import { formatNumber } from '@/domain/text/format';
import type { ImportWizard } from './useImportWizard';
import { byText } from '@/ui/tableSort';

/** Step 4: what the clean-up changed: legacy fonts converted, values read differently, rows dropped. */
export function CleanupStep({ w }: { w: ImportWizard }) {
  const s = w.summary;
  const p = w.plan;
  if (!s || !p) return null;
  const repairs = s.repairs.filter((r) => w.sheets.some((i) => s.sheets[i]?.name === r.sheet));
  return (
    <div data-testid="import-cleanup">
      <Typography.Paragraph>
        Đã tự động: chuẩn hóa Unicode (NFC), bỏ khoảng trắng thừa, đọc số kiểu 1.250.000 và dấu "-" là 0, đọc ngày dd/mm/yyyy, giữ số 0 đầu của mã số. Các thay
        đổi đáng chú ý:
      </Typography.Paragraph>
      <Collapse
        defaultActiveKey={['repairs', 'dropped']}
        items={[
          {
            key: 'repairs',
            label: `Chuyển phông chữ cũ sang Unicode: ${formatNumber(s.repairCount)} ô`,
            children: repairs.length ? (
              <Table
                size="small"
                pagination={{ pageSize: 20 }}
                rowKey={(r) => `${r.sheet}:${r.row}:${r.col}`}
                dataSource={repairs}
                data-testid="import-repairs"
                columns={[
                  {
                    title: 'Ô',
                    width: 120,
                    sorter: (a, b) => byText<typeof a>((r) => r.sheet)(a, b) || a.row - b.row || a.col - b.col,
                    render: (_: unknown, r) => `${r.sheet}!${columnLetter(r.col)}${r.row + 1}`,
                  },
                  {
                    title: 'Bảng mã',
                    dataIndex: 'kind',
                    width: 110,
                    sorter: byText((r) => REPAIR_KIND_LABEL[r.kind]),
                    render: (k: keyof typeof REPAIR_KIND_LABEL) => REPAIR_KIND_LABEL[k],
                  },
                  { title: 'Trước', dataIndex: 'before', sorter: byText((r) => r.before) },
                  { title: 'Sau', dataIndex: 'after', sorter: byText((r) => r.after) },
                ]}
              />
            ) : (
              <Empty description="Không có ô nào dùng phông TCVN3/VNI" />
            ),
          },
          {
            key: 'dropped',
            label: `Dòng không phải dữ liệu đã bỏ (STT nhóm, dòng cộng, tiêu đề lặp, phần ký tên): ${formatNumber(p.counts.dropped)}`,
            children: (
              <Table
                size="small"
                pagination={{ pageSize: 20 }}
                rowKey={(r) => `${r.sheet}:${r.row}`}
                dataSource={p.dropped}
                data-testid="import-dropped"
                columns={[
                  {
                    title: 'Dòng',
                    width: 200,
                    sorter: (a, b) => byText<typeof a>((r) => r.sheet)(a, b) || a.row - b.row,
                    render: (_: unknown, r) => `${r.sheet} — dòng ${r.row + 1}`,
                  },
                  {
                    title: 'Loại',
                    dataIndex: 'kind',
                    width: 180,
                    sorter: byText((r) => ROW_KIND_LABEL[r.kind]),
                    render: (k: keyof typeof ROW_KIND_LABEL) => ROW_KIND_LABEL[k],
                  },
                  { title: 'Nội dung', dataIndex: 'text', sorter: byText((r) => r.text) },
                ]}
              />
            ),
          },
          {
            key: 'notes',
            label: `Giá trị được đọc lại (ngày, số, mã số): ${formatNumber(p.notesCount)}`,
            children: p.notes.length ? (
              <ul data-testid="import-notes">
                {p.notes.slice(0, 200).map((n, i) => (
                  <li key={i}>{describeIssue(n)}</li>
                ))}
              </ul>
            ) : (
              <Empty description="Không có" />
            ),
          },
        ]}
      />
    </div>
  );
}
