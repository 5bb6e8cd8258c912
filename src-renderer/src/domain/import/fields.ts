/**
 * Import targets and their fields, with the Vietnamese header words that name them.
 * Synonyms are written with diacritics; matching folds both sides, so "Ten don vi" works too.
 */
import { foldText } from '../text/normalize';
import { guessImportTarget } from './targetGuess';

export const IMPORT_TARGETS = ['units', 'awards', 'nominations', 'people', 'initiatives', 'ratings'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const IMPORT_TARGET_LABEL: Record<ImportTarget, string> = {
  units: 'Danh sách đơn vị và chỉ tiêu năm',
  awards: 'Lịch sử khen thưởng (tập thể / cá nhân)',
  nominations: 'Danh sách đề nghị khen thưởng (vào một đợt xét)',
  people: 'Danh sách cá nhân (cán bộ, thành viên của đơn vị)',
  initiatives: 'Sáng kiến, đề tài',
  ratings: 'Kết quả phân loại, đánh giá năm',
};

export type FieldKind =
  | 'text'
  | 'name'
  | 'taxCode'
  | 'phone'
  | 'date'
  | 'year'
  | 'integer'
  | 'money'
  | 'number'
  | 'flag'
  | 'unitKind'
  | 'sector'
  | 'status'
  | 'gender'
  | 'province'
  | 'commune'
  | 'stt';

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  synonyms: string[];
  required?: boolean;
  /** Unit-year indicator (stored in unitYears, not on the unit). */
  indicator?: boolean;
}

