// The 「导入」 button a list page puts in its toolbar: <ImportButton target="villages" />.
import { useNavigate } from 'react-router';
import { Button } from 'antd';
import { ImportOutlined } from '@ant-design/icons';

export function ImportButton({ target }: { target: string }) {
  const navigate = useNavigate();
  return (
    <Button icon={<ImportOutlined />} onClick={() => navigate(`/import/${target}`)}>
      导入
    </Button>
  );
}
