import { test, expect } from '@playwright/test';
import { adminDocToDocxBytes, PAGE } from '@/domain/documents/docx';
import { buildLetter, letterGroups } from '@/domain/documents/letter';
import { buildMinutes } from '@/domain/documents/minutes';
import { buildNominationListDoc } from '@/domain/documents/nominationListDoc';
import { buildAchievementReport } from '@/domain/documents/achievementReport';
import type { AdminDoc } from '@/domain/documents/adminDoc';
import { AWARDS, INPUT, NOMINEES, PROFILE, UNIT, YEARS, docxText, readDocx } from './documents-fixtures';

/**
 * The Word files read back: layout of Nghị định 30/2020 in word/document.xml (Times New Roman,
 * margins in twips, landscape list, repeated header rows, different first page with a PAGE field in
 * the header), and the wording fixes (the office's own authority, no "0 cá nhân").
 */
const TODAY = '2026-01-10';
const CITY = 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội';

const docs: Record<string, () => AdminDoc> = {
  letter: () => buildLetter(INPUT, PROFILE, { authority: CITY, today: TODAY }),
  minutes: () => buildMinutes(INPUT, PROFILE, TODAY),
  list: () => buildNominationListDoc(INPUT, NOMINEES, PROFILE, { today: TODAY }),
  report: () => buildAchievementReport({ unit: UNIT, years: YEARS, awards: AWARDS, entry: INPUT.catalog[2], year: 2025, today: TODAY }, PROFILE),
};

for (const [name, build] of Object.entries(docs)) {
  test(`${name}.docx: Times New Roman, A4 margins 20/15/20/30 mm, motto table, page number from page 2`, async () => {
    const doc = build();
    const { document, headers } = await readDocx(await adminDocToDocxBytes(doc));
    expect(document).toContain('w:ascii="Times New Roman"');
    expect(document).not.toMatch(/w:ascii="(?!Times New Roman)/);
    // Margins in twips: 20 mm = 1134, 15 mm = 850, 30 mm = 1701 (the left margin holds in landscape too).
    const margin = /<w:pgMar [^>]*>/.exec(document)![0];
    expect(margin).toContain(`w:top="${PAGE.margin.top}"`);
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:right="850"');
    expect(margin).toContain('w:left="1701"');
    const size = /<w:pgSz [^>]*>/.exec(document)![0];
    if (doc.orientation === 'landscape') {
      expect(size).toContain('w:w="16838"');
      expect(size).toContain('w:h="11906"');
      expect(size).toContain('w:orient="landscape"');
    } else {
      expect(size).toContain('w:w="11906"');
      expect(size).toContain('w:h="16838"');
    }
    // Different first page; the default header holds a PAGE field, centred.
    expect(document).toMatch(/<w:titlePg\/>|<w:titlePg w:val="(true|1|on)"\/>/);
    expect(document).toMatch(/<w:headerReference w:type="first"/);
    const numbered = headers.find((h) => /PAGE/.test(h));
    expect(numbered, 'a header with the PAGE field').toBeTruthy();
    expect(numbered).toContain('<w:jc w:val="center"/>');
    // Letterhead: borderless two-column table with the motto; bold title in capitals.
    const text = docxText(document);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    const firstTable = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)![0];
    expect(firstTable).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(firstTable).toMatch(/<w:tblBorders>[\s\S]*w:val="none"/);
    expect(firstTable.match(/<w:gridCol /g)).toHaveLength(2);
    expect(text).toContain(doc.title!);
    expect(text).not.toMatch(/\b0 cá nhân|\b0 tập thể/);
    // The rule under the motto is a paragraph border narrowed by indents to the motto's length.
    expect(firstTable).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/);
  });
}

test('letter.docx: addressed to the city authority only, the office in normal case, "Lưu: VT, VP, 03."', async () => {
  expect(letterGroups(INPUT, PROFILE).map((g) => g.authority)).toEqual(['Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội', CITY]);
  const text = docxText((await readDocx(await adminDocToDocxBytes(docs.letter!()))).document);
  expect(text).toContain(`Kính gửi: ${CITY}.`);
  expect(text).not.toContain('UBND tỉnh');
  expect(text).not.toContain('Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội.'); // the other authority's letter
  expect(text).toContain('Luật Thi đua, khen thưởng số 06/2022/QH15');
  expect(text).toContain('Nghị định số 152/2025/NĐ-CP');
  expect(text).toContain(`Liên minh Hợp tác xã thành phố Hà Nội kính đề nghị ${CITY} xem xét, khen thưởng cho 2 tập thể và 1 cá nhân`);
  expect(text).toContain('- Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội: 1 tập thể.');
  expect(text).not.toContain('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI kính');
  expect(text).toContain('- Lưu: VT, VP, 03.');
  expect(text).toContain('KT. CHỦ TỊCH');
  // Two letters in the round: the round's single number belongs to neither, a gap is left to write it in.
  expect(text).toMatch(/Số:\s+\/TTr-LMHTX/);
});

