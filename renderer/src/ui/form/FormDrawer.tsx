// The drawer every registry form opens in: labels on the left, validation as a field is left,
// Enter to the next field, Ctrl+S to save, Esc or 取消 to close (asking first when something
// was changed), errors from the store listed at the top, 保存 at the bottom right.
import type { ReactNode } from 'react';
import { Alert, App, Button, Drawer, Space } from 'antd';
import { enterToNextField, useSaveShortcut } from '../form-keys';

type Props = {
  open: boolean;
  title: string;
  width?: number;
  saving: boolean;
  errors: string[];
  /** Whether anything was changed since the form opened. */
  isDirty: () => boolean;
  onSave: () => void;
  onClose: () => void;
  children: ReactNode;
};

export function FormDrawer({ open, title, width = 760, saving, errors, isDirty, onSave, onClose, children }: Props) {
  const { modal } = App.useApp();
  useSaveShortcut(onSave, open);
  const close = () => {
    if (!isDirty()) return onClose();
    modal.confirm({
      title: '放弃未保存的修改？',
      content: '关闭后，本次填写的内容不会保存。',
      okText: '放弃修改',
      cancelText: '继续填写',
      onOk: onClose,
    });
  };
  return (
    <Drawer
      open={open}
      title={title}
      aria-label={title}
      size={width}
      onClose={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
          <Button onClick={close}>取消</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            保存
          </Button>
        </Space>
      }
    >
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 16 }} title="未能保存" description={errors.map((e) => <div key={e}>{e}</div>)} />}
      <div onKeyDown={enterToNextField}>{children}</div>
    </Drawer>
  );
}
