import { useLiveQuery } from 'dexie-react-hooks';
import { Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import { getDatabase } from '../../db/app-database';
import { currentSampleBatch } from '../../db/sample-state';

/** In the top bar on every page while the sample county is loaded. */
export function SampleDataTag() {
  const batch = useLiveQuery(() => currentSampleBatch(getDatabase()), []);
  if (!batch) return null;
  return (
    <Tooltip title="各页面的数据均为演示用。到工作台可一键清除。">
      <Link to="/">
        <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="sample-data-tag">
          当前为示例数据
        </Tag>
      </Link>
    </Tooltip>
  );
}
