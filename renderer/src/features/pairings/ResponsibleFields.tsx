// 挂钩乡镇 and 挂钩领导 (分片挂钩), the same in the application and in a change.
import { Form, Input, Space } from 'antd';
import { TownshipSelect } from '../../ui/records/pickers';

export function ResponsibleFields() {
  return (
    <>
      <Form.Item name="responsibleTownshipId" label="挂钩乡镇" tooltip="分片挂钩：负责指导该联建点的乡镇党委或开发区党工委" rules={[{ required: true, message: '请选择挂钩乡镇（开发区）' }]}>
        <TownshipSelect aria-label="挂钩乡镇" />
      </Form.Item>
      <Form.Item label="挂钩领导" style={{ marginBottom: 0 }}>
        <Space.Compact block>
          <Form.Item name="leaderName" style={{ width: '45%' }}>
            <Input aria-label="挂钩领导姓名" placeholder="姓名" />
          </Form.Item>
          <Form.Item name="leaderPost" style={{ width: '55%' }}>
            <Input aria-label="挂钩领导职务" placeholder="职务" />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
    </>
  );
}
