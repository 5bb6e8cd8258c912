import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      extra={
        <Link to="/units">
          <Button type="primary">Về danh bạ đơn vị</Button>
        </Link>
      }
    />
  );
}
