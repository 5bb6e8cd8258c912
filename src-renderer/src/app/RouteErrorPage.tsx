import { Button, Result } from 'antd';
import { useRouteError } from 'react-router-dom';

/** Shown when a screen throws: the data is safe (writes are transactional), the view is not. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="error"
      title="Màn hình này gặp lỗi"
      subTitle={`Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết: ${message}`}
      extra={<Button onClick={() => window.location.reload()}>Tải lại</Button>}
    />
  );
}
