import { Button, Space } from 'antd';
import { PrinterOutlined, FilePdfOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { printCurrentView, printCurrentViewToPdf, isDesktop } from '@/platform/desktop';
import { useShowError } from '@/ui/showError';

/** Screen-only bar above a print view (hidden when printing): print, save as PDF, back. */
export function PrintToolbar({ fileName, landscape, extra }: { fileName: string; landscape: boolean; extra?: ReactNode }) {
  const navigate = useNavigate();
  const showError = useShowError();
  return (
    <div className="print-toolbar">
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          Quay lại
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => void printCurrentView().catch(showError)}>
          In
        </Button>
        <Button icon={<FilePdfOutlined />} onClick={() => void printCurrentViewToPdf(fileName, landscape).catch(showError)}>
          {isDesktop() ? 'Lưu PDF' : 'Lưu PDF (qua hộp thoại in)'}
        </Button>
        {extra}
      </Space>
    </div>
  );
}
