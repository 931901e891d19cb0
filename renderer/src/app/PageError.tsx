// What the router shows in place of a page: a page that failed (PageError) or an address no
// page answers (NotFound). Kept apart from ErrorBoundary, which stands before the router loads.
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { Button, Space } from 'antd';
import { Notice } from '../ui/Notice';

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : '未知错误';
}

/** A page's module could not be loaded (e.g. the program was updated while it was open). */
function isLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
}

/**
 * Shown in place of a page that failed to render or load, inside the normal frame: the menu
 * stays, and the user can go back to 工作台 or reload. Navigating elsewhere clears it.
 */
export function PageError() {
  const error = useRouteError();
  const navigate = useNavigate();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  const loadFailed = isLoadFailure(error);
  return (
    <Notice
      kind="error"
      title={loadFailed ? '页面文件加载失败' : '这个页面出现错误'}
      subTitle={
        <>
          <div>数据未受影响。可以返回工作台，或重新加载后再试。</div>
          <div style={{ marginTop: 8, color: '#8c8c8c' }} data-testid="page-error-detail">
            技术信息（供维护人员参考）：{errorMessage(error)}
          </div>
        </>
      }
      extra={
        <Space>
          <Button type="primary" onClick={() => navigate('/')}>
            返回工作台
          </Button>
          <Button onClick={() => location.reload()}>重新加载</Button>
        </Space>
      }
    />
  );
}

/** An address no page answers (inside the frame, with the menu). */
export function NotFound() {
  const navigate = useNavigate();
  return (
    <Notice
      kind="missing"
      title="页面不存在"
      subTitle="请从左侧菜单进入。"
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
