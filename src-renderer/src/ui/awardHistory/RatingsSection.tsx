import { App, Button, InputNumber, Popconfirm, Select, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Rating, RecipientKind, YearRating } from '@/domain/awards/types';
import { RATINGS } from '@/domain/awards/types';
import { RATING_LABEL } from '@/domain/awards/labels';
import { listRatings, setRating } from '@/db/repositories/awards/people';
import { useShowError } from '@/ui/showError';
import { TableExportButton } from '@/ui/TableExportButton';
import { byNumber, byText } from '@/ui/tableSort';

/** Yearly ratings (xếp loại) read by the eligibility rules; one row per year. */
export function RatingsSection({ recipientKind, recipientId }: { recipientKind: RecipientKind; recipientId: string }) {
  const rows = useLiveQuery(() => listRatings(recipientKind, recipientId), [recipientKind, recipientId]);
  const [year, setYear] = useState<number | null>(new Date().getFullYear() - 1);
  const [rating, setRatingValue] = useState<Rating>('tot');
  const showError = useShowError();
  const { message } = App.useApp();
  const add = async () => {
    if (!year) return;
    try {
      await setRating(recipientKind, recipientId, year, rating);
      message.success(`Đã lưu xếp loại năm ${year}: ${RATING_LABEL[rating]}.`);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div data-testid="ratings">
      <Space style={{ marginBottom: 8 }} wrap>
        <InputNumber
          aria-label="Năm xếp loại"
          controls={false}
          min={1945}
          max={new Date().getFullYear()}
          value={year}
          onChange={setYear}
          style={{ width: 100 }}
        />
        <Select
          aria-label="Xếp loại"
          value={rating}
          onChange={setRatingValue}
          style={{ width: 280 }}
          options={RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] }))}
        />
        <Button onClick={add}>Ghi xếp loại</Button>
        <TableExportButton<YearRating>
          disabled={!rows?.length}
          spec={() => ({
            fileName: 'Xep loai theo nam',
            title: ['XẾP LOẠI THEO NĂM'],
            columns: [
              { title: 'Năm', value: (r) => r.year, width: 8 },
              { title: 'Xếp loại', value: (r) => RATING_LABEL[r.rating], width: 40 },
            ],
            rows: [...(rows ?? [])].sort((a, b) => a.year - b.year),
          })}
        />
      </Space>
      <Table<YearRating>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Chưa có xếp loại' }}
        columns={[
          { title: <span>Năm</span>, dataIndex: 'year', width: 80, sorter: byNumber((r) => r.year), defaultSortOrder: 'ascend' },
          { title: <span>Xếp loại</span>, dataIndex: 'rating', render: (r: Rating) => RATING_LABEL[r], sorter: byText((r) => RATING_LABEL[r.rating]) },
          {
            title: <span className="sr-only">Thao tác</span>,
            width: 80,
            render: (_: unknown, r: YearRating) => (
              <Popconfirm
                title={`Xóa xếp loại năm ${r.year}?`}
                okText="Xóa"
                cancelText="Hủy"
                onConfirm={() =>
                  setRating(recipientKind, recipientId, r.year, null)
                    .then(() => message.success(`Đã xóa xếp loại năm ${r.year}.`))
                    .catch(showError)
                }
              >
                <Button type="link" size="small" danger>
                  Xóa
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </div>
  );
}
