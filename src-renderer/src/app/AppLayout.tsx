import { Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { FEATURES } from './routes';
import { NAV_GROUP_LABEL, type NavGroup, type NavItem } from './feature';
import { useSavedOfficeProfile } from '@/ui/useOfficeProfile';

const GROUP_ORDER: NavGroup[] = ['registry', 'emulation', 'awards', 'data', 'system'];

function menuItems(): MenuProps['items'] {
  const nav = FEATURES.flatMap((f) => f.nav);
  return GROUP_ORDER.map((group) => {
    const items = nav.filter((n) => n.group === group).sort((a, b) => a.order - b.order);
    return items.length ? { type: 'group' as const, key: group, label: NAV_GROUP_LABEL[group], children: items.map(toItem) } : null;
  }).filter(Boolean);
}

function toItem(n: NavItem) {
  return { key: n.path, icon: n.icon, label: n.label };
}

/** Longest nav path that prefixes the current location, so detail pages keep their menu entry lit. */
function selectedKey(pathname: string): string[] {
  const paths = FEATURES.flatMap((f) => f.nav.map((n) => n.path));
  const best = paths.filter((p) => pathname === p || pathname.startsWith(`${p}/`)).sort((a, b) => b.length - a.length)[0];
  return best ? [best] : [];
}

export function AppLayout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items = useMemo(menuItems, []);
  const profile = useSavedOfficeProfile(); // no default name shown as the office's before the setup
  // Only the content scrolls (the sidebar stays); each page opens at its top (a saved unit too).
  const content = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    content.current?.scrollTo({ top: 0 }); // braces: Chromium's scrollTo may return a Promise, not an effect cleanup
  }, [pathname]);
  return (
    <Layout style={{ height: '100%' }}>
      <Layout.Sider className="app-chrome" width={232} theme="light" style={{ borderRight: '1px solid #eee', overflow: 'auto' }}>
        <div style={{ padding: '14px 16px 6px' }}>
          <Typography.Title level={5} style={{ margin: 0, color: '#1f5fa8' }}>
            Thi đua HTX
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {profile?.allianceName}
          </Typography.Text>
        </div>
        <Menu mode="inline" items={items} selectedKeys={selectedKey(pathname)} onClick={({ key }) => navigate(key)} />
      </Layout.Sider>
      <Layout.Content ref={content} id="app-content" className="app-content" style={{ padding: 16, overflow: 'auto', background: '#fff' }}>
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