const STT: FieldDef = { key: 'stt', label: 'Số thứ tự (bỏ qua)', kind: 'stt', synonyms: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No'] };

export const UNIT_FIELDS: FieldDef[] = [
  STT,
  {
    key: 'name',
    label: 'Tên đơn vị',
    kind: 'name',
    required: true,
    synonyms: [
      'Tên HTX',
      'Tên hợp tác xã',
      'Tên đơn vị',
      'Tên tổ hợp tác',
      'Tên THT',
      'Tên QTDND',
      'Tên tập thể',
      'Tên doanh nghiệp',
      'Đơn vị',
      'Hợp tác xã',
      'Tên',
    ],
  },
  { key: 'shortName', label: 'Tên viết tắt', kind: 'text', synonyms: ['Tên viết tắt', 'Tên tắt', 'Tên giao dịch'] },
  { key: 'kind', label: 'Loại hình', kind: 'unitKind', synonyms: ['Loại hình', 'Loại hình tổ chức', 'Loại đơn vị', 'Loại'] },
  {
    key: 'taxCode',
    label: 'Mã số thuế / mã số HTX',
    kind: 'taxCode',
    synonyms: ['MST', 'Mã số thuế', 'Mã số HTX', 'Mã số doanh nghiệp', 'Mã số đăng ký', 'Số ĐKKD', 'Mã số ĐKKD', 'Số đăng ký kinh doanh', 'Mã số'],
  },
  { key: 'address', label: 'Địa chỉ', kind: 'text', synonyms: ['Địa chỉ', 'Địa chỉ trụ sở', 'Trụ sở', 'Địa chỉ trụ sở chính'] },
  { key: 'province', label: 'Tỉnh/Thành phố', kind: 'province', synonyms: ['Tỉnh', 'Thành phố', 'Tỉnh/Thành phố', 'Tỉnh/TP', 'Tỉnh, thành phố'] },
  {
    key: 'legacyDistrict',
    label: 'Quận/Huyện (cũ)',
    kind: 'text',
    synonyms: ['Quận/Huyện', 'Quận, huyện', 'Huyện', 'Quận', 'Huyện/Thị xã', 'Quận/Huyện/Thị xã'],
  },
  {
    key: 'commune',
    label: 'Xã/Phường',
    kind: 'commune',
    synonyms: ['Xã/Phường', 'Xã, phường', 'Phường/Xã', 'Xã', 'Phường', 'Xã/Phường/Thị trấn', 'Xã/Phường/Đặc khu'],
  },
  {
    key: 'sector',
    label: 'Ngành/lĩnh vực',
    kind: 'sector',
    synonyms: ['Ngành nghề', 'Lĩnh vực', 'Ngành', 'Lĩnh vực hoạt động', 'Ngành nghề kinh doanh', 'Lĩnh vực sản xuất kinh doanh'],
  },
  {
    key: 'foundedDate',
    label: 'Ngày/năm thành lập',
    kind: 'date',
    synonyms: ['Ngày thành lập', 'Năm thành lập', 'Thành lập', 'Ngày đăng ký', 'Ngày cấp ĐKKD', 'Ngày đăng ký thành lập'],
  },
  { key: 'status', label: 'Tình trạng', kind: 'status', synonyms: ['Tình trạng', 'Trạng thái', 'Tình trạng hoạt động'] },
  {
    key: 'member',
    label: 'Thành viên Liên minh',
    kind: 'flag',
    synonyms: ['Thành viên Liên minh', 'Là thành viên', 'TV Liên minh', 'Kết nạp', 'Đã kết nạp', 'Thành viên LM'],
  },
  { key: 'memberSince', label: 'Năm kết nạp', kind: 'year', synonyms: ['Năm kết nạp', 'Năm kết nạp thành viên', 'Năm gia nhập'] },
  {
    key: 'leaderName',
    label: 'Người đứng đầu',
    kind: 'text',
    synonyms: ['Giám đốc', 'Chủ tịch HĐQT', 'Họ tên giám đốc', 'Người đại diện', 'Người đại diện theo pháp luật', 'Chủ nhiệm', 'Tổ trưởng', 'Lãnh đạo'],
  },
  { key: 'phone', label: 'Điện thoại', kind: 'phone', synonyms: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Di động'] },
  { key: 'email', label: 'Email', kind: 'text', synonyms: ['Email', 'Thư điện tử', 'E-mail'] },
  { key: 'notes', label: 'Ghi chú', kind: 'text', synonyms: ['Ghi chú', 'Ghi chú khác'] },
  { key: 'year', label: 'Năm (chỉ tiêu)', kind: 'year', indicator: true, synonyms: ['Năm', 'Năm báo cáo', 'Năm số liệu'] },
  {
    key: 'members',
    label: 'Số thành viên',
    kind: 'integer',
    indicator: true,
    synonyms: ['Số thành viên', 'Số TV', 'Thành viên', 'Tổng số thành viên', 'Số xã viên'],
  },
  {
    key: 'workers',
    label: 'Số lao động',
    kind: 'integer',
    indicator: true,
    synonyms: ['Số lao động', 'Lao động', 'Số LĐ', 'Tổng số lao động', 'Lao động thường xuyên'],
  },
  { key: 'charterCapital', label: 'Vốn điều lệ', kind: 'money', indicator: true, synonyms: ['Vốn điều lệ', 'Vốn ĐL', 'Vốn góp', 'Vốn điều lệ đăng ký'] },
  { key: 'assets', label: 'Tổng tài sản', kind: 'money', indicator: true, synonyms: ['Tổng tài sản', 'Tài sản', 'Tổng nguồn vốn'] },
  { key: 'revenue', label: 'Doanh thu', kind: 'money', indicator: true, synonyms: ['Doanh thu', 'Tổng doanh thu', 'Doanh thu năm'] },
  { key: 'profit', label: 'Lợi nhuận', kind: 'money', indicator: true, synonyms: ['Lợi nhuận', 'Lãi', 'Lợi nhuận trước thuế', 'Lợi nhuận sau thuế', 'Lãi/lỗ'] },
  {
    key: 'taxesPaid',
    label: 'Nộp ngân sách',
    kind: 'money',
    indicator: true,
    synonyms: ['Nộp ngân sách', 'Nộp NSNN', 'Thuế đã nộp', 'Nộp thuế', 'Thuế và các khoản nộp'],
  },
  {
    key: 'avgIncome',
    label: 'Thu nhập bình quân',
    kind: 'money',
    indicator: true,
    synonyms: ['Thu nhập bình quân', 'Thu nhập BQ', 'TNBQ', 'Thu nhập bình quân người lao động', 'Thu nhập'],
  },
  { key: 'classification', label: 'Xếp loại', kind: 'text', indicator: true, synonyms: ['Xếp loại', 'Phân loại', 'Kết quả xếp loại', 'Đánh giá'] },
];

export const AWARD_FIELDS: FieldDef[] = [
  STT,
  { key: 'year', label: 'Năm khen', kind: 'year', synonyms: ['Năm', 'Năm khen thưởng', 'Năm được khen', 'Năm đạt'] },
  {
    key: 'recipientName',
    label: 'Tên tập thể / họ tên cá nhân',
    kind: 'name',
    required: true,
    synonyms: ['Họ và tên', 'Họ tên', 'Tên tập thể', 'Tên đơn vị', 'Tên HTX', 'Tên tập thể, cá nhân', 'Tên cá nhân', 'Đơn vị, cá nhân', 'Tên'],
  },
  { key: 'recipientKind', label: 'Tập thể / cá nhân', kind: 'text', synonyms: ['Đối tượng', 'Tập thể/cá nhân', 'Loại đối tượng'] },
  { key: 'unitName', label: 'Đơn vị (của cá nhân)', kind: 'text', synonyms: ['Đơn vị công tác', 'Đơn vị', 'Chức vụ, đơn vị', 'Nơi công tác', 'Thuộc đơn vị'] },
  { key: 'taxCode', label: 'Mã số thuế đơn vị', kind: 'taxCode', synonyms: ['MST', 'Mã số thuế', 'Mã số HTX'] },
  // Where the unit is: tells same-name units apart (THT have no tax code).
  { key: 'commune', label: 'Xã/Phường (của đơn vị)', kind: 'commune', synonyms: ['Xã/Phường', 'Xã, phường', 'Phường/Xã', 'Xã', 'Phường'] },
  { key: 'legacyDistrict', label: 'Quận/Huyện (cũ)', kind: 'text', synonyms: ['Quận/Huyện', 'Quận, huyện', 'Huyện', 'Quận'] },
  { key: 'address', label: 'Địa chỉ (của đơn vị)', kind: 'text', synonyms: ['Địa chỉ'] },
  {
    key: 'awardName',
    label: 'Danh hiệu / hình thức',
    kind: 'text',
    required: true,
    synonyms: [
      'Hình thức khen thưởng',
      'Danh hiệu',
      'Hình thức',
      'Danh hiệu thi đua',
      'Hình thức/Danh hiệu',
      'Danh hiệu, hình thức',
      'Khen thưởng',
      'Loại khen thưởng',
    ],
  },
  { key: 'decisionNumber', label: 'Số quyết định', kind: 'text', synonyms: ['Số quyết định', 'Số QĐ', 'Quyết định số', 'QĐ số', 'Số, ngày quyết định'] },
  { key: 'decisionDate', label: 'Ngày quyết định', kind: 'date', synonyms: ['Ngày quyết định', 'Ngày QĐ', 'Ngày ký', 'Ngày ban hành', 'Ngày'] },
  {
    key: 'issuingBody',
    label: 'Cơ quan ban hành',
    kind: 'text',
    synonyms: ['Cơ quan ban hành', 'Cấp khen', 'Cơ quan quyết định', 'Người ký', 'Cấp quyết định', 'Cơ quan khen'],
  },
  { key: 'gender', label: 'Giới tính', kind: 'gender', synonyms: ['Giới tính', 'Nam/Nữ', 'Phái'] },
  { key: 'birthYear', label: 'Năm sinh', kind: 'year', synonyms: ['Năm sinh', 'Ngày sinh'] },
  // Nomination lists split the birth year into Nam | Nữ columns: the column gives the gender.
  { key: 'birthYearMale', label: 'Năm sinh (cột Nam)', kind: 'year', synonyms: ['Năm sinh - Nam'] },
  { key: 'birthYearFemale', label: 'Năm sinh (cột Nữ)', kind: 'year', synonyms: ['Năm sinh - Nữ', 'Nữ'] },
  { key: 'position', label: 'Chức vụ', kind: 'text', synonyms: ['Chức vụ', 'Chức danh'] },
  { key: 'ethnicity', label: 'Dân tộc', kind: 'text', synonyms: ['Dân tộc'] },
  { key: 'notes', label: 'Ghi chú', kind: 'text', synonyms: ['Ghi chú'] },
];

/** Who a row is about: 'Phân loại khen thưởng' holds TAPTHE / CANHAN / HOGIADINH in provincial software. */
const RECIPIENT_KIND: FieldDef = {
  key: 'recipientKind',
  label: 'Tập thể / cá nhân / hộ gia đình',
  kind: 'text',
  synonyms: ['Phân loại khen thưởng', 'Mã phân loại khen thưởng', 'Đối tượng', 'Tập thể/cá nhân', 'Loại đối tượng', 'Khen thưởng tập thể/cá nhân'],
};
/** Phân loại đối tượng / cán bộ (lãnh đạo, người trực tiếp lao động, doanh nghiệp, hộ gia đình…): kept for statistics. */
const CATEGORY: FieldDef = {
  key: 'category',
  label: 'Phân loại đối tượng',
  kind: 'text',
  synonyms: [
    'Phân loại đối tượng',
    'Phân loại cán bộ',
    'Mã phân loại tập thể',
    'Mã phân loại loại tượng',
    'Mã phân loại đối tượng',
    'Phân loại tập thể',
    'Mã phân loại cán bộ',
  ],
};
const RECIPIENT_NAME: FieldDef = {
  key: 'recipientName',
  label: 'Tên tập thể / họ tên cá nhân',
  kind: 'name',
  required: true,
  synonyms: [
    'Họ và tên',
    'Họ tên',
    'Tên tập thể/cá nhân/hộ gia đình',
    'Tên tập thể, cá nhân',
    'Tên tập thể/cá nhân',
    'Tên đơn vị / tập thể',
    'Tên tập thể',
    'Tên đơn vị',
    'Tên HTX',
    'Tên cá nhân',
    'Đơn vị, cá nhân',
    'Tên',
  ],
};
const HONORIFIC: FieldDef = {
  key: 'honorific',
  label: 'Tên gọi (Ông/Bà/chức danh)',
  kind: 'text',
  synonyms: ['Tên gọi', 'Tên gọi (Ông/Bà/Chức danh)', 'Danh xưng', 'Ông/Bà'],
};
const UNIT_NAME: FieldDef = {
  key: 'unitName',
  label: 'Đơn vị công tác (của cá nhân)',
  kind: 'text',
  synonyms: [
    'Đơn vị công tác',
    'Chức vụ, đơn vị',
    'Chức vụ - đơn vị',
    'Chức vụ, đơn vị công tác',
    'Nơi công tác',
    'Thuộc đơn vị',
    'Tên cơ quan làm việc',
    'Cơ quan công tác',
    'Đơn vị',
  ],
};
const TAX_CODE: FieldDef = { key: 'taxCode', label: 'Mã số thuế đơn vị', kind: 'taxCode', synonyms: ['MST', 'Mã số thuế', 'Mã số HTX'] };
const GENDER: FieldDef = { key: 'gender', label: 'Giới tính', kind: 'gender', synonyms: ['Giới tính', 'Nam/Nữ', 'Phái'] };
const BIRTH_DATE: FieldDef = { key: 'birthDate', label: 'Ngày sinh', kind: 'date', synonyms: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh'] };
const BIRTH_YEAR: FieldDef = { key: 'birthYear', label: 'Năm sinh', kind: 'year', synonyms: ['Năm sinh'] };
const BIRTH_MALE: FieldDef = { key: 'birthYearMale', label: 'Năm sinh (cột Nam)', kind: 'year', synonyms: ['Năm sinh - Nam'] };
const BIRTH_FEMALE: FieldDef = { key: 'birthYearFemale', label: 'Năm sinh (cột Nữ)', kind: 'year', synonyms: ['Năm sinh - Nữ', 'Nữ'] };
const POSITION: FieldDef = { key: 'position', label: 'Chức vụ', kind: 'text', synonyms: ['Chức vụ', 'Chức danh', 'Chức vụ hiện tại'] };
const ETHNICITY: FieldDef = { key: 'ethnicity', label: 'Dân tộc', kind: 'text', synonyms: ['Dân tộc'] };
const PHONE: FieldDef = { key: 'phone', label: 'Điện thoại', kind: 'phone', synonyms: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Di động'] };
const NOTES: FieldDef = { key: 'notes', label: 'Ghi chú', kind: 'text', synonyms: ['Ghi chú'] };

/** What a list says about a person besides the name (nomination lists and staff lists alike). */
const PERSON_DETAILS: FieldDef[] = [GENDER, BIRTH_DATE, BIRTH_YEAR, BIRTH_MALE, BIRTH_FEMALE, ETHNICITY, POSITION, UNIT_NAME, TAX_CODE];

/** Danh sách đề nghị khen thưởng: one nomination per row into the chosen round (the round gives the year). */
export const NOMINATION_FIELDS: FieldDef[] = [
  STT,
  HONORIFIC,
  RECIPIENT_NAME,
  RECIPIENT_KIND,
  CATEGORY,
  ...PERSON_DETAILS,
  {
    key: 'awardName',
    label: 'Danh hiệu / hình thức đề nghị',
    kind: 'text',
    synonyms: [
      'Danh hiệu thi đua/Hình thức khen thưởng',
      'Hình thức khen thưởng',
      'Mã hình thức khen thưởng',
      'Hình thức đề nghị',
      'Hình thức khen thưởng đề nghị',
      'Danh hiệu, hình thức',
      'Hình thức/Danh hiệu',
      'Đề nghị khen thưởng',
      'Hình thức',
    ],
  },
  {
    key: 'titleName',
    label: 'Danh hiệu thi đua đề nghị',
    kind: 'text',
    synonyms: ['Danh hiệu thi đua', 'Mã danh hiệu thi đua', 'Mã danh hiệu thi đua (nếu có)', 'Danh hiệu đề nghị', 'Danh hiệu'],
  },
  {
    key: 'summary',
    label: 'Tóm tắt thành tích',
    kind: 'text',
    synonyms: ['Tóm tắt thành tích', 'Thành tích', 'Tóm tắt thành tích đạt được', 'Thành tích đạt được'],
  },
  { key: 'year', label: 'Năm', kind: 'year', synonyms: ['Năm', 'Năm đề nghị', 'Năm xét'] },
  { key: 'field', label: 'Lĩnh vực hoạt động', kind: 'text', synonyms: ['Lĩnh vực hoạt động', 'Mã lĩnh vực hoạt động', 'Lĩnh vực'] },
  PHONE,
  NOTES,
];

/** Cán bộ, thành viên của đơn vị. */
export const PERSON_FIELDS: FieldDef[] = [
  STT,
  HONORIFIC,
  { ...RECIPIENT_NAME, label: 'Họ và tên', synonyms: ['Họ và tên', 'Họ tên', 'Họ và tên thành viên', 'Họ tên cán bộ', 'Tên cá nhân', 'Tên'] },
  ...PERSON_DETAILS,
  PHONE,
  NOTES,
];

/** Sáng kiến, đề tài được công nhận. */
export const INITIATIVE_FIELDS: FieldDef[] = [
  STT,
  {
    key: 'title',
    label: 'Tên sáng kiến / đề tài',
    kind: 'text',
    required: true,
    synonyms: ['Tên đề tài', 'Tên sáng kiến', 'Tên đề tài, sáng kiến', 'Tên đề tài/sáng kiến', 'Tên sáng kiến, đề tài', 'Tên giải pháp', 'Sáng kiến', 'Đề tài'],
  },
  {
    key: 'authors',
    label: 'Tác giả',
    kind: 'text',
    synonyms: ['Tên tác giả', 'Tác giả', 'Họ và tên tác giả', 'Đồng tác giả', 'Chủ nhiệm đề tài', 'Tác giả, đồng tác giả'],
  },
  { key: 'recognisedDate', label: 'Ngày công nhận', kind: 'date', synonyms: ['Ngày công nhận', 'Ngày quyết định công nhận', 'Ngày QĐ công nhận'] },
  { key: 'recognisedBy', label: 'Đơn vị công nhận', kind: 'text', synonyms: ['Đơn vị công nhận', 'Cơ quan công nhận', 'Hội đồng công nhận', 'Cấp công nhận'] },
  {
    key: 'level',
    label: 'Phạm vi ảnh hưởng (cơ sở / tỉnh / toàn quốc)',
    kind: 'text',
    synonyms: ['Phạm vi', 'Phạm vi ảnh hưởng', 'Phạm vi áp dụng', 'Cấp', 'Cấp độ'],
  },
  {
    key: 'decisionNumber',
    label: 'Số quyết định công nhận',
    kind: 'text',
    synonyms: ['Số quyết định', 'Số QĐ', 'Quyết định công nhận', 'Số quyết định công nhận', 'Quyết định số'],
  },
  { key: 'year', label: 'Năm công nhận', kind: 'year', synonyms: ['Năm', 'Năm công nhận'] },
  { key: 'summary', label: 'Tóm tắt', kind: 'text', synonyms: ['Tóm tắt thành tích đạt được', 'Tóm tắt', 'Nội dung', 'Hiệu quả'] },
  { key: 'department', label: 'Phòng ban', kind: 'text', synonyms: ['Phòng ban làm việc', 'Phòng ban', 'Bộ phận'] },
  { ...UNIT_NAME, label: 'Đơn vị của tác giả' },
  NOTES,
];

/** Kết quả phân loại, đánh giá mức độ hoàn thành nhiệm vụ của năm. */
export const RATING_FIELDS: FieldDef[] = [
  STT,
  RECIPIENT_NAME,
  RECIPIENT_KIND,
  {
    key: 'rating',
    label: 'Kết quả phân loại',
    kind: 'text',
    required: true,
    synonyms: [
      'Kết quả phân loại',
      'Kết quả đánh giá',
      'Kết quả đánh giá, xếp loại',
      'Kết quả xếp loại',
      'Mức độ hoàn thành nhiệm vụ',
      'Xếp loại',
      'Phân loại',
      'Đánh giá',
      'Kết quả',
    ],
  },
  { key: 'year', label: 'Năm đánh giá', kind: 'year', synonyms: ['Năm', 'Năm đánh giá', 'Năm xếp loại'] },
  { key: 'leave', label: 'Nghỉ thai sản trong năm', kind: 'text', synonyms: ['Nghỉ thai sản', 'Thai sản'] },
  GENDER,
  BIRTH_DATE,
  BIRTH_YEAR,
  BIRTH_MALE,
  BIRTH_FEMALE,
  POSITION,
  UNIT_NAME,
  TAX_CODE,
  NOTES,
];

const FIELDS_OF: Record<ImportTarget, FieldDef[]> = {
  units: UNIT_FIELDS,
  awards: AWARD_FIELDS,
  nominations: NOMINATION_FIELDS,
  people: PERSON_FIELDS,
  initiatives: INITIATIVE_FIELDS,
  ratings: RATING_FIELDS,
};

export function fieldsOf(target: ImportTarget): FieldDef[] {
  return FIELDS_OF[target];
}

export function fieldDef(target: ImportTarget, key: string): FieldDef | undefined {
  return fieldsOf(target).find((f) => f.key === key);
}

/** Folded header text for matching: no diacritics, punctuation as spaces. */
export function headerKey(header: string): string {
  return foldText(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Column index -> field key ('' = not imported). An array, never an object keyed by header text. */
export type ColumnMapping = string[];

/**
 * Score of a header for a field: exact synonym beats a synonym found as whole words inside a
 * longer header (e.g. "Chỉ tiêu 2024 - Doanh thu"); longer synonyms beat shorter ones.
 */
function synonymScore(key: string, field: FieldDef): number {
  let best = 0;
  for (const s of field.synonyms) {
    const syn = headerKey(s);
    if (!syn) continue;
    if (key === syn) best = Math.max(best, 1000 + syn.length);
    else if ((' ' + key + ' ').includes(' ' + syn + ' ')) best = Math.max(best, 100 + syn.length);
  }
  return best;
}

/**
 * The year a column's header names ("Doanh thu 2023", "Số thành viên - Năm 2024"): wide reports give
 * one column per year of an indicator.
 */
export function yearInHeader(header: string): number | undefined {
  const m = /(?:^|\D)(19[5-9]\d|20\d\d)(?:\D|$)/.exec(header);
  return m ? Number(m[1]) : undefined;
}

/** The year an indicator column holds: the one its header names, for an indicator field other than "year" itself. */
export function indicatorYear(field: FieldDef | undefined, header: string): number | undefined {
  return field?.indicator && field.key !== 'year' ? yearInHeader(header) : undefined;
}

/** A row value key of an indicator for the year its column names: "revenue@2023". */
export function yearlyKey(field: string, year: number): string {
  return `${field}@${year}`;
}

/** Suggest a field for every column; each field goes to the one column that names it best (per year for indicators). */
export function suggestMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const fields = fieldsOf(target);
  const candidates: Array<{ col: number; field: string; score: number }> = [];
  headers.forEach((h, col) => {
    const key = headerKey(h);
    if (!key) return;
    for (const f of fields) {
      const score = synonymScore(key, f);
      if (score > 0) candidates.push({ col, field: f.key, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const mapping: ColumnMapping = headers.map(() => '');
  const usedFields = new Set<string>();
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const c of candidates) {
    const year = indicatorYear(byKey.get(c.field), headers[c.col] ?? '');
    const use = year ? yearlyKey(c.field, year) : c.field;
    if (mapping[c.col] || usedFields.has(use)) continue;
    mapping[c.col] = c.field;
    usedFields.add(use);
  }
  return mapping;
}

/** Which target a header row most likely belongs to (rules and reasons in targetGuess.ts). */
export function guessTarget(headers: readonly string[]): ImportTarget {
  return guessImportTarget(headers).target;
}

/** Signature of a header row, used to remember mappings for files with the same headers. */
export function headerSignature(headers: readonly string[], target: ImportTarget): string {
  return target + '|' + headers.map(headerKey).join('|');
}
