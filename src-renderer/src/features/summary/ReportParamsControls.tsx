import { Input } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { isoFromParts, parseViDate, todayIso } from '@/domain/text/format';
import { DateInput } from '@/ui/DateInput';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Signing date and number of a printed report, kept in the URL search params (`date` yyyy-mm-dd,
 * `number`) so the view reopens the same after a reload or from history. A year-end report is signed
 * weeks after the year ends, so the date is the user's pick; it defaults to today.
 */
export function useReportParams() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('date') ?? '';
  const m = ISO_DATE.exec(raw);
  // dd/mm/yyyy is accepted too, for a link typed by hand.
  const dateIso = (m && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]))) || parseViDate(raw) || todayIso();
  const number = params.get('number') ?? '';
  const set = (key: 'date' | 'number', value: string) => {
    const p = new URLSearchParams(params);
    if (value) p.set(key, value);
    else p.delete(key);
    setParams(p, { replace: true });
  };
  return { dateIso, number, setDate: (iso: string) => set('date', iso), setNumber: (n: string) => set('number', n) };
}

/** Screen-only toolbar fields (the toolbar is hidden in print): the signing date and the number. */
export function ReportParamsControls({ p }: { p: ReturnType<typeof useReportParams> }) {
  return (
    <>
      <span>Ngày ký:</span>
      <span style={{ width: 120, display: 'inline-block' }} data-testid="report-date">
        <DateInput aria-label="Ngày ký báo cáo" value={p.dateIso} onChange={(iso) => iso && !iso.startsWith('invalid:') && p.setDate(iso)} />
      </span>
      <span>Số:</span>
      <Input
        aria-label="Số văn bản"
        data-testid="report-number"
        style={{ width: 110 }}
        placeholder="để trống"
        value={p.number}
        onChange={(e) => p.setNumber(e.target.value)}
      />
    </>
  );
}
