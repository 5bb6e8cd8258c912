import { Progress, Spin, Typography } from 'antd';
import { formatNumber } from '@/domain/text/format';
import type { RunProgress } from './useProgressRun';

/** "Đang nạp… 40 / 127 đơn vị" over a progress bar (a spinner while the total is unknown); nothing when idle. */
export function ProgressLine({ progress }: { progress: RunProgress | undefined }) {
  if (!progress) return null;
  const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <div data-testid="work-progress" role="status" style={{ marginTop: 12, maxWidth: 520 }}>
      <Typography.Text>
        {progress.total ? null : <Spin size="small" style={{ marginRight: 8 }} />}
        {progress.label}
        {progress.total ? ` ${formatNumber(progress.done)} / ${formatNumber(progress.total)} đơn vị` : ''}
      </Typography.Text>
      {progress.total ? <Progress percent={percent} status="active" size="small" /> : null}
    </div>
  );
}
