import { ConfigProvider, App as AntApp } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { createHashRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { useMemo } from 'react';
import { FEATURES } from './routes';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';
import { useStartup } from './useStartup';
import { VersionChangeNotice } from '@/features/backup/VersionChangeNotice';

dayjs.locale('vi');

function buildRoutes(): RouteObject[] {
  const routes = FEATURES.flatMap((f) => f.routes);
  const bare = routes.filter((r) => r.bare).map((r) => ({ path: r.path, element: r.element, errorElement: <RouteErrorPage /> }));
  const framed = routes.filter((r) => !r.bare).map((r) => ({ path: r.path, element: r.element }));
  return [
    ...bare,
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorPage />,
      children: [...framed, { path: '*', element: <NotFoundPage /> }],
    },
  ];
}

export function App() {
  const router = useMemo(() => createHashRouter(buildRoutes()), []);
  const ready = useStartup();
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 4, fontSize: 14 } }} datePicker={{}}>
      <AntApp>
        <VersionChangeNotice />
        {ready ? <RouterProvider router={router} /> : null}
      </AntApp>
    </ConfigProvider>
  );
}
