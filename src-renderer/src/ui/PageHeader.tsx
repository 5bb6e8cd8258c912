import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A screen's title with its actions on the right (e.g. the "Thêm …" button). */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        {title}
      </Typography.Title>
      {children}
    </Space>
  );
}
