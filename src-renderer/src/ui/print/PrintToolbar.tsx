import { Button, Space } from 'antd';
import { PrinterOutlined, FilePdfOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { printCurrentView, printCurrentViewToPdf, isDesktop } from '@/platform/desktop';
import { useShowError } from '@/ui/showError';
import { useOfficeSetupState } from '@/ui/useOfficeProfile';

/** Screen-only bar above a print view (hidden when printing): print, save as PDF, back. */
export function PrintToolbar({ fileName, landscape, extra }: { fileName: string; landscape: boolean; extra?: ReactNode }) {
  const navigate = useNavigate();
  const showError = useShowError();
  // Until the office profile is saved the page shows the setup notice: nothing to print.
  const blocked = useOfficeSetupState() !== 'done';
  return (
    <div className="print-toolbar">
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          Quay lại
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} disabled={blocked} onClick={() => void printCurrentView().catch(showError)}>
          In
        </Button>
        <Button icon={<FilePdfOutlined />} disabled={blocked} onClick={() => void printCurrentViewToPdf(fileName, landscape).catch(showError)}>
          {isDesktop() ? 'Lưu PDF' : 'Lưu PDF (qua hộp thoại in)'}
        </Button>
        {extra}
      </Space>
    </div>
  );
}
