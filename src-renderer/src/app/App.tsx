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

/** Same look as the indicator in index.html (styled there), kept until the first screen can show. */
function BootScreen() {
  return (
    <div className="boot" role="status" aria-live="polite">
      <div className="boot__spinner" />
      <div className="boot__text">Đang mở Thi đua HTX…</div>
    </div>
  );
}

export function App() {
  const ready = useStartup();
  // Built once start-up is done: the first-start redirect has set the address by then.
  const router = useMemo(() => (ready ? createHashRouter(buildRoutes()) : null), [ready]);
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#1f5fa8', borderRadius: 4, fontSize: 14 } }} datePicker={{}}>
      <AntApp>
        <VersionChangeNotice />
        {router ? <RouterProvider router={router} /> : <BootScreen />}
      </AntApp>
    </ConfigProvider>
  );
}
