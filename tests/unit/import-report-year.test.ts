import { test, expect } from '@playwright/test';
import { reportYearOf } from '../../src-renderer/src/domain/import/reportYear';

test.describe('the report year comes from the title, never from the date line', () => {
  test('a date line above the title is the signing date', () => {
    expect(
      reportYearOf([
        'LIÊN MINH HTX THÀNH PHỐ HẢI PHÒNG',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Hải Phòng, ngày 15 tháng 01 năm 2016',
        'DANH SÁCH HỢP TÁC XÃ, TỔ HỢP TÁC NĂM 2015',
      ]),
    ).toMatchObject({ year: 2015, source: 'title', signedYear: 2016 });
  });

  test('a date line below the title is the signing date too', () => {
    expect(reportYearOf(['BÁO CÁO SỐ LIỆU KINH TẾ TẬP THỂ NĂM 2015', 'Hải Phòng, ngày 15 tháng 01 năm 2016'])).toMatchObject({ year: 2015, signedYear: 2016 });
    expect(reportYearOf(['Hà Nội, ngày 05/01/2016', 'Danh sách HTX năm 2015'])).toMatchObject({ year: 2015 });
  });

  test('the end of the period the figures cover names the year', () => {
    expect(reportYearOf(['DANH SÁCH HỢP TÁC XÃ', '(Số liệu tính đến ngày 31/12/2015)', 'Cần Thơ, ngày 20 tháng 01 năm 2016'])).toMatchObject({
      year: 2015,
      source: 'period',
    });
    expect(reportYearOf(['Tình hình hoạt động 6 tháng đầu năm 2016'])).toMatchObject({ year: 2016 });
  });

  test('other dates and document numbers are not the report year', () => {
    expect(reportYearOf(['(Kèm theo Báo cáo số 12/BC-LMHTX ngày 15/01/2016)', 'DANH SÁCH HTX NĂM 2015'])).toMatchObject({ year: 2015 });
    expect(reportYearOf(['Số: 12/2016/BC-LMHTX', 'DANH SÁCH HỢP TÁC XÃ'])).toEqual({});
    expect(reportYearOf(['Đà Nẵng, ngày 10 tháng 02 năm 2016']).year).toBeUndefined();
    expect(reportYearOf(['DANH SÁCH HỢP TÁC XÃ 2015'])).toMatchObject({ year: 2015 });
    expect(reportYearOf(['Giai đoạn 2016-2020']).year).toBeUndefined();
  });

  test('folded and upper-case titles are read alike', () => {
    expect(reportYearOf(['DANH SACH HOP TAC XA NAM 2014'])).toMatchObject({ year: 2014 });
  });
});
