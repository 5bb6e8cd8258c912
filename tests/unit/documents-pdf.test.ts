import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminDocToDocxBytes } from '@/domain/documents/docx';
import { buildLetter } from '@/domain/documents/letter';
import { buildMinutes } from '@/domain/documents/minutes';
import { buildNominationListDoc } from '@/domain/documents/nominationListDoc';
import { buildAchievementReport } from '@/domain/documents/achievementReport';
import type { ListNominee } from '@/domain/awards/nominationList';
import { AWARDS, INPUT, NOMINEES, PROFILE, UNIT, YEARS } from './documents-fixtures';

/**
 * Each .docx opened by LibreOffice Writer (headless) and converted to PDF; pdftotext reads the
 * text back: Vietnamese letters intact, A4 page size, the motto on one line, the page number on
 * page 2 and not on page 1. Skips with a printed reason when soffice is not installed
 * (apt-get install -y libreoffice-writer-nogui); CI installs it (.ci/run).
 */
const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
const TODAY = '2026-01-10';
const CITY = 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội';

/** A long list, so that it runs onto several pages. */
const MANY: ListNominee[] = Array.from({ length: 40 }, (_, i) => ({
  ...NOMINEES[0]!,
  name: `Nguyễn Thị Hằng ${String(i + 1).padStart(2, '0')}`,
  summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025, có sáng kiến cải tiến quy trình sản xuất rau an toàn được áp dụng tại đơn vị.',
}));

function toPdf(dir: string, name: string, bytes: Uint8Array): { pages: string[]; info: string } {
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  // A private profile directory: parallel runs and a user's own LibreOffice settings do not interfere.
  execFileSync(soffice!, [`-env:UserInstallation=file://${join(dir, `lo-${name}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const pdf = join(dir, `${name}.pdf`);
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'])
    .toString('utf8')
    .split('\f')
    .filter((p) => p.trim());
  // A PNG of page 1 at 60 dpi, to look at (test-results/.../<name>-1.png).
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(dir, name)]);
  return { pages, info: execFileSync('pdfinfo', [pdf]).toString() };
}

test.describe('documents converted to PDF by LibreOffice', () => {
  test.skip(!soffice, 'soffice not found: install libreoffice-writer-nogui to convert the .docx files to PDF');
  test.describe.configure({ mode: 'serial' });

  test('letter, minutes, list and report read back as text, on A4', async () => {
    test.setTimeout(240_000);
    const dir = test.info().outputPath('docs');
    mkdirSync(dir, { recursive: true });

    const letter = toPdf(dir, 'to-trinh', await adminDocToDocxBytes(buildLetter(INPUT, PROFILE, { authority: CITY, today: TODAY })));
    expect(letter.info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const l = letter.pages.join('\n');
    expect(l).toMatch(/LIÊN MINH HỢP TÁC XÃ\s[\s\S]*THÀNH PHỐ HÀ NỘI/); // the agency name may wrap in its column
    expect(l).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\s*\n/); // the state line does not wrap
    expect(l).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(l).toContain('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(l).toContain('TỜ TRÌNH');
    expect(l).toContain(`Kính gửi: ${CITY}.`);
    expect(l).toContain('Luật Thi đua, khen thưởng');
    expect(l).toContain('Nơi nhận:');
    expect(l).toContain('- Lưu: VT, VP, 03.');
    expect(l).not.toContain('0 cá nhân');

    const minutes = toPdf(dir, 'bien-ban', await adminDocToDocxBytes(buildMinutes(INPUT, PROFILE, TODAY)));
    const m = minutes.pages.join('\n');
    expect(m).toContain('BIÊN BẢN');
    expect(m).toContain('Thời gian: 08 giờ 30 phút, ngày 03 tháng 01 năm 2026.');
    expect(m).toContain('Thư ký: Trần Thị Bích.');
    expect(m).toMatch(/Nguyễn Thị Hoa\s+9\/11\s+81,82%\s+80% tổng số thành viên/);
    expect(m).toMatch(/Phạm Đức Dũng\s+9\/11\s+81,82%\s+90% tổng số thành viên/);
    expect(m).toContain('Nguyễn Văn An');

    const list = toPdf(dir, 'danh-sach', await adminDocToDocxBytes(buildNominationListDoc(INPUT, [...NOMINEES, ...MANY], PROFILE, { today: TODAY })));
    expect(list.info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/); // landscape
    expect(list.pages.length).toBeGreaterThanOrEqual(2);
    expect(list.pages[0]).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
    expect(list.pages.join('\n')).toMatch(/Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà\s+Nội \(1 tập thể\)/);
    for (const [i, page] of list.pages.entries()) {
      if (!/Nguyễn Thị Hằng/.test(page)) continue;
      expect(page, `page ${i + 1} repeats the header`).toContain('Tóm tắt thành tích');
    }
    // Page number top centre from page 2, none on page 1.
    expect(
      list.pages[0]!.split('\n')
        .find((x) => x.trim())!
        .trim(),
    ).not.toBe('1');
    expect(
      list.pages[1]!.split('\n')
        .find((x) => x.trim())!
        .trim(),
    ).toBe('2');
    expect(list.pages.join('\n')).toContain('Nguyễn Thị Hằng 40');

    const report = toPdf(
      dir,
      'bao-cao',
      await adminDocToDocxBytes(
        buildAchievementReport({ unit: UNIT, years: YEARS, awards: AWARDS, entry: INPUT.catalog[2], year: 2025, today: TODAY }, PROFILE),
      ),
    );
    const r = report.pages.join('\n');
    expect(r).toContain('BÁO CÁO THÀNH TÍCH');
    expect(r).toContain('HTX HÒA CƯỜNG');
    expect(r).not.toContain('LIÊN MINH HỢP TÁC XÃ');
    expect(r).toContain('Thành phố Hồ Chí Minh, ngày 10 tháng 01 năm 2026');
    expect(r).toMatch(/2025\s+20\.000\.000\.000\s+12\.500\.000\.000\s+850\.000\.000\s+120\.000\.000\s+6\.500\.000/);
    expect(r).toContain('Võ Thị Sương');
  });
});
