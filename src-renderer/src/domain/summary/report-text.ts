import { formatNumber } from '../text/format';
import { averageIncome, coverageNote, figureCoverage } from './bucket';
import { NOT_REPORTED } from './labels';
import type { ReportedFigure, SummaryBucket } from './types';

/** Money in printed reports is in triệu đồng so table columns fit A4. */
export function formatMillion(v: number): string {
  return formatNumber(Math.round(v / 1_000_000));
}

const MONEY: ReadonlySet<ReportedFigure> = new Set(['revenue', 'profit']);

/**
 * One figure as printed in a table cell: the sum (money in triệu đồng), or "chưa có số liệu" when no
 * unit gave it (a sum of nothing is unknown, not 0).
 */
export function figureText(b: SummaryBucket, f: ReportedFigure): { text: string; reported: boolean } {
  const c = figureCoverage(b, f);
  if (c.value === undefined) return { text: NOT_REPORTED, reported: false };
  return { text: MONEY.has(f) ? formatMillion(c.value) : formatNumber(c.value), reported: true };
}

/**
 * The report's sentence on members, workers, revenue, profit and income, e.g. "Tổng số thành viên 119;
 * lao động 40 người (2/4 đơn vị báo cáo); …; lợi nhuận: chưa có số liệu; …". Figures nobody reported
 * say so instead of printing 0.
 */
export function figuresSentence(b: SummaryBucket): string {
  const clause = (f: ReportedFigure, known: (text: string) => string, unknown: string) => {
    const c = figureCoverage(b, f);
    if (c.value === undefined) return `${unknown}: ${NOT_REPORTED}`;
    const note = coverageNote(c);
    return `${known(MONEY.has(f) ? formatMillion(c.value) : formatNumber(c.value))}${note ? ` ${note}` : ''}`;
  };
  const income = averageIncome(b);
  const clauses = [
    clause('members', (n) => `tổng số thành viên ${n}`, 'tổng số thành viên'),
    clause('workers', (n) => `lao động ${n} người`, 'số lao động'),
    clause('revenue', (n) => `tổng doanh thu ${n} triệu đồng`, 'tổng doanh thu'),
    clause('profit', (n) => `lợi nhuận ${n} triệu đồng`, 'lợi nhuận'),
    income !== undefined
      ? `thu nhập bình quân của người lao động ${formatNumber(income)} đồng/người/tháng`
      : `thu nhập bình quân của người lao động: ${NOT_REPORTED}`,
  ];
  const nothing = b.membersReported + b.workersReported + b.revenueReported + b.profitReported === 0 && income === undefined;
  if (nothing) return 'Chưa có đơn vị nào báo cáo số thành viên, lao động, doanh thu, lợi nhuận và thu nhập của người lao động.';
  const text = clauses.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
