import { Spin } from 'antd';
import { Fragment } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { LIST_COLUMNS, LIST_COLUMN_PERCENT, buildNominationList } from '@/domain/awards/nominationList';
import { listNominees } from '@/db/repositories/awards/roundReport';
import { AdminDocument } from '@/features/print/AdminDocument';
import { PrintToolbar } from '@/features/print/PrintToolbar';
import { listHeading } from '../exportNominationList';
import { useRoundPrintData } from './usePrintData';

const LEFT = new Set(['name', 'positionUnit', 'summary', 'awardName', 'note']);

/** Danh sách đề nghị khen thưởng: A4 landscape, group rows I, II..., header repeated on every page. */
export function NominationListPrint() {
  const { roundId = '' } = useParams();
  const [params] = useSearchParams();
  const data = useRoundPrintData(roundId);
  if (!data) return <Spin />;
  const { profile, report } = data;
  if (!report) return <p>Không tìm thấy đợt xét.</p>;
  const groups = buildNominationList(listNominees(report, params.get('code') ?? undefined), report.catalog);
  const heading = listHeading(report, profile);
  return (
    <>
      <PrintToolbar fileName={`Danh-sach-de-nghi-${report.round.year}.pdf`} landscape />
      <AdminDocument profile={profile} orientation="landscape" dateLine={heading.dateLine} title={heading.title} subtitle={heading.subtitle} subtitleNote={heading.note}>
        <table className="admin-table admin-table--fixed admin-table--compact nomination-list">
          <colgroup>
            {LIST_COLUMNS.map((c, i) => <col key={c.key} style={{ width: `${LIST_COLUMN_PERCENT[i]}%` }} />)}
          </colgroup>
          <thead>
            <tr>
              <th rowSpan={2}>STT</th>
              <th rowSpan={2}>Họ và tên / Tên tập thể</th>
              <th colSpan={2}>Năm sinh</th>
              <th rowSpan={2}>Dân tộc</th>
              <th rowSpan={2}>Chức vụ - đơn vị</th>
              <th rowSpan={2}>Tóm tắt thành tích</th>
              <th rowSpan={2}>Hình thức đề nghị</th>
              <th rowSpan={2}>Ghi chú</th>
            </tr>
            <tr><th>Nam</th><th>Nữ</th></tr>
            <tr className="col-numbers">{LIST_COLUMNS.map((c, i) => <td key={c.key}>({i + 1})</td>)}</tr>
          </thead>
          <tbody>
            {groups.length === 0 ? <tr><td colSpan={LIST_COLUMNS.length} className="center">Chưa có đề nghị</td></tr> : null}
            {groups.map((g) => (
              <Fragment key={g.catalogCode}>
                <tr className="group-row"><td className="center">{g.roman}</td><td colSpan={LIST_COLUMNS.length - 1}>{g.title}</td></tr>
                {g.rows.map((row, i) => (
                  <tr key={`${g.catalogCode}-${i}`}>
                    {LIST_COLUMNS.map((c) => <td key={c.key} className={LEFT.has(c.key) ? '' : 'center'}>{row[c.key]}</td>)}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </AdminDocument>
    </>
  );
}
