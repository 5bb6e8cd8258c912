import { ArrowLeftOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** Where a detail page's back link goes: the list it was opened from (which keeps its search and scroll). */
export interface PageBack {
  to: string;
  label: string;
}

/** The back link above a detail page's title: "← Danh bạ đơn vị". */
export function BackLink({ back }: { back: PageBack }) {
  return (
    <nav aria-label="Điều hướng" className="page-back">
      <Link to={back.to}>
        <ArrowLeftOutlined aria-hidden /> {back.label}
      </Link>
    </nav>
  );
}

/** A screen's title with its actions on the right (e.g. the "Thêm …" button); `back` adds a back link above it. */
export function PageHeader({ title, back, children }: { title: ReactNode; back?: PageBack; children?: ReactNode }) {
  return (
    <>
      {back && <BackLink back={back} />}
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
          {title}
        </Typography.Title>
        {children && <Space wrap>{children}</Space>}
      </Space>
    </>
  );
}
