import { Component, type ReactNode } from 'react';
import { Button, Result } from 'antd';

type State = { error?: Error };

/** A rendering bug shows a Chinese message and a way back, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="页面出现错误"
        subTitle={`数据未受影响。错误信息：${this.state.error.message}`}
        extra={
          <Button type="primary" onClick={() => location.reload()}>
            重新加载
          </Button>
        }
      />
    );
  }
}

export function RouteError() {
  return <Result status="404" title="页面不存在" subTitle="请从左侧菜单进入。" />;
}