test('minutes.docx: time, place, chair and secretary; thresholds stored on the votes; signed by secretary and chair', async () => {
  const { document } = await readDocx(await adminDocToDocxBytes(docs.minutes!()));
  const text = docxText(document);
  expect(text).toContain('Thời gian: 08 giờ 30 phút, ngày 03 tháng 01 năm 2026.');
  expect(text).toContain('Địa điểm: Hội trường tầng 3, số 5 Lê Thánh Tông.');
  expect(text).toContain('Chủ trì: Nguyễn Văn An, Chủ tịch Liên minh Hợp tác xã thành phố Hà Nội, Chủ tịch Hội đồng Thi đua - Khen thưởng');
  expect(text).toContain('Thư ký: Trần Thị Bích.');
  expect(text).toContain('80% tổng số thành viên Hội đồng');
  expect(text).toContain('90% tổng số thành viên Hội đồng');
  // 9/11 = 81,82%: passes the 80% of CSTĐCS, fails the 90% of CSTĐ tỉnh.
  expect(text).toMatch(/Nguyễn Thị Hoa\n9\/11\n81,82%\n80% tổng số thành viên Hội đồng\nĐạt/);
  expect(text).toMatch(/Phạm Đức Dũng\n9\/11\n81,82%\n90% tổng số thành viên Hội đồng\nKhông đạt/);
  expect(text).toContain('THƯ KÝ');
  expect(text).toContain('CHỦ TỊCH HỘI ĐỒNG');
  expect(text).not.toContain('KT. CHỦ TỊCH');
  expect(text).not.toContain('Lê Văn Thành');
  expect(text).toContain('Kết luận: Hội đồng thống nhất đề nghị khen thưởng 2 tập thể và 1 cá nhân');
  expect(document).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/);
});

test('list.docx: landscape, three header rows repeated on every page, group rows, the city authority in award names', async () => {
  const { document } = await readDocx(await adminDocToDocxBytes(docs.list!()));
  const rows = document.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
  const headerRows = rows.filter((r) => /<w:tblHeader/.test(r));
  expect(headerRows).toHaveLength(3);
  expect(docxText(headerRows[0]!)).toContain('Tóm tắt thành tích');
  expect(docxText(headerRows[2]!)).toContain('(9)');
  const text = docxText(document);
  expect(text).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
  expect(text).toContain('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hà Nội (1 tập thể)');
  expect(text).not.toContain('UBND tỉnh');
  expect(text).toContain('Nguyễn Thị Hoa');
  expect(document).toMatch(/<w:vMerge w:val="restart"\/>/); // STT spans the two header rows
  // Year of birth under "Nữ" for a woman: the 4th cell of her row.
  const hoa = rows.find((r) => r.includes('Nguyễn Thị Hoa'))!;
  const cells = (hoa.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((c) => docxText(c).trim());
  expect(cells.slice(0, 4)).toEqual(['1', 'Nguyễn Thị Hoa', '', '1980']);
});

test('list.docx for one authority: only its awards, with the note naming the letter', async () => {
  const doc = buildNominationListDoc(INPUT, NOMINEES, PROFILE, { authority: CITY, today: TODAY });
  const text = docxText((await readDocx(await adminDocToDocxBytes(doc))).document);
  expect(text).toContain(`(Kèm theo Tờ trình ngày 05/01/2026 của Liên minh Hợp tác xã thành phố Hà Nội trình ${CITY})`);
  expect(text).not.toContain('Nguyễn Thị Hoa');
  expect(text).toContain('HTX Hòa Cường');
});

test('report.docx: the HTX under its own name, no alliance as governing body, place in full', async () => {
  const text = docxText((await readDocx(await adminDocToDocxBytes(docs.report!()))).document);
  expect(text).toContain('HTX HÒA CƯỜNG');
  expect(text).not.toContain('LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ HÀ NỘI');
  expect(text).not.toContain('UBND THÀNH PHỐ HÀ NỘI');
  expect(text).toContain('Thành phố Hồ Chí Minh, ngày 10 tháng 01 năm 2026');
  expect(text).toContain('Đề nghị tặng Cờ thi đua cấp bộ, ban, ngành, tỉnh');
  expect(text).toContain('12.500.000.000');
  expect(text).toContain('3456/QĐ-UBND ngày 01/03/2024');
  expect(text).toContain('Võ Thị Sương');
});
