import { Button, InputNumber, Popconfirm, Select, Space, Table } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Rating, RecipientKind, YearRating } from '@/domain/awards/types';
import { RATINGS } from '@/domain/awards/types';
import { RATING_LABEL } from '@/domain/awards/labels';
import { listRatings, setRating } from '@/db/repositories/awards/people';
import { useShowError } from '@/ui/showError';

/** Yearly ratings (xếp loại) read by the eligibility rules; one row per year. */
export function RatingsSection({ recipientKind, recipientId }: { recipientKind: RecipientKind; recipientId: string }) {
  const rows = useLiveQuery(() => listRatings(recipientKind, recipientId), [recipientKind, recipientId]);
  const [year, setYear] = useState<number | null>(new Date().getFullYear() - 1);
  const [rating, setRatingValue] = useState<Rating>('tot');
  const showError = useShowError();
  const add = async () => {
    if (!year) return;
    try {
      await setRating(recipientKind, recipientId, year, rating);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <div data-testid="ratings">
      <Space style={{ marginBottom: 8 }} wrap>
        <InputNumber aria-label="Năm xếp loại" min={1945} max={new Date().getFullYear()} value={year} onChange={setYear} style={{ width: 100 }} />
        <Select
          aria-label="Xếp loại"
          value={rating}
          onChange={setRatingValue}
          style={{ width: 280 }}
          options={RATINGS.map((r) => ({ value: r, label: RATING_LABEL[r] }))}
        />
        <Button onClick={add}>Ghi xếp loại</Button>
      </Space>
      <Table<YearRating>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows ?? []}
        locale={{ emptyText: 'Chưa có xếp loại' }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 80 },
          { title: 'Xếp loại', dataIndex: 'rating', render: (r: Rating) => RATING_LABEL[r] },
          {
            title: '',
            width: 80,
            render: (_: unknown, r: YearRating) => (
              <Popconfirm
                title={`Xóa xếp loại năm ${r.year}?`}
                okText="Xóa"
                cancelText="Không"
                onConfirm={() => setRating(recipientKind, recipientId, r.year, null).catch(showError)}
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
