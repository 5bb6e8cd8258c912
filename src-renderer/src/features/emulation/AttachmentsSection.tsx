import { App, Button, List, Popconfirm, Space } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { addAttachment, removeAttachment } from '@/db/repositories/emulation/movements';
import { formatNumber } from '@/domain/text/format';
import { openFiles, saveFile } from '@/platform/desktop';
import { useAttachments } from './useEmulation';
import { useShowError } from '@/ui/showError';

/** Files attached to a record, stored as Blobs in IndexedDB (the app works offline, no file server). */
export function AttachmentsSection({ ownerTable, ownerId }: { ownerTable: string; ownerId: string }) {
  const files = useAttachments(ownerId);
  const { message } = App.useApp();
  const showError = useShowError();
  const add = async () => {
    try {
      const picked = await openFiles(undefined, true);
      for (const f of picked) await addAttachment(ownerTable, ownerId, { name: f.name, data: f.data });
      if (picked.length) message.success(`Đã đính kèm ${picked.length} tệp.`);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <>
      <Button icon={<PaperClipOutlined />} onClick={add} style={{ marginBottom: 8 }}>
        Đính kèm tệp
      </Button>
      <List
        data-testid="attachment-list"
        size="small"
        bordered
        dataSource={files ?? []}
        locale={{ emptyText: 'Chưa có tệp đính kèm.' }}
        renderItem={(a) => (
          <List.Item>
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <span>
                {a.fileName} ({formatNumber(Math.ceil(a.size / 1024))} KB)
              </span>
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    void a.blob
                      .arrayBuffer()
                      .then((b) => saveFile(a.fileName, new Uint8Array(b)))
                      .catch(showError)
                  }
                >
                  Tải về
                </Button>
                <Popconfirm title={`Xóa tệp "${a.fileName}"?`} okText="Xóa" cancelText="Hủy" onConfirm={() => removeAttachment(a.id).catch(showError)}>
                  <Button type="link" size="small" danger>
                    Xóa
                  </Button>
                </Popconfirm>
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </>
  );
}
