import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { AdminDoc } from '@/domain/documents/adminDoc';
import { saveFile } from '@/platform/desktop';
import { useShowError } from '@/ui/showError';

/** "Tải Word (.docx)": the shown document as an editable Word file, saved through the platform's save path. */
export function DocxButton({ doc, fileName }: { doc: AdminDoc; fileName: string }) {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      // Loaded on first use: the Word writer is large and most sessions never need it.
      const { adminDocToDocxBytes } = await import('@/domain/documents/docx');
      const bytes = await adminDocToDocxBytes(doc);
      await saveFile(fileName, bytes, [{ name: 'Word', extensions: ['docx'] }]);
    } catch (err) {
      showError(err, 'Không tạo được tệp Word');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileWordOutlined />} loading={busy} onClick={() => void save()}>
      Tải Word (.docx)
    </Button>
  );
}
