import { Component, type ReactNode } from 'react';
import { Button } from 'antd';
import { Notice } from '../ui/Notice';

type State = { error?: Error };

/** A rendering bug outside any page (the frame itself) shows a Chinese message and a way back, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Notice
        kind="error"
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
