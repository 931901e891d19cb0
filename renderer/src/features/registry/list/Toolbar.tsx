import { memo } from 'react';
import { useNavigate } from 'react-router';
import { Button, Space } from 'antd';
import { ExportOutlined, ImportOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';

type Props = {
  onCreate: () => void;
  /** Where 导入 leads; no button when the table has no importer. */
  importRoute?: string;
  exporting: boolean;
  /** Nothing to export or print. */
  empty: boolean;
  onExport: () => void;
  onPrint: () => void;
};

/** 新建 · 导入 · 导出 · 打印, memoized so that typing in the search box leaves it alone. */
export const Toolbar = memo(function Toolbar({ onCreate, importRoute, exporting, empty, onExport, onPrint }: Props) {
  const navigate = useNavigate();
  return (
    <Space>
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate}>
        新建
      </Button>
      {importRoute && (
        <Button icon={<ImportOutlined />} onClick={() => navigate(importRoute)}>
          导入
        </Button>
      )}
      <Button icon={<ExportOutlined />} loading={exporting} disabled={empty} onClick={onExport}>
        导出
      </Button>
      <Button icon={<PrinterOutlined />} disabled={empty} onClick={onPrint}>
        打印
      </Button>
    </Space>
  );
});
