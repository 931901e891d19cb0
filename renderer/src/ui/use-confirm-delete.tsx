import { App, Button } from 'antd';
import { useCallback } from 'react';

type DeleteOptions = {
  /** e.g. 「乡镇「河田镇」」 */
  what: string;
  remove: () => Promise<void>;
  undo: () => Promise<void>;
};

/**
 * Destructive actions ask once, then offer 撤销 for a few seconds after (PRODUCT.md:
 * "every destructive action asks once and can be undone").
 */
export function useConfirmDelete(): (options: DeleteOptions) => void {
  const { modal, message } = App.useApp();
  return useCallback(
    ({ what, remove, undo }: DeleteOptions) => {
      modal.confirm({
        title: `确定删除${what}吗？`,
        content: '删除后可立即撤销。',
        okText: '删除',
        okButtonProps: { danger: true },
        cancelText: '取消',
        onOk: async () => {
          try {
            await remove();
          } catch (e) {
            message.error(`删除失败：${(e as Error).message}`);
            return;
          }
          const key = `undo-${Date.now()}`;
          message.success({
            key,
            duration: 8,
            content: (
              <span>
                已删除{what}
                <Button
                  type="link"
                  size="small"
                  onClick={async () => {
                    message.destroy(key);
                    try {
                      await undo();
                      message.success(`已撤销删除${what}`);
                    } catch (e) {
                      message.error(`撤销失败：${(e as Error).message}`);
                    }
                  }}
                >
                  撤销
                </Button>
              </span>
            ),
          });
        },
      });
    },
    [modal, message],
  );
}
