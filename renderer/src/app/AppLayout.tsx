import { useState } from 'react';
import { Outlet, useLocation, useMatches, useNavigate, useNavigation } from 'react-router';
import { Breadcrumb, Layout, Menu, Select, Space, Spin, Typography, type MenuProps } from 'antd';
import { AREAS } from './areas';
import type { RouteHandle } from './feature';
import { useSetting } from './use-setting';
import { HEADER_EXTRAS } from './header-extras';

const { Sider, Header, Content } = Layout;

function menuItems(): MenuProps['items'] {
  return AREAS.map((area) =>
    area.items.length === 1 && area.items[0].label === area.label
      ? { key: area.items[0].path, icon: area.icon, label: area.items[0].label }
      : { key: area.key, icon: area.icon, label: area.label, children: area.items.map((i) => ({ key: i.path, label: i.label })) },
  );
}

/** The nav key that owns the current path: the longest item path that prefixes it. */
function selectedKey(pathname: string): string {
  const paths = AREAS.flatMap((a) => a.items.map((i) => i.path));
  const within = paths.filter((p) => pathname === p || pathname.startsWith(p === '/' ? '/__' : `${p}/`)).sort((a, b) => b.length - a.length)[0];
  if (within) return within;
  // A page outside the menu (e.g. /import/villages) lights the list it belongs to (/registry/villages),
  // or nothing — never 工作台.
  const last = pathname.split('/').filter(Boolean).pop();
  return (last && paths.find((p) => p.endsWith(`/${last}`))) || '';
}

function YearSelector() {
  const [year, setYear] = useSetting('workingYear');
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - 2000 + 2 }, (_, i) => thisYear + 1 - i);
  return (
    <Space>
      <span>工作年度</span>
      <Select
        aria-label="工作年度"
        value={year}
        style={{ width: 100 }}
        onChange={(y) => void setYear(y)}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
      />
    </Space>
  );
}

export function AppLayout() {
  const [collapsed, setCollapsed] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // While the next page's module loads, the current page stays; the header says it is opening.
  const opening = useNavigation().state !== 'idle';
  const matches = useMatches();
  const [office] = useSetting('office');
  const crumbs = matches
    .map((m) => (m.handle as RouteHandle | undefined)?.crumb)
    .filter((c): c is string => Boolean(c));
  const selected = selectedKey(pathname);
  const openArea = AREAS.find((a) => a.items.some((i) => i.path === selected))?.key;

  return (
    <Layout style={{ minHeight: '100%' }}>
      <Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} theme="dark">
        <div style={{ color: '#fff', fontSize: collapsed ? 14 : 18, fontWeight: 600, padding: '16px 12px', textAlign: 'center' }}>
          {collapsed ? '联建' : '村企联建'}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          defaultOpenKeys={openArea ? [openArea] : []}
          items={menuItems()}
          onClick={({ key }) => navigate(key)}
        />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="office-name">
            {office.unitName || '村企党组织联建工作管理系统'}
          </Typography.Text>
          <Space size="large">
            {opening && (
              <Space size="small">
                <Spin size="small" />
                <span>正在打开…</span>
              </Space>
            )}
            <YearSelector />
            {HEADER_EXTRAS.map((Extra, i) => (
              <Extra key={i} />
            ))}
          </Space>
        </Header>
        <Content style={{ margin: '12px 24px 24px' }} aria-busy={opening} data-route={opening ? undefined : pathname}>
          <Breadcrumb className="no-print" style={{ marginBottom: 12 }} items={[{ title: '首页' }, ...crumbs.map((c) => ({ title: c }))]} />
          {/* The page being left cannot be clicked while the next one loads (a click there would
              open a dialog that vanishes with it). */}
          <div inert={opening} style={opening ? { opacity: 0.6 } : undefined}>
            <Outlet />
          </div>
        </Content>
      </Layout>
    </Layout>
  );
}
