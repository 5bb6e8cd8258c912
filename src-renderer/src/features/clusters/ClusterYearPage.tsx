import { Breadcrumb, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useCluster, useClusterYear, useCriteria, useScores, useVotes } from './useClusters';
import { YearInfoTab } from './YearInfoTab';
import { CriteriaTab } from './CriteriaTab';
import { ScoringTab } from './ScoringTab';
import { RankingTab } from './RankingTab';
import { VotesTab } from './VotesTab';

export function ClusterYearPage() {
  const { id = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const cluster = useCluster(id);
  const cy = useClusterYear(id, year);
  const criteria = useCriteria(cy?.id);
  const scores = useScores(cy?.id);
  const votes = useVotes(cy?.id);
  if (cluster === undefined || cy === undefined) return null;
  if (!cluster || !cy) return <Typography.Text>Không tìm thấy năm thi đua.</Typography.Text>;
  return (
    <div>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/clusters">Cụm, khối thi đua</Link> },
          { title: <Link to={`/clusters/${id}`}>{cluster.name}</Link> },
          { title: `Năm ${year}` },
        ]}
      />
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {cluster.name} — năm {year}
      </Typography.Title>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'info', label: 'Cụm trưởng, giao ước', children: <YearInfoTab cy={cy} /> },
          { key: 'criteria', label: 'Bảng tiêu chí', children: criteria && <CriteriaTab clusterYearId={cy.id} criteria={criteria} /> },
          {
            key: 'scoring',
            label: 'Chấm điểm',
            children: criteria && scores && <ScoringTab cy={cy} clusterName={cluster.name} criteria={criteria} scores={scores} />,
          },
          {
            key: 'ranking',
            label: 'Xếp hạng',
            children: criteria && scores && <RankingTab cy={cy} clusterName={cluster.name} criteria={criteria} scores={scores} />,
          },
          { key: 'votes', label: 'Bỏ phiếu', children: votes && <VotesTab cy={cy} votes={votes} /> },
        ]}
      />
    </div>
  );
}
