// Tells the user, once per setting, that a stored value was invalid (a hand-edited backup, an
// older version's shape) and its default is in use — instead of a page failing on it.
import { useEffect } from 'react';
import { App } from 'antd';
import { onSettingFallback } from '../db/setting-notices';

export function SettingNotices() {
  const { notification } = App.useApp();
  useEffect(
    () =>
      onSettingFallback((n) =>
        notification.warning({
          key: `setting-${n.key}`,
          title: `设置「${n.label}」的保存值无效，已改用默认值`,
          description: `${n.message}。请到「设置」中重新填写并保存。`,
          duration: 0,
        }),
      ),
    [notification],
  );
  return null;
}
