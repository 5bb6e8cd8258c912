import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Cluster } from '@/domain/emulation/types';
import { consolidatePackages, matchPackageMember, type MemberBreakdown } from '@/domain/summary/consolidate';
import { PackageReadError, readPackageWorkbook } from '@/domain/summary/package-workbook';
import type { SummaryTables } from '@/domain/summary/summary-workbook';
import { formatDateTime } from '@/domain/text/format';
import { errorMessage } from '@/domain/errors';
import { listPackages, storeSummaryPackage } from '@/db/repositories/emulation/summary';
import { pickWorkbooks } from '@/ui/workbookFiles';
import { useShowError } from '@/ui/showError';
import { byDate, byNumber, byText } from '@/ui/tableSort';

/** Cluster chair: import the members' summary packages and see the cluster totals. */
export function useConsolidation(cluster: Cluster | undefined, year: number) {
  return useLiveQuery(async () => {
    if (!cluster) return undefined;
    const packages = await listPackages(cluster.id, year);
    return consolidatePackages(year, cluster.members, packages);
  }, [cluster, year]);
}

export function consolidationTables(cluster: Cluster, year: number, c: NonNullable<ReturnType<typeof useConsolidation>>): SummaryTables {
  return {
    title: `TỔNG HỢP SỐ LIỆU TỔNG KẾT NĂM ${year} — ${cluster.name.toUpperCase()}`,
    year,
    total: c.total,
    bySector: c.bySector,
    byProvince: c.byProvince,
    modelUnits: c.modelUnits,
    members: c.members.map((m) => ({ memberName: m.memberName, bucket: m.bucket })),
  };
}

export function PackageImportPanel({ cluster, year, members }: { cluster: Cluster; year: number; members: MemberBreakdown[] }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [notes, setNotes] = useState<Array<{ ok: boolean; text: string }>>([]);
  const importPackages = async () => {
    const { books, errors } = await pickWorkbooks(true);
    const out = errors.map((text) => ({ ok: false, text }));
    for (const b of books) {
      try {
        const data = readPackageWorkbook(b.wb, b.fileName);
        if (data.year !== year) {
          out.push({ ok: false, text: `Tệp "${b.fileName}" là số liệu năm ${data.year}, không phải năm ${year}.` });
          continue;
        }
        const member = matchPackageMember(data, cluster.members);
        if (!member) {
          out.push({ ok: false, text: `Tệp "${b.fileName}": "${data.memberName}" không phải thành viên của ${cluster.name}.` });
          continue;
        }
        const { replaced } = await storeSummaryPackage(cluster.id, member, data, b.fileName);
        out.push({ ok: true, text: `${replaced ? 'Đã thay' : 'Đã nhập'} số liệu của ${member.name} từ "${b.fileName}".` });
      } catch (err) {
        out.push({ ok: false, text: err instanceof PackageReadError ? err.message : `Tệp "${b.fileName}": ${errorMessage(err)}` });
      }
    }
    setNotes(out);
    const ok = out.filter((n) => n.ok).length;
    if (ok) message.success(`Đã nhập ${ok} gói số liệu.`);
  };
  return (
    <div style={{ marginBottom: 12 }}>
      <Space style={{ marginBottom: 8 }}>
        <Button type="primary" icon={<UploadOutlined />} onClick={() => void importPackages().catch(showError)}>
          Nhập gói số liệu của thành viên
        </Button>
      </Space>
      {notes.length > 0 && (
        <Alert
          style={{ marginBottom: 8 }}
          type={notes.every((n) => n.ok) ? 'success' : 'warning'}
          showIcon
          closable
          onClose={() => setNotes([])}
          data-testid="package-import-notes"
          message={
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {notes.map((n) => (
                <li key={n.text}>{n.text}</li>
              ))}
            </ul>
          }
        />
      )}
      <Table<MemberBreakdown>
        size="small"
        rowKey="memberKey"
        pagination={false}
        dataSource={members}
        data-testid="package-status"
        columns={[
          { title: <span>Thành viên</span>, dataIndex: 'memberName', sorter: byText((m) => m.memberName) },
          {
            title: <span>Trạng thái</span>,
            width: 160,
            sorter: byNumber((m) => (m.bucket ? 1 : 0)),
            render: (_: unknown, m) => (m.bucket ? <Tag color="green">Đã có số liệu</Tag> : <Tag color="orange">Chưa gửi</Tag>),
          },
          { title: <span>Tệp</span>, dataIndex: 'fileName', sorter: byText((m) => m.fileName) },
          { title: <span>Nhập lúc</span>, dataIndex: 'importedAt', width: 160, sorter: byDate((m) => m.importedAt), render: (d?: string) => formatDateTime(d) },
        ]}
      />
    </div>
  );
}
