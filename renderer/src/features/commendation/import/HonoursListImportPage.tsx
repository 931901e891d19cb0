// 导入表彰名单 (/commendation/import): an honours list of several rounds — each 文号 one round,
// county or higher committee — through the import wizard.
import { useNavigate } from 'react-router';
import { Alert, Button, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { ImportWizard } from '../../import';
import { honoursListTarget } from './honours-list-target';

export function HonoursListImportPage() {
  const navigate = useNavigate();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/commendation')}>
        返回评先表彰
      </Button>
      <Alert
        type="info"
        showIcon
        title="名单中同一文号的行记为一次表彰（已批准），表彰机关决定级别（县委、市委、省委）；每行保留自己的荣誉称号。上级党委的表彰只记录获表彰对象，不生成本县的表彰决定。"
      />
      <ImportWizard target={honoursListTarget} />
    </Space>
  );
}
