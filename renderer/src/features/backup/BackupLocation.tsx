// Where backups go, for the 设置 page: shown here, changed in 数据安全 → 备份与恢复 (one place
// for the folder, which is the Electron host's setting; the browser edition downloads them).
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Descriptions } from 'antd';
import { appShelf } from './instance';

export function BackupLocation() {
  const shelf = appShelf();
  const folderMode = shelf?.kind === 'folder';
  const [where, setWhere] = useState<string>();
  useEffect(() => {
    void shelf?.where().then(setWhere);
  }, [shelf]);
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="备份位置">{folderMode ? (where ?? '…') : '浏览器的下载文件夹（每次备份下载一个 .cqbak 文件）'}</Descriptions.Item>
      <Descriptions.Item label="更改">
        <Link to="/backup">{folderMode ? '到「数据安全 → 备份与恢复」更改备份文件夹、立即备份' : '到「数据安全 → 备份与恢复」立即备份或恢复'}</Link>
      </Descriptions.Item>
    </Descriptions>
  );
}
