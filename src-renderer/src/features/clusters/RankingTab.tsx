import { Table, Tooltip, Typography } from 'antd';
import type { ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { memberTotals, rankMembers, type RankedMember } from '@/domain/emulation/scoring';
import { formatNumber } from '@/domain/text/format';
import { byNumber, byText } from '@/ui/tableSort';
import { TableExportButton } from '@/ui/TableExportButton';
import { useSortedView } from '@/ui/useSortedView';

export function clusterRanking(cy: ClusterYear, criteria: Criterion[], scores: Score[]): RankedMember[] {
  return rankMembers(cy.members, memberTotals(cy.members, criteria, scores));
}

/** Ranking by the final score (agreed, else cross, else self), ties explained. */
export function RankingTab({ cy, clusterName, criteria, scores }: { cy: ClusterYear; clusterName?: string; criteria: Criterion[]; scores: Score[] }) {
  const ranked = clusterRanking(cy, criteria, scores);
  const n = (v: number) => formatNumber(v, true);
  const { view, onChange } = useSortedView(ranked);
  return (
    <>
      <Typography.Paragraph type="secondary">
        Điểm xét là điểm thống nhất; tiêu chí chưa có điểm thống nhất lấy điểm chấm chéo, rồi điểm tự chấm. Bằng tổng điểm thì đơn vị có điểm tiêu chí cao hơn
        xếp trên, tiếp đến đơn vị bị trừ ít điểm hơn.
      </Typography.Paragraph>
      <div style={{ marginBottom: 8 }}>
        <Tooltip title={ranked.length ? undefined : 'Cụm chưa có thành viên để xếp hạng.'}>
          <span>
            <TableExportButton
              label="Xuất bảng xếp hạng (Excel)"
              disabled={!ranked.length}
              spec={() => ({
                fileName: `Xep-hang-${cy.year}`,
                sheetName: 'Xếp hạng',
                title: [`BẢNG XẾP HẠNG THI ĐUA NĂM ${cy.year}`, ...(clusterName ? [clusterName] : [])],
                rows: view,
                columns: [
                  { title: 'Hạng', value: (r) => r.rank },
                  { title: 'Đơn vị', value: (r) => r.name },
                  { title: 'Tự chấm', value: (r) => r.totals.self.total },
                  { title: 'Chấm chéo', value: (r) => r.totals.cross.total },
                  { title: 'Điểm tiêu chí', value: (r) => r.totals.final.base },
                  { title: 'Thưởng', value: (r) => r.totals.final.bonus },
                  { title: 'Trừ', value: (r) => r.totals.final.penalty },
                  { title: 'Tổng điểm', value: (r) => r.totals.final.total },
                  { title: 'Chưa thống nhất', value: (r) => r.totals.missingAgreed || '' },
                  { title: 'Ghi chú xếp hạng', value: (r) => r.tieNote },
                ],
              })}
            />
          </span>
        </Tooltip>
      </div>
      <Table<RankedMember>
        onChange={onChange}
        size="small"
        rowKey="memberId"
        pagination={false}
        dataSource={ranked}
        data-testid="ranking-table"
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 70, sorter: byNumber((r) => r.rank) },
          {
            title: 'Đơn vị',
            dataIndex: 'name',
            sorter: byText((r) => r.name),
            render: (name: string, r) => (
              <>
                {name}
                {r.tieNote && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.tieNote}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          { title: 'Tự chấm', width: 95, align: 'right', render: (_: unknown, r) => n(r.totals.self.total), sorter: byNumber((r) => r.totals.self.total) },
          {
            title: 'Chấm chéo',
            width: 105,
            align: 'right',
            render: (_: unknown, r) => n(r.totals.cross.total),
            sorter: byNumber((r) => r.totals.cross.total),
          },
          {
            title: 'Điểm tiêu chí',
            width: 115,
            align: 'right',
            render: (_: unknown, r) => n(r.totals.final.base),
            sorter: byNumber((r) => r.totals.final.base),
          },
          { title: 'Thưởng', width: 90, align: 'right', render: (_: unknown, r) => n(r.totals.final.bonus), sorter: byNumber((r) => r.totals.final.bonus) },
          { title: 'Trừ', width: 70, align: 'right', render: (_: unknown, r) => n(r.totals.final.penalty), sorter: byNumber((r) => r.totals.final.penalty) },
          {
            title: 'Tổng điểm',
            width: 105,
            align: 'right',
            render: (_: unknown, r) => <b>{n(r.totals.final.total)}</b>,
            sorter: byNumber((r) => r.totals.final.total),
          },
          {
            title: 'Chưa thống nhất',
            width: 120,
            align: 'right',
            render: (_: unknown, r) => r.totals.missingAgreed || '',
            sorter: byNumber((r) => r.totals.missingAgreed),
          },
        ]}
      />
    </>
  );
}
