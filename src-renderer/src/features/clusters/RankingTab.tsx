import { Table, Typography } from 'antd';
import type { ClusterYear, Criterion, Score } from '@/domain/emulation/types';
import { memberTotals, rankMembers, type RankedMember } from '@/domain/emulation/scoring';
import { formatNumber } from '@/domain/text/format';

export function clusterRanking(cy: ClusterYear, criteria: Criterion[], scores: Score[]): RankedMember[] {
  return rankMembers(cy.members, memberTotals(cy.members, criteria, scores));
}

/** Ranking by the final score (agreed, else cross, else self), ties explained. */
export function RankingTab({ cy, criteria, scores }: { cy: ClusterYear; criteria: Criterion[]; scores: Score[] }) {
  const ranked = clusterRanking(cy, criteria, scores);
  const n = (v: number) => formatNumber(v, true);
  return (
    <>
      <Typography.Paragraph type="secondary">
        Điểm xét là điểm thống nhất; tiêu chí chưa có điểm thống nhất lấy điểm chấm chéo, rồi điểm tự chấm. Bằng tổng điểm thì đơn vị có điểm tiêu chí cao hơn
        xếp trên, tiếp đến đơn vị bị trừ ít điểm hơn.
      </Typography.Paragraph>
      <Table<RankedMember>
        size="small"
        rowKey="memberId"
        pagination={false}
        dataSource={ranked}
        data-testid="ranking-table"
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 60 },
          { title: 'Đơn vị', dataIndex: 'name', width: 260 },
          { title: 'Tự chấm', width: 90, align: 'right', render: (_: unknown, r) => n(r.totals.self.total) },
          { title: 'Chấm chéo', width: 90, align: 'right', render: (_: unknown, r) => n(r.totals.cross.total) },
          { title: 'Điểm tiêu chí', width: 100, align: 'right', render: (_: unknown, r) => n(r.totals.final.base) },
          { title: 'Thưởng', width: 80, align: 'right', render: (_: unknown, r) => n(r.totals.final.bonus) },
          { title: 'Trừ', width: 70, align: 'right', render: (_: unknown, r) => n(r.totals.final.penalty) },
          { title: 'Tổng điểm', width: 100, align: 'right', render: (_: unknown, r) => <b>{n(r.totals.final.total)}</b> },
          { title: 'Chưa thống nhất', width: 110, align: 'right', render: (_: unknown, r) => r.totals.missingAgreed || '' },
          { title: 'Ghi chú xếp hạng', dataIndex: 'tieNote', width: 420 },
        ]}
      />
    </>
  );
}
