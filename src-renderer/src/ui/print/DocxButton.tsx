import { App, Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { AdminDoc } from '@/domain/documents/adminDoc';
import { saveFile } from '@/platform/desktop';
import { useShowError } from '@/ui/showError';
import { useOfficeSetupState } from '@/ui/useOfficeProfile';
import { SETUP_FIRST_TEXT, SETUP_FIRST_TITLE, SetupLink } from './OfficeSetupGuard';

/** "Tải Word (.docx)": the shown document as an editable Word file, saved through the platform's save path. */
export function DocxButton({ doc, fileName }: { doc: AdminDoc; fileName: string }) {
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const { modal } = App.useApp();
  const setup = useOfficeSetupState();
  const save = async () => {
    if (setup !== 'done') {
      const m = modal.warning({
        title: SETUP_FIRST_TITLE,
        content: (
          <div data-testid="office-setup-required">
            <p>{SETUP_FIRST_TEXT}</p>
            <span onClick={() => m.destroy()}>
              <SetupLink />
            </span>
          </div>
        ),
        okText: 'Đóng',
      });
      return;
    }
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
