/**
 * Administrative units of Vietnam from 01/07/2025 (Nghị quyết 202/2025/QH15 for provinces; the
 * 34 province-level resolutions 1654-1687/NQ-UBTVQH15 for communes): 34 provinces/cities, no
 * district level, 3,321 communes (xã, phường, đặc khu).
 * Codes: provinces per Công văn 915/CTK-CSCL, communes per Phụ lục I of Công văn 1027/CTK-CSCL
 * (25/06/2025) of Cục Thống kê. Transcribed from the published list; counts are checked by
 * tests/unit/localities-data.test.ts.
 */
import type { Commune, Province } from './types';

/** The six centrally-run cities (thành phố trực thuộc trung ương); the rest are tỉnh. */
export const CITY_PROVINCE_CODES: readonly string[] = ['01', '31', '46', '48', '79', '92'];

/** [code, name, old provinces merged into it on 01/07/2025 (or renamed from)]. */
const PROVINCE_ROWS: Array<[string, string, string[]]> = [
  ['01', 'Hà Nội', []],
  ['04', 'Cao Bằng', []],
  ['08', 'Tuyên Quang', ['Hà Giang']],
  ['11', 'Điện Biên', []],
  ['12', 'Lai Châu', []],
  ['14', 'Sơn La', []],
  ['15', 'Lào Cai', ['Yên Bái']],
  ['19', 'Thái Nguyên', ['Bắc Kạn']],
  ['20', 'Lạng Sơn', []],
  ['22', 'Quảng Ninh', []],
  ['24', 'Bắc Ninh', ['Bắc Giang']],
  ['25', 'Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']],
  ['31', 'Hải Phòng', ['Hải Dương']],
  ['33', 'Hưng Yên', ['Thái Bình']],
  ['37', 'Ninh Bình', ['Hà Nam', 'Nam Định']],
  ['38', 'Thanh Hóa', []],
  ['40', 'Nghệ An', []],
  ['42', 'Hà Tĩnh', []],
  ['44', 'Quảng Trị', ['Quảng Bình']],
  ['46', 'Huế', ['Thừa Thiên Huế']],
  ['48', 'Đà Nẵng', ['Quảng Nam']],
  ['51', 'Quảng Ngãi', ['Kon Tum']],
  ['52', 'Gia Lai', ['Bình Định']],
  ['56', 'Khánh Hòa', ['Ninh Thuận']],
  ['66', 'Đắk Lắk', ['Phú Yên']],
  ['68', 'Lâm Đồng', ['Đắk Nông', 'Bình Thuận']],
  ['75', 'Đồng Nai', ['Bình Phước']],
  ['79', 'Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']],
  ['80', 'Tây Ninh', ['Long An']],
  ['82', 'Đồng Tháp', ['Tiền Giang']],
  ['86', 'Vĩnh Long', ['Bến Tre', 'Trà Vinh']],
  ['91', 'An Giang', ['Kiên Giang']],
  ['92', 'Cần Thơ', ['Sóc Trăng', 'Hậu Giang']],
  ['96', 'Cà Mau', ['Bạc Liêu']],
];

export const PROVINCES: Province[] = PROVINCE_ROWS.map(([code, name, formerNames]) => ({ code, name, formerNames }));

const COMMUNE_TYPES = { p: ['phuong', 'Phường'], x: ['xa', 'Xã'], d: ['dac_khu', 'Đặc khu'] } as const;

/**
 * Per province, communes in the order of the official list, '|'-separated; each entry is a type
 * letter (p phường, x xã, d đặc khu), the 5-digit code, then the name without its type word.
 */
const COMMUNE_ROWS: Array<[string, string]> = [
  [
    '01',
    'p00070Hoàn Kiếm|p00082Cửa Nam|p00004Ba Đình|p00008Ngọc Hà|p00025Giảng Võ|p00256Hai Bà Trưng|' +
      'p00283Vĩnh Tuy|p00292Bạch Mai|p00235Đống Đa|p00229Kim Liên|p00226Văn Miếu - Quốc Tử Giám|p00199Láng|' +
      'p00190Ô Chợ Dừa|p00097Hồng Hà|p00328Lĩnh Nam|p00331Hoàng Mai|p00301Vĩnh Hưng|p00322Tương Mai|' +
      'p00316Định Công|p00337Hoàng Liệt|p00340Yên Sở|p00367Thanh Xuân|p00364Khương Đình|p00352Phương Liệt|' +
      'p00166Cầu Giấy|p00160Nghĩa Đô|p00175Yên Hòa|p00103Tây Hồ|p00091Phú Thượng|p00613Tây Tựu|' +
      'p00619Phú Diễn|p00611Xuân Đỉnh|p00602Đông Ngạc|p00598Thượng Cát|p00592Từ Liêm|p00622Xuân Phương|' +
      'p00634Tây Mỗ|p00637Đại Mỗ|p00145Long Biên|p00118Bồ Đề|p00127Việt Hưng|p00136Phúc Lợi|p09556Hà Đông|' +
      'p09886Dương Nội|p09562Yên Nghĩa|p09568Phú Lương|p09552Kiến Hưng|x00640Thanh Trì|x00664Đại Thanh|' +
      'x00685Nam Phù|x00679Ngọc Hồi|p00643Thanh Liệt|x10231Thượng Phúc|x10183Thường Tín|x10237Chương Dương|' +
      'x10210Hồng Vân|x10273Phú Xuyên|x10279Phượng Dực|x10330Chuyên Mỹ|x10342Đại Xuyên|x10114Thanh Oai|' +
      'x10126Bình Minh|x10144Tam Hưng|x10180Dân Hòa|x10354Vân Đình|x10369Ứng Thiên|x10417Hòa Xá|' +
      'x10402Ứng Hòa|x10441Mỹ Đức|x10465Hồng Sơn|x10459Phúc Sơn|x10489Hương Sơn|p10015Chương Mỹ|' +
      'x10030Phú Nghĩa|x10045Xuân Mai|x10081Trần Phú|x10096Hòa Phú|x10072Quảng Bị|x09661Minh Châu|' +
      'x09619Quảng Oai|x09664Vật Lại|x09634Cổ Đô|x09676Bất Bạt|x09694Suối Hai|x09700Ba Vì|x09706Yên Bài|' +
      'p09574Sơn Tây|p09604Tùng Thiện|x09616Đoài Phương|x09715Phúc Thọ|x09739Phúc Lộc|x09772Hát Môn|' +
      'x09955Thạch Thất|x09982Hạ Bằng|x10003Tây Phương|x09988Hòa Lạc|x04930Yên Xuân|x09895Quốc Oai|' +
      'x09931Hưng Đạo|x09910Kiều Phú|x09952Phú Cát|x09832Hoài Đức|x09856Dương Hòa|x09871Sơn Đồng|' +
      'x09877An Khánh|x09784Đan Phượng|x09817Ô Diên|x09787Liên Minh|x00565Gia Lâm|x00562Thuận An|' +
      'x00577Bát Tràng|x00541Phù Đổng|x00475Thư Lâm|x00454Đông Anh|x00466Phúc Thịnh|x00493Thiên Lộc|' +
      'x00508Vĩnh Thanh|x09022Mê Linh|x08980Yên Lãng|x08995Tiến Thắng|x08974Quang Minh|x00376Sóc Sơn|' +
      'x00430Đa Phúc|x00433Nội Bài|x00385Trung Giã|x00382Kim Anh',
  ],
  [
    '04',
    'p01273Thục Phán|p01279Nùng Trí Cao|p01288Tân Giang|x01304Quảng Lâm|x01297Nam Quang|x01294Lý Bôn|' +
      'x01290Bảo Lâm|x01318Yên Thổ|x01360Sơn Lộ|x01351Hưng Đạo|x01321Bảo Lạc|x01324Cốc Pàng|x01327Cô Ba|' +
      'x01336Khánh Xuân|x01339Xuân Trường|x01354Huy Giáp|x01738Ca Thành|x01768Phan Thanh|x01777Thành Công|' +
      'x01729Tĩnh Túc|x01774Tam Kim|x01726Nguyên Bình|x01747Minh Tâm|x01387Thanh Long|x01366Cần Yên|' +
      'x01363Thông Nông|x01392Trường Hà|x01438Hà Quảng|x01393Lũng Nặm|x01414Tổng Cọt|x01660Nam Tuấn|' +
      'x01654Hòa An|x01708Bạch Đằng|x01699Nguyễn Huệ|x01795Minh Khai|x01789Canh Tân|x01792Kim Đồng|' +
      'x01807Thạch An|x01786Đông Khê|x01822Đức Long|x01648Phục Hòa|x01636Bế Văn Đàn|x01594Độc Lập|' +
      'x01576Quảng Uyên|x01618Hạnh Phúc|x01456Quang Hán|x01447Trà Lĩnh|x01465Quang Trung|x01525Đoài Dương|' +
      'x01477Trùng Khánh|x01501Đàm Thủy|x01489Đình Phong|x01537Lý Quốc|x01558Hạ Lang|x01561Vinh Quý|' +
      'x01552Quang Long',
  ],
  [
    '08',
    'x02269Thượng Lâm|x02266Lâm Bình|x02302Minh Quang|x02296Bình An|x02245Côn Lôn|x02248Yên Hoa|' +
      'x02239Thượng Nông|x02260Hồng Thái|x02221Nà Hang|x02308Tân Mỹ|x02317Yên Lập|x02320Tân An|' +
      'x02287Chiêm Hóa|x02353Hòa An|x02332Kiên Đài|x02359Tri Phú|x02350Kim Bình|x02365Yên Nguyên|' +
      'x02305Trung Hà|x02398Yên Phú|x02380Bạch Xa|x02392Phù Lưu|x02374Hàm Yên|x02404Bình Xa|x02407Thái Sơn|' +
      'x02419Thái Hòa|x02425Hùng Đức|x02455Hùng Lợi|x02458Trung Sơn|x02494Thái Bình|x02470Tân Long|' +
      'x02449Xuân Vân|x02434Lực Hành|x02473Yên Sơn|x02530Nhữ Khê|x02437Kiến Thiết|x02545Tân Trào|' +
      'x02554Minh Thanh|x02536Sơn Dương|x02548Bình Ca|x02578Tân Thanh|x02620Sơn Thủy|x02611Phú Lương|' +
      'x02623Trường Sinh|x02608Hồng Sơn|x02572Đông Thọ|p02509Mỹ Lâm|p02215Minh Xuân|p02212Nông Tiến|' +
      'p02512An Tường|p02524Bình Thuận|x00715Lũng Cú|x00721Đồng Văn|x00733Sà Phìn|x00745Phố Bảng|' +
      'x00763Lũng Phìn|x00787Sủng Máng|x00778Sơn Vĩ|x00769Mèo Vạc|x00802Khâu Vai|x00817Niêm Sơn|' +
      'x00808Tát Ngà|x00829Thắng Mố|x00832Bạch Đích|x00820Yên Minh|x00847Mậu Duệ|x00859Ngọc Long|' +
      'x00871Du Già|x00865Đường Thượng|x00901Lùng Tám|x00883Cán Tỷ|x00889Nghĩa Thuận|x00874Quản Bạ|' +
      'x00892Tùng Vài|x01006Yên Cường|x01012Đường Hồng|x00991Bắc Mê|x00985Giáp Trung|x00982Minh Sơn|' +
      'x00994Minh Ngọc|x00700Ngọc Đường|p00694Hà Giang 1|p00691Hà Giang 2|x00937Lao Chải|x00928Thanh Thủy|' +
      'x00919Minh Tân|x00922Thuận Hòa|x00925Tùng Bá|x00706Phú Linh|x00970Linh Hồ|x00976Bạch Ngọc|' +
      'x00913Vị Xuyên|x00967Việt Lâm|x00952Cao Bồ|x00958Thượng Sơn|x01171Tân Quang|x01165Đồng Tâm|' +
      'x01192Liên Hiệp|x01180Bằng Hành|x01153Bắc Quang|x01201Hùng An|x01156Vĩnh Tuy|x01216Đồng Yên|' +
      'x01261Tiên Yên|x01255Xuân Giang|x01246Bằng Lang|x01234Yên Thành|x01237Quang Bình|x01243Tân Trịnh|' +
      'x01225Tiên Nguyên|x01090Thông Nguyên|x01084Hồ Thầu|x01075Nậm Dịch|x01051Tân Tiến|x01021Hoàng Su Phì|' +
      'x01033Thàng Tín|x01024Bản Máy|x01057Pờ Ly Ngài|x01108Xín Mần|x01096Pà Vầy Sủ|x01141Nấm Dẩn|' +
      'x01117Trung Thịnh|x01144Quảng Nguyên|x01147Khuôn Lùng',
  ],
  [
    '11',
    'x03325Mường Phăng|p03127Điện Biên Phủ|p03334Mường Thanh|p03151Mường Lay|x03328Thanh Nưa|' +
      'x03352Thanh An|x03349Thanh Yên|x03356Sam Mứn|x03358Núa Ngam|x03368Mường Nhà|x03253Tuần Giáo|' +
      'x03295Quài Tở|x03268Mường Mùn|x03260Pú Nhung|x03283Chiềng Sinh|x03217Tủa Chùa|x03226Sín Chải|' +
      'x03241Sính Phình|x03220Tủa Thàng|x03244Sáng Nhè|x03172Na Sang|x03181Mường Tùng|x03193Pa Ham|' +
      'x03194Nậm Nèn|x03202Mường Pồn|x03203Na Son|x03208Xa Dung|x03370Pu Nhi|x03214Mường Luân|' +
      'x03385Tìa Dình|x03382Phình Giàng|x03166Mường Chà|x03169Nà Hỳ|x03176Nà Bủng|x03175Chà Tở|' +
      'x03199Si Pa Phìn|x03160Mường Nhé|x03158Sín Thầu|x03163Mường Toong|x03162Nậm Kè|x03164Quảng Lâm|' +
      'x03256Mường Ảng|x03316Nà Tấu|x03301Búng Lao|x03313Mường Lạn',
  ],
  [
    '12',
    'x03637Mường Kim|x03640Khoen On|x03595Than Uyên|x03618Mường Than|x03616Pắc Ta|x03613Nậm Sỏ|' +
      'x03598Tân Uyên|x03601Mường Khoa|x03424Bản Bo|x03390Bình Lư|x03405Tả Lèng|x03430Khun Há|' +
      'p03408Tân Phong|p03388Đoàn Kết|x03394Sin Suối Hồ|x03549Phong Thổ|x03562Sì Lở Lầu|x03571Dào San|' +
      'x03583Khổng Lào|x03529Tủa Sín Chải|x03478Sìn Hồ|x03508Hồng Thu|x03517Nậm Tăm|x03532Pu Sam Cáp|' +
      'x03544Nậm Cuổi|x03538Nậm Mạ|x03487Lê Lợi|x03434Nậm Hàng|x03472Mường Mô|x03460Hua Bum|x03503Pa Tần|' +
      'x03466Bum Nưa|x03433Bum Tở|x03445Mường Tè|x03439Thu Lũm|x03442Pa Ủ|x03463Tà Tổng|x03451Mù Cả',
  ],
  [
    '14',
    'p03646Tô Hiệu|p03664Chiềng An|p03670Chiềng Cơi|p03679Chiềng Sinh|p03980Mộc Châu|p03979Mộc Sơn|' +
      'p04033Vân Sơn|p03982Thảo Nguyên|x04000Đoàn Kết|x04045Lóng Sập|x03985Chiềng Sơn|x04048Vân Hồ|' +
      'x04006Song Khủa|x04018Tô Múa|x04057Xuân Nha|x03703Quỳnh Nhai|x03688Mường Chiên|x03694Mường Giôn|' +
      'x03712Mường Sại|x03721Thuận Châu|x03754Chiềng La|x03784Nậm Lầu|x03799Muổi Nọi|x03757Mường Khiêng|' +
      'x03781Co Mạ|x03724Bình Thuận|x03727Mường É|x03763Long Hẹ|x03808Mường La|x03814Chiềng Lao|' +
      'x03847Mường Bú|x03850Chiềng Hoa|x03856Bắc Yên|x03868Tà Xùa|x03880Tạ Khoa|x03862Xím Vàng|' +
      'x03871Pắc Ngà|x03892Chiềng Sại|x03910Phù Yên|x03922Gia Phù|x03958Tường Hạ|x03907Mường Cơi|' +
      'x03943Mường Bang|x03970Tân Phong|x03961Kim Bon|x04075Yên Châu|x04078Chiềng Hặc|x04096Lóng Phiêng|' +
      'x04087Yên Sơn|x04132Chiềng Mai|x04105Mai Sơn|x04159Phiêng Pằn|x04123Chiềng Mung|x04144Phiêng Cằm|' +
      'x04117Mường Chanh|x04136Tà Hộc|x04108Chiềng Sung|x04171Bó Sinh|x04222Chiềng Khương|x04219Mường Hung|' +
      'x04204Chiềng Khoong|x04183Mường Lầm|x04186Nậm Ty|x04168Sông Mã|x04210Huổi Một|x04195Chiềng Sơ|' +
      'x04231Sốp Cộp|x04228Púng Bánh|x03997Tân Yên|x03760Mường Bám|x03820Ngọc Chiến|x03901Suối Tọ|' +
      'x04099Phiêng Khoài|x04246Mường Lạn|x04240Mường Lèo',
  ],
  [
    '15',
    'x04465Khao Mang|x04456Mù Cang Chải|x04492Púng Luông|x04630Tú Lệ|x04606Trạm Tấu|x04585Hạnh Phúc|' +
      'x04609Phình Hồ|p04288Nghĩa Lộ|p04663Trung Tâm|p04681Cầu Thia|x04660Liên Sơn|x04636Gia Hội|' +
      'x04651Sơn Lương|x04705Thượng Bằng La|x04699Chấn Thịnh|x04711Nghĩa Tâm|x04672Văn Chấn|' +
      'x04402Phong Dụ Hạ|x04387Châu Quế|x04381Lâm Giang|x04399Đông Cuông|x04429Tân Hợp|x04375Mậu A|' +
      'x04441Xuân Ái|x04450Mỏ Vàng|x04309Lâm Thượng|x04303Lục Yên|x04336Tân Lĩnh|x04342Khánh Hòa|' +
      'x04363Phúc Lợi|x04345Mường Lai|x04726Cảm Nhân|x04744Yên Thành|x04717Thác Bà|x04714Yên Bình|' +
      'x04750Bảo Ái|p04279Văn Phú|p04252Yên Bái|p04273Nam Cường|p04543Âu Lâu|x04498Trấn Yên|' +
      'x04576Hưng Khánh|x04537Lương Thịnh|x04564Việt Hồng|x04531Quy Mông|x02902Phong Hải|x02926Xuân Quang|' +
      'x02905Bảo Thắng|x02908Tằng Loỏng|x02923Gia Phú|x02746Cốc San|x02680Hợp Thành|p02671Cam Đường|' +
      'p02647Lào Cai|x02728Mường Hum|x02707Dền Sáng|x02701Y Tý|x02686A Mú Sung|x02695Trịnh Tường|' +
      'x02725Bản Xèo|x02683Bát Xát|x02953Nghĩa Đô|x02968Thượng Hà|x02947Bảo Yên|x02962Xuân Hòa|' +
      'x02998Phúc Khánh|x02989Bảo Hà|x03061Võ Lao|x03103Khánh Yên|x03082Văn Bàn|x03106Dương Quỳ|' +
      'x03091Chiềng Ken|x03121Minh Lương|x03076Nậm Chày|x03043Mường Bo|x03046Bản Hồ|x03013Tả Phìn|' +
      'x03037Tả Van|p03006Sa Pa|x02896Cốc Lầu|x02890Bảo Nhai|x02869Bản Liền|x02839Bắc Hà|x02842Tả Củ Tỷ|' +
      'x02848Lùng Phình|x02752Pha Long|x02761Mường Khương|x02788Bản Lầu|x02782Cao Sơn|x02809Si Ma Cai|' +
      'x02824Sín Chéng|x04474Lao Chải|x04489Chế Tạo|x04462Nậm Có|x04603Tà Xi Láng|x04423Phong Dụ Thượng|' +
      'x04693Cát Thịnh|x03085Nậm Xé|x03004Ngũ Chỉ Sơn',
  ],
  [
    '19',
    'p05443Phan Đình Phùng|p05710Linh Sơn|p05500Tích Lương|p05467Gia Sàng|p05455Quyết Thắng|' +
      'p05482Quan Triều|x05503Tân Cương|x05488Đại Phúc|x05830Đại Từ|x05776Đức Lương|x05800Phú Thịnh|' +
      'x05818La Bằng|x05788Phú Lạc|x05809An Khánh|x05851Quân Chu|x05845Vạn Phú|x05773Phú Xuyên|' +
      'p05860Phổ Yên|p05890Vạn Xuân|p05899Trung Thành|p05857Phúc Thuận|x05881Thành Công|x05908Phú Bình|' +
      'x05923Tân Thành|x05941Điềm Thụy|x05953Kha Sơn|x05917Tân Khánh|x05692Đồng Hỷ|x05674Quang Sơn|' +
      'x05662Trại Cau|x05707Nam Hòa|x05680Văn Hán|x05665Văn Lăng|p05518Sông Công|p05533Bá Xuyên|' +
      'p05528Bách Quang|x05611Phú Lương|x05641Vô Tranh|x05620Yên Trạch|x05632Hợp Thành|x05569Định Hóa|' +
      'x05587Bình Yên|x05581Trung Hội|x05563Phượng Tiến|x05602Phú Đình|x05605Bình Thành|x05551Kim Phượng|' +
      'x05542Lam Vỹ|x05716Võ Nhai|x05719Sảng Mộc|x05755Dân Tiến|x05722Nghinh Tường|x05725Thần Sa|' +
      'x05740La Hiên|x05746Tràng Xá|x01864Bằng Thành|x01882Nghiên Loan|x01879Cao Minh|x01906Ba Bể|' +
      'x01912Chợ Rã|x01894Phúc Lộc|x01921Thượng Minh|x01933Đồng Phúc|x02116Yên Bình|x01942Bằng Vân|' +
      'x01954Ngân Sơn|x01936Nà Phặc|x01960Hiệp Lực|x02026Nam Cường|x02038Quảng Bạch|x02044Yên Thịnh|' +
      'x02020Chợ Đồn|x02083Yên Phong|x02071Nghĩa Tá|x01969Phủ Thông|x02008Cẩm Giàng|x01981Vĩnh Thông|' +
      'x02014Bạch Thông|x01849Phong Quang|p01840Đức Xuân|p01843Bắc Kạn|x02143Văn Lang|x02152Cường Lợi|' +
      'x02155Na Rì|x02176Trần Phú|x02185Côn Minh|x02191Xuân Dương|x02104Tân Kỳ|x02101Thanh Mai|' +
      'x02107Thanh Thịnh|x02086Chợ Mới|x01957Thượng Quan',
  ],
  [
    '20',
    'x06040Thất Khê|x06001Đoàn Kết|x06019Tân Tiến|x06046Tràng Định|x06004Quốc Khánh|x06037Kháng Chiến|' +
      'x06058Quốc Việt|x06112Bình Gia|x06115Tân Văn|x06079Hồng Phong|x06073Hoa Thám|x06076Quý Hòa|' +
      'x06085Thiện Hòa|x06091Thiện Thuật|x06103Thiện Long|x06325Bắc Sơn|x06349Hưng Vũ|x06367Vũ Lăng|' +
      'x06376Nhất Hòa|x06364Vũ Lễ|x06337Tân Tri|x06253Văn Quan|x06280Điềm He|x06313Tri Lễ|x06298Yên Phúc|' +
      'x06316Tân Đoàn|x06286Khánh Khê|x06124Na Sầm|x06154Văn Lãng|x06151Hội Hoan|x06148Thụy Hùng|' +
      'x06172Hoàng Văn Thụ|x06529Lộc Bình|x06541Mẫu Sơn|x06526Na Dương|x06601Lợi Bác|x06577Thống Nhất|' +
      'x06607Xuân Dương|x06565Khuất Xá|x06613Đình Lập|x06637Châu Sơn|x06625Kiên Mộc|x06616Thái Bình|' +
      'x06385Hữu Lũng|x06457Tuấn Sơn|x06445Tân Thành|x06415Vân Nham|x06436Thiện Tân|x06391Yên Bình|' +
      'x06400Hữu Liên|x06427Cai Kinh|x06463Chi Lăng|x06496Nhân Lý|x06481Chiến Thắng|x06517Quan Sơn|' +
      'x06475Bằng Mạc|x06505Vạn Linh|x06184Đồng Đăng|x06211Cao Lộc|x06220Công Sơn|x06196Ba Sơn|' +
      'p05986Tam Thanh|p05983Lương Văn Tri|p06187Kỳ Lừa|p05977Đông Kinh',
  ],
  [
    '22',
    'p07090An Sinh|p07093Đông Triều|p07081Bình Khê|p07069Mạo Khê|p07114Hoàng Quế|p06832Yên Tử|' +
      'p06820Vàng Danh|p06811Uông Bí|p07135Đông Mai|p07147Hiệp Hòa|p07132Quảng Yên|p07168Hà An|' +
      'p07183Phong Cốc|p07180Liên Hòa|p06706Tuần Châu|p06661Việt Hưng|p06673Bãi Cháy|p06652Hà Tu|' +
      'p06676Hà Lầm|p06658Cao Xanh|p06685Hồng Gai|p06688Hạ Long|p07030Hoành Bồ|x07054Quảng La|' +
      'x07060Thống Nhất|p06760Mông Dương|p06778Quang Hanh|p06793Cẩm Phả|p06781Cửa Ông|x06799Hải Hòa|' +
      'x06862Tiên Yên|x06874Điền Xá|x06877Đông Ngũ|x06886Hải Lạng|x06985Lương Minh|x06979Kỳ Thượng|' +
      'x06970Ba Chẽ|x06913Quảng Tân|x06895Đầm Hà|x06922Quảng Hà|x06946Đường Hoa|x06931Quảng Đức|' +
      'x06841Hoành Mô|x06856Lục Hồn|x06838Bình Liêu|x06724Hải Sơn|x06733Hải Ninh|x06757Vĩnh Thực|' +
      'p06712Móng Cái 1|p06709Móng Cái 2|p06736Móng Cái 3|d06994Vân Đồn|d07192Cô Tô|x06967Cái Chiên',
  ],
  [
    '24',
    'x07627Đại Sơn|x07615Sơn Động|x07616Tây Yên Tử|x07672Dương Hưu|x07642Yên Định|x07654An Lạc|' +
      'x07621Vân Sơn|x07573Biển Động|x07582Lục Ngạn|x07594Đèo Gia|x07543Sơn Hải|x07531Tân Sơn|' +
      'x07537Biên Sơn|x07534Sa Lý|x07603Nam Dương|x07552Kiên Lao|p07525Chũ|p07612Phượng Sơn|x07492Lục Sơn|' +
      'x07489Trường Sơn|x07519Cẩm Lý|x07450Đông Phú|x07486Nghĩa Phương|x07444Lục Nam|x07498Bắc Lũng|' +
      'x07462Bảo Đài|x07375Lạng Giang|x07420Mỹ Thái|x07399Kép|x07432Tân Dĩnh|x07381Tiên Lục|x07288Yên Thế|' +
      'x07294Bố Hạ|x07282Đồng Kỳ|x07246Xuân Lương|x07264Tam Tiến|x07339Tân Yên|x07351Ngọc Thiện|' +
      'x07306Nhã Nam|x07330Phúc Hòa|x07333Quang Trung|x07864Hợp Thịnh|x07840Hiệp Hòa|x07822Hoàng Vân|' +
      'x07870Xuân Cẩm|p07774Tự Lạn|p07777Việt Yên|p07795Nếnh|p07798Vân Hà|x07735Đồng Việt|p07210Bắc Giang|' +
      'p07228Đa Mai|p07696Tiền Phong|p07682Tân An|p07681Yên Dũng|p07699Tân Tiến|p07738Cảnh Thụy|' +
      'p09187Kinh Bắc|p09190Võ Cường|p09169Vũ Ninh|p09325Hạp Lĩnh|p09286Nam Sơn|p09367Từ Sơn|p09370Tam Sơn|' +
      'p09385Đồng Nguyên|p09379Phù Khê|p09400Thuận Thành|p09409Mão Điền|p09430Trạm Lộ|p09427Trí Quả|' +
      'p09433Song Liễu|p09445Ninh Xá|p09247Quế Võ|p09265Phương Liễu|p09253Nhân Hòa|p09301Đào Viên|' +
      'p09295Bồng Lai|x09313Chi Lăng|x09292Phù Lãng|x09193Yên Phong|x09238Văn Môn|x09202Tam Giang|' +
      'x09205Yên Trung|x09208Tam Đa|x09319Tiên Du|x09334Liên Bão|x09343Tân Chi|x09340Đại Đồng|' +
      'x09349Phật Tích|x09454Gia Bình|x09475Nhân Thắng|x09469Đại Lai|x09466Cao Đức|x09487Đông Cứu|' +
      'x09496Lương Tài|x09529Lâm Thao|x09523Trung Chính|x09499Trung Kênh|x07663Tuấn Đạo',
  ],
  [
    '25',
    'p07900Việt Trì|p07894Nông Trang|p07909Thanh Miếu|p07918Vân Phú|x08515Hy Cương|x08494Lâm Thao|' +
      'x08500Xuân Lũng|x08521Phùng Nguyên|x08527Bản Nguyên|p07954Phong Châu|p07942Phú Thọ|p07948Âu Cơ|' +
      'x08230Phù Ninh|x08254Dân Chủ|x08236Phú Mỹ|x08245Trạm Thản|x08275Bình Phú|x08152Thanh Ba|' +
      'x08173Quảng Yên|x08203Hoàng Cương|x08209Đông Thành|x08218Chí Tiên|x08227Liên Minh|x07969Đoan Hùng|' +
      'x08023Tây Cốc|x08038Chân Mộng|x07999Chí Đám|x07996Bằng Luân|x08053Hạ Hòa|x08071Đan Thượng|' +
      'x08113Yên Kỳ|x08143Vĩnh Chân|x08134Văn Lang|x08110Hiền Lương|x08341Cẩm Khê|x08398Phú Khê|' +
      'x08416Hùng Việt|x08431Đồng Lương|x08344Tiên Lương|x08377Vân Bán|x08434Tam Nông|x08479Thọ Văn|' +
      'x08467Vạn Xuân|x08443Hiền Quan|x08674Thanh Thủy|x08662Đào Xá|x08686Tu Vũ|x08542Thanh Sơn|' +
      'x08584Võ Miếu|x08611Văn Miếu|x08614Cự Đồng|x08632Hương Cần|x08656Yên Sơn|x08635Khả Cửu|' +
      'x08566Tân Sơn|x08593Minh Đài|x08560Lai Đồng|x08545Thu Cúc|x08590Xuân Đài|x08620Long Cốc|' +
      'x08290Yên Lập|x08323Thượng Long|x08296Sơn Lương|x08305Xuân Viên|x08338Minh Hòa|x08311Trung Sơn|' +
      'x08824Tam Sơn|x08848Sông Lô|x08782Hải Lựu|x08773Yên Lãng|x08761Lập Thạch|x08842Tiên Lữ|' +
      'x08788Thái Hòa|x08812Liên Hòa|x08770Hợp Lý|x08866Sơn Đông|x08911Tam Đảo|x08923Đại Đình|' +
      'x08914Đạo Trù|x08869Tam Dương|x08905Hội Thịnh|x08896Hoàng An|x08872Tam Dương Bắc|x09076Vĩnh Tường|' +
      'x09112Thổ Tang|x09100Vĩnh Hưng|x09079Vĩnh An|x09154Vĩnh Phú|x09106Vĩnh Thành|x09025Yên Lạc|' +
      'x09040Tề Lỗ|x09064Liên Châu|x09043Tam Hồng|x09052Nguyệt Đức|x08935Bình Nguyên|x08971Xuân Lãng|' +
      'x08950Bình Xuyên|x08944Bình Tuyền|p08716Vĩnh Phúc|p08707Vĩnh Yên|p08740Phúc Yên|p08746Xuân Hòa|' +
      'x05089Cao Phong|x05116Mường Thàng|x05092Thung Nai|x04831Đà Bắc|x04876Cao Sơn|x04846Đức Nhàn|' +
      'x04873Quy Đức|x04849Tân Pheo|x04891Tiền Phong|x04978Kim Bôi|x05014Mường Động|x05086Dũng Tiến|' +
      'x05068Hợp Kim|x04990Nật Sơn|x05266Lạc Sơn|x05287Mường Vang|x05347Đại Đồng|x05329Ngọc Sơn|' +
      'x05290Nhân Nghĩa|x05323Quyết Thắng|x05293Thượng Cốc|x05305Yên Phú|x05392Lạc Thủy|x05425An Bình|' +
      'x05395An Nghĩa|x04924Lương Sơn|x05047Cao Dương|x04960Liên Sơn|x05200Mai Châu|x05245Bao La|' +
      'x05251Mai Hạ|x05212Pà Cò|x05206Tân Mai|x05128Tân Lạc|x05158Mường Bi|x05134Mường Hoa|' +
      'x05191Toàn Thắng|x05152Vân Sơn|x05353Yên Thủy|x05362Lạc Lương|x05386Yên Trị|x04897Thịnh Minh|' +
      'p04795Hòa Bình|p04894Kỳ Sơn|p04792Tân Hòa|p04828Thống Nhất',
  ],
  [
    '31',
    'p11560Thủy Nguyên|p11557Thiên Hương|p11533Hòa Bình|p11542Nam Triệu|p11473Bạch Đằng|p11488Lưu Kiếm|' +
      'p11506Lê Ích Mộc|p11311Hồng Bàng|p11602Hồng An|p11329Ngô Quyền|p11359Gia Viên|p11383Lê Chân|' +
      'p11407An Biên|p11413Hải An|p11411Đông Hải|p11443Kiến An|p11446Phù Liễn|p11737Nam Đồ Sơn|' +
      'p11455Đồ Sơn|p11689Hưng Đạo|p11692Dương Kinh|p11581An Dương|p11617An Hải|p11593An Phong|' +
      'x11674An Hưng|x11668An Khánh|x11647An Quang|x11635An Trường|x11629An Lão|x11680Kiến Thụy|' +
      'x11725Kiến Minh|x11749Kiến Hải|x11728Kiến Hưng|x11713Nghi Dương|x11761Quyết Thắng|x11755Tiên Lãng|' +
      'x11779Tân Minh|x11791Tiên Minh|x11806Chấn Hưng|x11809Hùng Thắng|x11824Vĩnh Bảo|' +
      'x11911Nguyễn Bỉnh Khiêm|x11887Vĩnh Am|x11875Vĩnh Hải|x11848Vĩnh Hòa|x11836Vĩnh Thịnh|' +
      'x11842Vĩnh Thuận|x11503Việt Khê|d11914Cát Hải|d11948Bạch Long Vĩ|p10525Hải Dương|' +
      'p10532Lê Thanh Nghị|p10543Việt Hòa|p10507Thành Đông|p10837Nam Đồng|p10537Tân Hưng|p11002Thạch Khôi|' +
      'p10891Tứ Minh|p10660Ái Quốc|p10549Chu Văn An|p10546Chí Linh|p10570Trần Hưng Đạo|p10552Nguyễn Trãi|' +
      'p10573Trần Nhân Tông|p10603Lê Đại Hành|p10675Kinh Môn|p10744Nguyễn Đại Năng|p10729Trần Liễu|' +
      'p10678Bắc An Phụ|p10726Phạm Sư Mạnh|p10714Nhị Chiểu|x10705Nam An Phụ|x10606Nam Sách|x10642Thái Tân|' +
      'x10615Hợp Tiến|x10633Trần Phú|x10645An Phú|x10813Thanh Hà|x10846Hà Tây|x10816Hà Bắc|x10843Hà Nam|' +
      'x10882Hà Đông|x10888Cẩm Giang|x10909Tuệ Tĩnh|x10930Mao Điền|x10903Cẩm Giàng|x10945Kẻ Sặt|' +
      'x10966Bình Giang|x10972Đường An|x10993Thượng Hồng|x10999Gia Lộc|x11020Yết Kiêu|x11050Gia Phúc|' +
      'x11065Trường Tân|x11074Tứ Kỳ|x11113Tân Kỳ|x11086Đại Sơn|x11131Chí Minh|x11140Lạc Phượng|' +
      'x11146Nguyên Giáp|x11203Ninh Giang|x11164Vĩnh Lại|x11224Khúc Thừa Dụ|x11167Tân An|x11218Hồng Châu|' +
      'x11239Thanh Miện|x11254Bắc Thanh Miện|x11257Hải Hưng|x11242Nguyễn Lương Bằng|x11284Nam Thanh Miện|' +
      'x10750Phú Thái|x10756Lai Khê|x10792An Thành|x10804Kim Thành',
  ],
  [
    '33',
    'p11953Phố Hiến|p11983Sơn Nam|p11980Hồng Châu|p12103Mỹ Hào|p12133Đường Hào|p12127Thượng Hồng|' +
      'x11977Tân Hưng|x12337Hoàng Hoa Thám|x12364Tiên Lữ|x12361Tiên Hoa|x12391Quang Hưng|x12406Đoàn Đào|' +
      'x12424Tiên Tiến|x12427Tống Trân|x12280Lương Bằng|x12286Nghĩa Dân|x12322Hiệp Cường|x12313Đức Hợp|' +
      'x12142Ân Thi|x12166Xuân Trúc|x12148Phạm Ngũ Lão|x12184Nguyễn Trãi|x12196Hồng Quang|x12205Khoái Châu|' +
      'x12223Triệu Việt Vương|x12238Việt Tiến|x12271Chí Minh|x12247Châu Ninh|x12073Yên Mỹ|x12091Việt Yên|' +
      'x12070Hoàn Long|x12064Nguyễn Văn Linh|x12004Như Quỳnh|x11992Lạc Đạo|x11995Đại Đồng|x12031Nghĩa Trụ|' +
      'x12025Phụng Công|x12019Văn Giang|x12049Mễ Sở|p13225Thái Bình|p12454Trần Lãm|p12452Trần Hưng Đạo|' +
      'p12817Trà Lý|p12466Vũ Phúc|x12826Thái Thụy|x12862Đông Thụy Anh|x12859Bắc Thụy Anh|x12865Thụy Anh|' +
      'x12904Nam Thụy Anh|x12916Bắc Thái Ninh|x12922Thái Ninh|x12943Đông Thái Ninh|x12961Nam Thái Ninh|' +
      'x12919Tây Thái Ninh|x12850Tây Thụy Anh|x12970Tiền Hải|x13039Tây Tiền Hải|x13021Ái Quốc|' +
      'x13003Đồng Châu|x12988Đông Tiền Hải|x13057Nam Cường|x13066Hưng Phú|x13063Nam Tiền Hải|' +
      'x12472Quỳnh Phụ|x12511Minh Thọ|x12532Nguyễn Du|x12577Quỳnh An|x12517Ngọc Lâm|x12526Đồng Bằng|' +
      'x12499A Sào|x12523Phụ Dực|x12583Tân Tiến|x12586Hưng Hà|x12634Tiên La|x12676Lê Quý Đôn|' +
      'x12685Hồng Minh|x12631Thần Khê|x12619Diên Hà|x12595Ngự Thiên|x12613Long Hưng|x12688Đông Hưng|' +
      'x12700Bắc Tiên Hưng|x12736Đông Tiên Hưng|x12775Nam Đông Hưng|x12745Bắc Đông Quan|' +
      'x12694Bắc Đông Hưng|x12793Đông Quan|x12763Nam Tiên Hưng|x12754Tiên Hưng|x13120Lê Lợi|' +
      'x13075Kiến Xương|x13132Quang Lịch|x13141Vũ Quý|x13183Bình Thanh|x13186Bình Định|x13159Hồng Vũ|' +
      'x13096Bình Nguyên|x13093Trà Giang|x13192Vũ Thư|x13222Thư Trì|x13246Tân Thuận|x13264Thư Vũ|' +
      'x13279Vũ Tiên|x13219Vạn Xuân',
  ],
  [
    '37',
    'x14464Gia Viễn|x14500Đại Hoàng|x14482Gia Hưng|x14524Gia Phong|x14488Gia Vân|x14494Gia Trấn|' +
      'x14428Nho Quan|x14389Gia Lâm|x14401Gia Tường|x14407Phú Sơn|x14404Cúc Phương|x14458Phú Long|' +
      'x14434Thanh Sơn|x14452Quỳnh Lưu|x14560Yên Khánh|x14611Khánh Nhạc|x14563Khánh Thiện|x14614Khánh Hội|' +
      'x14608Khánh Trung|x14701Yên Mô|x14728Yên Từ|x14743Yên Mạc|x14746Đồng Thái|x14653Chất Bình|' +
      'x14638Kim Sơn|x14647Quang Thiện|x14620Phát Diệm|x14674Lai Thành|x14677Định Hóa|x14623Bình Minh|' +
      'x14698Kim Đông|x13504Bình Lục|x13501Bình Mỹ|x13540Bình An|x13531Bình Giang|x13558Bình Sơn|' +
      'x13456Liêm Hà|x13474Tân Thanh|x13483Thanh Bình|x13489Thanh Lâm|x13495Thanh Liêm|x13573Lý Nhân|' +
      'x13591Nam Xang|x13579Bắc Lý|x13597Vĩnh Trụ|x13594Trần Thương|x13609Nhân Hà|x13627Nam Lý|' +
      'x13966Nam Trực|x14011Nam Minh|x14014Nam Đồng|x14005Nam Ninh|x13987Nam Hồng|x13750Minh Tân|' +
      'x13753Hiển Khánh|x13741Vụ Bản|x13786Liên Minh|x13795Ý Yên|x13879Yên Đồng|x13870Yên Cường|' +
      'x13864Vạn Thắng|x13834Vũ Dương|x13807Tân Minh|x13822Phong Doanh|x14026Cổ Lễ|x14038Ninh Giang|' +
      'x14056Cát Thành|x14053Trực Ninh|x14062Quang Hưng|x14071Minh Thái|x14077Ninh Cường|x14089Xuân Trường|' +
      'x14122Xuân Hưng|x14104Xuân Giang|x14095Xuân Hồng|x14215Hải Hậu|x14236Hải Anh|x14218Hải Tiến|' +
      'x14248Hải Hưng|x14281Hải An|x14287Hải Quang|x14308Hải Xuân|x14221Hải Thịnh|x14161Giao Minh|' +
      'x14182Giao Hòa|x14167Giao Thủy|x14203Giao Phúc|x14179Giao Hưng|x14194Giao Bình|x14212Giao Ninh|' +
      'x13900Đồng Thịnh|x13891Nghĩa Hưng|x13918Nghĩa Sơn|x13927Hồng Phong|x13939Quỹ Nhất|x13957Nghĩa Lâm|' +
      'x13894Rạng Đông|p14533Tây Hoa Lư|p14329Hoa Lư|p14359Nam Hoa Lư|p14566Đông Hoa Lư|p14362Tam Điệp|' +
      'p14371Yên Sơn|p14365Trung Sơn|p14725Yên Thắng|p13366Hà Nam|p13285Phủ Lý|p13291Phù Vân|' +
      'p13318Châu Sơn|p13444Liêm Tuyền|p13324Duy Tiên|p13330Duy Tân|p13348Đồng Văn|p13336Duy Hà|' +
      'p13363Tiên Sơn|p13393Lê Hồ|p13396Nguyễn Úy|p13435Lý Thường Kiệt|p13402Kim Thanh|p13420Tam Chúc|' +
      'p13384Kim Bảng|p13669Nam Định|p13684Thiên Trường|p13693Đông A|p13972Vị Khê|p13699Thành Nam|' +
      'p13777Trường Thi|p13984Hồng Quang|p13708Mỹ Lộc',
  ],
  [
    '38',
    'p14797Hạc Thành|p16522Quảng Phú|p16417Đông Quang|p16378Đông Sơn|p15853Đông Tiến|p14758Hàm Rồng|' +
      'p15925Nguyệt Viên|p16531Sầm Sơn|p16516Nam Sầm Sơn|p14812Bỉm Sơn|p14818Quang Trung|p16576Ngọc Sơn|' +
      'p16594Tân Dân|p16597Hải Lĩnh|p16561Tĩnh Gia|p16609Đào Duy Từ|p16645Hải Bình|p16624Trúc Lâm|' +
      'p16654Nghi Sơn|x16591Các Sơn|x16636Trường Lâm|x15271Hà Trung|x15316Tống Sơn|x15274Hà Long|' +
      'x15286Hoạt Giang|x15298Lĩnh Toại|x16021Triệu Lộc|x16033Đông Thành|x16012Hậu Lộc|x16072Hoa Lộc|' +
      'x16078Vạn Lộc|x16093Nga Sơn|x16114Nga Thắng|x16138Hồ Vương|x16108Tân Tiến|x16144Nga An|' +
      'x16171Ba Đình|x15865Hoằng Hóa|x15991Hoằng Tiến|x16000Hoằng Thanh|x15961Hoằng Lộc|x15976Hoằng Châu|' +
      'x15910Hoằng Sơn|x15889Hoằng Phú|x15880Hoằng Giang|x16438Lưu Vệ|x16480Quảng Yên|x16498Quảng Ngọc|' +
      'x16540Quảng Ninh|x16543Quảng Bình|x16549Tiên Trang|x16489Quảng Chính|x16279Nông Cống|' +
      'x16309Thắng Lợi|x16297Trung Chính|x16348Trường Văn|x16342Thăng Bình|x16363Tượng Lĩnh|' +
      'x16369Công Chính|x15772Thiệu Hóa|x15796Thiệu Quang|x15778Thiệu Tiến|x15820Thiệu Toán|' +
      'x15835Thiệu Trung|x15469Yên Định|x15421Yên Trường|x15409Yên Phú|x15412Quý Lộc|x15442Yên Ninh|' +
      'x15457Định Tân|x15448Định Hòa|x15499Thọ Xuân|x15505Thọ Long|x15520Xuân Hòa|x15553Sao Vàng|' +
      'x15544Lam Sơn|x15568Thọ Lập|x15574Xuân Tín|x15592Xuân Lập|x15349Vĩnh Lộc|x15361Tây Đô|' +
      'x15382Biện Thượng|x15664Triệu Sơn|x15667Thọ Bình|x15754Thọ Ngọc|x15763Thọ Phú|x15682Hợp Tiến|' +
      'x15766An Nông|x15715Tân Ninh|x15724Đồng Tiến|x14866Mường Chanh|x14860Quang Chiểu|x14848Tam Chung|' +
      'x14845Mường Lát|x14863Pù Nhi|x14864Nhi Sơn|x14854Mường Lý|x14857Trung Lý|x14869Hồi Xuân|' +
      'x14902Nam Xuân|x14908Thiên Phủ|x14896Hiền Kiệt|x14890Phú Xuân|x14878Phú Lệ|x14872Trung Thành|' +
      'x14875Trung Sơn|x15013Na Mèo|x15010Sơn Thủy|x15022Sơn Điện|x15025Mường Mìn|x15007Tam Thanh|' +
      'x15019Tam Lư|x15016Quan Sơn|x15001Trung Hạ|x15055Linh Sơn|x15058Đồng Lương|x15049Văn Phú|' +
      'x15043Giao An|x15031Yên Khương|x15034Yên Thắng|x14974Văn Nho|x14980Thiết Ống|x14923Bá Thước|' +
      'x14959Cổ Lũng|x14956Pù Luông|x14950Điền Lư|x14932Điền Quang|x14953Quý Lương|x15061Ngọc Lặc|' +
      'x15085Thạch Lập|x15091Ngọc Liên|x15124Minh Sơn|x15106Nguyệt Ấn|x15112Kiên Thọ|x15142Cẩm Thạch|' +
      'x15127Cẩm Thủy|x15148Cẩm Tú|x15163Cẩm Vân|x15178Cẩm Tân|x15187Kim Tân|x15190Vân Du|x15250Ngọc Trạo|' +
      'x15211Thạch Bình|x15229Thành Vinh|x15199Thạch Quảng|x16174Như Xuân|x16225Thượng Ninh|' +
      'x16177Xuân Bình|x16186Hóa Quỳ|x16222Thanh Quân|x16213Thanh Phong|x16234Xuân Du|x16249Mậu Lâm|' +
      'x16228Như Thanh|x16264Yên Thọ|x16258Xuân Thái|x16273Thanh Kỳ|x15607Bát Mọt|x15610Yên Nhân|' +
      'x15628Lương Sơn|x15646Thường Xuân|x15634Luận Thành|x15661Tân Thành|x15622Vạn Xuân|x15643Thắng Lộc|' +
      'x15658Xuân Chinh',
  ],
  [
    '40',
    'x17329Anh Sơn|x17380Yên Xuân|x17344Nhân Hòa|x17365Anh Sơn Đông|x17357Vĩnh Tường|' +
      'x17335Thành Bình Thọ|x17254Con Cuông|x17263Môn Sơn|x17239Mậu Thạch|x17242Cam Phục|x17248Châu Khê|' +
      'x17230Bình Chuẩn|x17464Diễn Châu|x17416Đức Châu|x17443Quảng Châu|x17419Hải Châu|x17488Tân Châu|' +
      'x17479An Châu|x17476Minh Châu|x17395Hùng Châu|x17662Đô Lương|x17623Bạch Ngọc|x17677Văn Hiến|' +
      'x17707Bạch Hà|x17689Thuần Trung|x17641Lương Sơn|p17110Hoàng Mai|p17128Tân Mai|p17125Quỳnh Mai|' +
      'x18001Hưng Nguyên|x18007Yên Trung|x18028Hưng Nguyên Nam|x18040Lam Thành|x16813Mường Xén|' +
      'x16849Hữu Kiệm|x16837Nậm Cắn|x16855Chiêu Lưu|x16834Na Loi|x16858Mường Típ|x16870Na Ngoi|x16816Mỹ Lý|' +
      'x16819Bắc Lý|x16822Keng Đu|x16828Huồi Tụ|x16831Mường Lống|x17950Vạn An|x17935Nam Đàn|x17944Đại Huệ|' +
      'x17989Thiên Nhẫn|x17971Kim Liên|x16941Nghĩa Đàn|x16969Nghĩa Thọ|x16951Nghĩa Lâm|x16975Nghĩa Mai|' +
      'x16972Nghĩa Hưng|x17032Nghĩa Khánh|x17029Nghĩa Lộc|x17827Nghi Lộc|x17857Phúc Lộc|x17878Đông Lộc|' +
      'x17866Trung Lộc|x17842Thần Lĩnh|x17833Hải Lộc|x17854Văn Kiều|x16738Quế Phong|x16750Tiền Phong|' +
      'x16756Tri Lễ|x16774Mường Quàng|x16744Thông Thụ|x16777Quỳ Châu|x16792Châu Tiến|x16801Hùng Chân|' +
      'x16804Châu Bình|x17035Quỳ Hợp|x17059Tam Hợp|x17056Châu Lộc|x17044Châu Hồng|x17077Mường Ham|' +
      'x17089Mường Chọng|x17071Minh Hợp|x17179Quỳnh Lưu|x17143Quỳnh Văn|x17176Quỳnh Anh|x17149Quỳnh Tam|' +
      'x17212Quỳnh Phú|x17170Quỳnh Sơn|x17224Quỳnh Thắng|x17266Tân Kỳ|x17272Tân Phú|x17305Tân An|' +
      'x17284Nghĩa Đồng|x17278Giai Xuân|x17326Nghĩa Hành|x17287Tiên Đồng|p16939Thái Hòa|p17011Tây Hiếu|' +
      'x17017Đông Hiếu|x17728Cát Ngạn|x17743Tam Đồng|x17722Hạnh Lâm|x17759Sơn Lâm|x17770Hoa Quân|' +
      'x17791Kim Bảng|x17818Bích Hào|x17713Đại Đồng|x17779Xuân Lâm|x16933Tam Quang|x16936Tam Thái|' +
      'x16876Tương Dương|x16906Lượng Minh|x16912Yên Na|x16909Yên Hòa|x16903Nga My|x16885Hữu Khuông|' +
      'x16882Nhôn Mai|p16690Trường Vinh|p16681Thành Vinh|p17920Vinh Hưng|p16702Vinh Phú|p16708Vinh Lộc|' +
      'p16732Cửa Lò|x17506Yên Thành|x17569Quan Thành|x17605Hợp Minh|x17611Vân Tụ|x17560Vân Du|' +
      'x17521Quang Đồng|x17524Giai Lạc|x17515Bình Minh|x17530Đông Thành',
  ],
  [
    '42',
    'p18754Sông Trí|p18781Hải Ninh|p18832Hoành Sơn|p18823Vũng Áng|x18766Kỳ Xuân|x18775Kỳ Anh|' +
      'x18814Kỳ Hoa|x18787Kỳ Văn|x18790Kỳ Khang|x18838Kỳ Lạc|x18844Kỳ Thượng|x18673Cẩm Xuyên|' +
      'x18676Thiên Cầm|x18739Cẩm Duệ|x18736Cẩm Hưng|x18748Cẩm Lạc|x18742Cẩm Trung|x18682Yên Hòa|' +
      'p18073Thành Sen|p18100Trần Phú|p18652Hà Huy Tập|x18628Thạch Lạc|x18619Đồng Tiến|x18604Thạch Khê|' +
      'x18685Cẩm Bình|x18562Thạch Hà|x18634Toàn Lưu|x18601Việt Xuyên|x18586Đông Kinh|x18667Thạch Xuân|' +
      'x18568Lộc Hà|x18409Hồng Lộc|x18583Mai Phụ|x18406Can Lộc|x18418Tùng Lộc|x18466Gia Hanh|' +
      'x18436Trường Lưu|x18481Xuân Lộc|x18484Đồng Lộc|p18115Bắc Hồng Lĩnh|p18118Nam Hồng Lĩnh|' +
      'x18373Tiên Điền|x18352Nghi Xuân|x18394Cổ Đạm|x18364Đan Hải|x18229Đức Thọ|x18262Đức Quang|' +
      'x18304Đức Đồng|x18277Đức Thịnh|x18244Đức Minh|x18133Hương Sơn|x18172Sơn Tây|x18202Tứ Mỹ|' +
      'x18184Sơn Giang|x18163Sơn Tiến|x18160Sơn Hồng|x18223Kim Hoa|x18313Vũ Quang|x18322Mai Hoa|' +
      'x18328Thượng Đức|x18496Hương Khê|x18532Hương Phố|x18550Hương Đô|x18502Hà Linh|x18523Hương Bình|' +
      'x18547Phúc Trạch|x18544Hương Xuân|x18196Sơn Kim 1|x18199Sơn Kim 2',
  ],
  [
    '44',
    'p18880Đồng Hới|p18859Đồng Thuận|p18871Đồng Sơn|x19093Nam Gianh|x19075Nam Ba Đồn|p19009Ba Đồn|' +
      'p19066Bắc Gianh|x18904Dân Hóa|x18922Kim Điền|x18943Kim Phú|x18901Minh Hóa|x18919Tân Thành|' +
      'x18958Tuyên Lâm|x18952Tuyên Sơn|x18949Đồng Lê|x18985Tuyên Phú|x18991Tuyên Bình|x18997Tuyên Hóa|' +
      'x19051Tân Gianh|x19030Trung Thuần|x19057Quảng Trạch|x19033Hòa Trạch|x19021Phú Trạch|' +
      'x19147Thượng Trạch|x19138Phong Nha|x19126Bắc Trạch|x19159Đông Trạch|x19111Hoàn Lão|x19141Bố Trạch|' +
      'x19198Nam Trạch|x19207Quảng Ninh|x19225Ninh Châu|x19237Trường Ninh|x19204Trường Sơn|x19249Lệ Thủy|' +
      'x19255Cam Hồng|x19288Sen Ngư|x19291Tân Mỹ|x19309Trường Phú|x19246Lệ Ninh|x19318Kim Ngân|' +
      'p19333Đông Hà|p19351Nam Đông Hà|p19360Quảng Trị|x19363Vĩnh Linh|x19414Cửa Tùng|x19372Vĩnh Hoàng|' +
      'x19405Vĩnh Thủy|x19366Bến Quan|x19537Cồn Tiên|x19496Cửa Việt|x19495Gio Linh|x19501Bến Hải|' +
      'x19435Hướng Lập|x19441Hướng Phùng|x19429Khe Sanh|x19462Tân Lập|x19432Lao Bảo|x19489Lìa|x19483A Dơi|' +
      'x19594La Lay|x19588Tà Rụt|x19564Đakrông|x19567Ba Lòng|x19555Hướng Hiệp|x19597Cam Lộ|' +
      'x19603Hiếu Giang|x19624Triệu Phong|x19669Ái Tử|x19645Triệu Bình|x19654Triệu Cơ|x19639Nam Cửa Việt|' +
      'x19681Diên Sanh|x19741Mỹ Thủy|x19702Hải Lăng|x19699Vĩnh Định|x19735Nam Hải Lăng|d19742Cồn Cỏ',
  ],
  [
    '46',
    'p19900Thuận An|p20014Hóa Châu|p19930Mỹ Thượng|p19777Vỹ Dạ|p19789Thuận Hóa|p19815An Cựu|' +
      'p19813Thủy Xuân|p19774Kim Long|p19804Hương An|p19753Phú Xuân|p19996Hương Trà|p20017Kim Trà|' +
      'p19969Thanh Thủy|p19975Hương Thủy|p19960Phú Bài|p19819Phong Điền|p19858Phong Thái|p19831Phong Dinh|' +
      'p19828Phong Phú|p19873Phong Quảng|x19885Đan Điền|x19867Quảng Điền|x19945Phú Vinh|x19918Phú Hồ|' +
      'x19942Phú Vang|x20122Vinh Lộc|x20131Hưng Lộc|x20140Lộc An|x20107Phú Lộc|x20137Chân Mây - Lăng Cô|' +
      'x20182Long Quảng|x20179Nam Đông|x20161Khe Tre|x20035Bình Điền|x20056A Lưới 1|x20044A Lưới 2|' +
      'x20071A Lưới 3|x20101A Lưới 4|x20050A Lưới 5|p19909Dương Nỗ',
  ],
  [
    '48',
    'p20242Hải Châu|p20257Hòa Cường|p20209Thanh Khê|p20305An Khê|p20275An Hải|p20263Sơn Trà|' +
      'p20285Ngũ Hành Sơn|p20200Hòa Khánh|p20194Hải Vân|p20197Liên Chiểu|p20260Cẩm Lệ|p20314Hòa Xuân|' +
      'x20320Hòa Vang|x20332Hòa Tiến|x20308Bà Nà|d20333Hoàng Sa|x20965Núi Thành|x21004Tam Mỹ|x20984Tam Anh|' +
      'x20977Đức Phú|x20971Tam Xuân|x20992Tam Hải|p20341Tam Kỳ|p20356Quảng Phú|p20350Hương Trà|' +
      'p20335Bàn Thạch|x20380Tây Hồ|x20364Chiên Đàn|x20392Phú Ninh|x20875Lãnh Ngọc|x20854Tiên Phước|' +
      'x20878Thạnh Bình|x20857Sơn Cẩm Hà|x20908Trà Liên|x20929Trà Giáp|x20923Trà Tân|x20920Trà Đốc|' +
      'x20900Trà My|x20944Nam Trà My|x20941Trà Tập|x20959Trà Vân|x20950Trà Linh|x20938Trà Leng|' +
      'x20791Thăng Bình|x20794Thăng An|x20836Thăng Trường|x20848Thăng Điền|x20827Thăng Phú|' +
      'x20818Đồng Dương|x20662Quế Sơn Trung|x20641Quế Sơn|x20650Xuân Phú|x20656Nông Sơn|x20669Quế Phước|' +
      'x20635Duy Nghĩa|x20599Nam Phước|x20623Duy Xuyên|x20611Thu Bồn|p20551Điện Bàn|p20579Điện Bàn Đông|' +
      'p20575An Thắng|p20557Điện Bàn Bắc|x20569Điện Bàn Tây|x20587Gò Nổi|p20410Hội An|p20413Hội An Đông|' +
      'p20401Hội An Tây|x20434Tân Hiệp|x20500Đại Lộc|x20515Hà Nha|x20506Thượng Đức|x20539Vu Gia|' +
      'x20542Phú Thuận|x20695Thạnh Mỹ|x20710Bến Giằng|x20707Nam Giang|x20716Đắc Pring|x20704La Dêê|' +
      'x20698La Êê|x20485Sông Vàng|x20476Sông Kôn|x20467Đông Giang|x20494Bến Hiên|x20458Avương|' +
      'x20455Tây Giang|x20443Hùng Sơn|x20779Hiệp Đức|x20767Việt An|x20770Phước Trà|x20722Khâm Đức|' +
      'x20734Phước Năng|x20740Phước Chánh|x20752Phước Thành|x20728Phước Hiệp',
  ],
  [
    '51',
    'x21211Tịnh Khê|p21172Trương Quang Trọng|x21034An Phú|p21025Cẩm Thành|p21028Nghĩa Lộ|p21451Trà Câu|' +
      'x21457Nguyễn Nghiêm|p21439Đức Phổ|x21472Khánh Cường|p21478Sa Huỳnh|x21085Bình Minh|' +
      'x21100Bình Chương|x21040Bình Sơn|x21061Vạn Tường|x21109Đông Sơn|x21196Trường Giang|x21205Ba Gia|' +
      'x21220Sơn Tịnh|x21181Thọ Phong|x21235Tư Nghĩa|x21238Vệ Giang|x21250Nghĩa Giang|x21244Trà Giang|' +
      'x21364Nghĩa Hành|x21385Đình Cương|x21388Thiện Tín|x21370Phước Giang|x21409Long Phụng|x21421Mỏ Cày|' +
      'x21400Mộ Đức|x21433Lân Phong|x21115Trà Bồng|x21127Đông Trà Bồng|x21154Tây Trà|x21124Thanh Bồng|' +
      'x21136Cà Đam|x21157Tây Trà Bồng|x21292Sơn Hạ|x21307Sơn Linh|x21289Sơn Hà|x21319Sơn Thủy|' +
      'x21325Sơn Kỳ|x21340Sơn Tây|x21334Sơn Tây Thượng|x21343Sơn Tây Hạ|x21361Minh Long|x21349Sơn Mai|' +
      'x21529Ba Vì|x21523Ba Tô|x21499Ba Dinh|x21484Ba Tơ|x21490Ba Vinh|x21496Ba Động|x21520Đặng Thùy Trâm|' +
      'x21538Ba Xa|d21548Lý Sơn|p23293Kon Tum|p23284Đăk Cấm|p23302Đăk Bla|x23317Ngọk Bay|x23326Ia Chim|' +
      'x23332Đăk Rơ Wa|x23504Đăk Pxi|x23512Đăk Mar|x23510Đăk Ui|x23515Ngọk Réo|x23500Đăk Hà|x23428Ngọk Tụ|' +
      'x23401Đăk Tô|x23430Kon Đào|x23416Đăk Sao|x23419Đăk Tờ Kan|x23425Tu Mơ Rông|x23446Măng Ri|x23377Bờ Y|' +
      'x23392Sa Loong|x23383Dục Nông|x23356Xốp|x23365Ngọc Linh|x23344Đăk Plô|x23341Đăk Pék|x23374Đăk Môn|' +
      'x23527Sa Thầy|x23534Sa Bình|x23548Ya Ly|x23538Ia Tơi|x23485Đăk Kôi|x23497Kon Braih|x23479Đăk Rve|' +
      'x23473Măng Đen|x23455Măng Bút|x23476Kon Plông|x23368Đăk Long|x23530Rờ Kơi|x23536Mô Rai|x23535Ia Đal',
  ],
  [
    '52',
    'p21583Quy Nhơn|p21601Quy Nhơn Đông|p21589Quy Nhơn Tây|p21592Quy Nhơn Nam|p21553Quy Nhơn Bắc|' +
      'p21907Bình Định|p21910An Nhơn|p21934An Nhơn Đông|p21943An Nhơn Nam|p21925An Nhơn Bắc|' +
      'x21940An Nhơn Tây|p21640Bồng Sơn|p21664Hoài Nhơn|p21637Tam Quan|p21670Hoài Nhơn Đông|' +
      'p21661Hoài Nhơn Tây|p21673Hoài Nhơn Nam|p21655Hoài Nhơn Bắc|x21853Phù Cát|x21892Xuân An|' +
      'x21901Ngô Mây|x21880Cát Tiến|x21859Đề Gi|x21871Hòa Hội|x21868Hội Sơn|x21730Phù Mỹ|x21769An Lương|' +
      'x21733Bình Dương|x21751Phù Mỹ Đông|x21757Phù Mỹ Tây|x21775Phù Mỹ Nam|x21739Phù Mỹ Bắc|' +
      'x21952Tuy Phước|x21970Tuy Phước Đông|x21985Tuy Phước Tây|x21964Tuy Phước Bắc|x21808Tây Sơn|' +
      'x21820Bình Khê|x21835Bình Phú|x21817Bình Hiệp|x21829Bình An|x21688Hoài Ân|x21715Ân Tường|' +
      'x21727Kim Sơn|x21703Vạn Đức|x21697Ân Hảo|x21994Vân Canh|x22006Canh Vinh|x21997Canh Liên|' +
      'x21786Vĩnh Thạnh|x21796Vĩnh Thịnh|x21805Vĩnh Quang|x21787Vĩnh Sơn|x21628An Hòa|x21609An Lão|' +
      'x21616An Vinh|x21622An Toàn|p23575Pleiku|p23586Hội Phú|p23584Thống Nhất|p23563Diên Hồng|' +
      'p23602An Phú|x23590Biển Hồ|x23611Gào|x23734Ia Ly|x23722Chư Păh|x23728Ia Khươl|x23749Ia Phí|' +
      'x23887Chư Prông|x23896Bàu Cạn|x23911Ia Boòng|x23935Ia Lâu|x23926Ia Pia|x23908Ia Tôr|x23941Chư Sê|' +
      'x23947Bờ Ngoong|x23977Ia Ko|x23954Al Bá|x23942Chư Pưh|x23986Ia Le|x23971Ia Hrú|p23617An Khê|' +
      'p23614An Bình|x23629Cửu An|x23995Đak Pơ|x24007Ya Hội|x23638Kbang|x23674Kông Bơ La|x23668Tơ Tung|' +
      'x23647Sơn Lang|x23644Đak Rong|x23824Kông Chro|x23833Ya Ma|x23830Chư Krey|x23839SRó|x23842Đăk Song|' +
      'x23851Chơ Long|p24044Ayun Pa|x24065Ia Rbol|x24073Ia Sao|x24043Phú Thiện|x24049Chư A Thai|' +
      'x24061Ia Hiao|x24013Pờ Tó|x24022Ia Pa|x24028Ia Tul|x24076Phú Túc|x24100Ia Dreh|x24112Ia Rsai|' +
      'x24109Uar|x23677Đak Đoa|x23701Kon Gang|x23710Ia Băng|x23714KDang|x23683Đak Sơmei|x23794Mang Yang|' +
      'x23812Lơ Pang|x23818Kon Chiêng|x23799Hra|x23798Ayun|x23764Ia Grai|x23776Ia Krái|x23767Ia Hrung|' +
      'x23857Đức Cơ|x23869Ia Dơk|x23866Ia Krêl|x21607Nhơn Châu|x23917Ia Púch|x23737Ia Mơ|x23881Ia Pnôn|' +
      'x23884Ia Nan|x23872Ia Dom|x23788Ia Chia|x23782Ia O|x23650Krong',
  ],
  [
    '56',
    'p22366Nha Trang|p22333Bắc Nha Trang|p22390Tây Nha Trang|p22402Nam Nha Trang|p22411Bắc Cam Ranh|' +
      'p22420Cam Ranh|p22432Cam Linh|p22423Ba Ngòi|x22480Nam Cam Ranh|x22546Bắc Ninh Hòa|p22528Ninh Hòa|' +
      'x22576Tân Định|p22561Đông Ninh Hòa|p22591Hòa Thắng|x22597Nam Ninh Hòa|x22552Tây Ninh Hòa|' +
      'x22558Hòa Trí|x22504Đại Lãnh|x22498Tu Bông|x22516Vạn Thắng|x22489Vạn Ninh|x22525Vạn Hưng|' +
      'x22651Diên Khánh|x22678Diên Lạc|x22657Diên Điền|x22660Diên Lâm|x22672Diên Thọ|x22702Suối Hiệp|' +
      'x22453Cam Lâm|x22708Suối Dầu|x22435Cam Hiệp|x22465Cam An|x22615Bắc Khánh Vĩnh|' +
      'x22612Trung Khánh Vĩnh|x22624Tây Khánh Vĩnh|x22648Nam Khánh Vĩnh|x22609Khánh Vĩnh|x22714Khánh Sơn|' +
      'x22720Tây Khánh Sơn|x22732Đông Khánh Sơn|d22736Trường Sa|p22759Phan Rang|p22780Đông Hải|' +
      'p22834Ninh Chử|p22741Bảo An|p22738Đô Vinh|x22870Ninh Phước|x22891Phước Hữu|x22873Phước Hậu|' +
      'x22897Thuận Nam|x22909Cà Ná|x22900Phước Hà|x22888Phước Dinh|x22852Ninh Hải|x22861Xuân Hải|' +
      'x22846Vĩnh Hải|x22849Thuận Bắc|x22840Công Hải|x22810Ninh Sơn|x22813Lâm Sơn|x22828Anh Dũng|' +
      'x22822Mỹ Sơn|x22801Bác Ái Đông|x22795Bác Ái|x22786Bác Ái Tây',
  ],
  [
    '66',
    'x24175Hòa Phú|p24133Buôn Ma Thuột|p24163Tân An|p24121Tân Lập|p24154Thành Nhất|p24169Ea Kao|' +
      'x24328Ea Drông|p24305Buôn Hồ|p24340Cư Bao|x24211Ea Súp|x24217Ea Rốk|x24229Ea Bung|x24221Ia Rvê|' +
      "x24214Ia Lốp|x24241Ea Wer|x24250Ea Nuôl|x24235Buôn Đôn|x24265Ea Kiết|x24286Ea M'Droh|" +
      "x24259Quảng Phú|x24301Cuôr Đăng|x24280Cư M'gar|x24277Ea Tul|x24316Pơng Drang|x24310Krông Búk|" +
      "x24313Cư Pơng|x24208Ea Khăl|x24181Ea Drăng|x24193Ea Wy|x24184Ea H'Leo|x24187Ea Hiao|" +
      'x24343Krông Năng|x24346Dliê Ya|x24352Tam Giang|x24364Phú Xuân|x24490Krông Pắc|x24505Ea Knuếc|' +
      'x24526Tân Tiến|x24502Ea Phê|x24496Ea Kly|x24529Vụ Bổn|x24373Ea Kar|x24403Ea Ô|x24376Ea Knốp|' +
      "x24406Cư Yang|x24400Ea Păl|x24412M'Drắk|x24433Ea Riêng|x24436Cư M'ta|x24444Krông Á|x24415Cư Prao|" +
      'x24445Ea Trang|x24472Hòa Sơn|x24454Dang Kang|x24448Krông Bông|x24484Yang Mao|x24478Cư Pui|' +
      'x24580Liên Sơn Lắk|x24595Đắk Liêng|x24607Nam Ka|x24598Đắk Phơi|x24604Krông Nô|x24540Ea Ning|' +
      'x24561Dray Bhăng|x24544Ea Ktur|x24538Krông Ana|x24568Dur Kmăl|x24559Ea Na|p22015Tuy Hòa|' +
      'p22240Phú Yên|p22045Bình Kiến|x22075Xuân Thọ|x22060Xuân Cảnh|x22057Xuân Lộc|p22076Xuân Đài|' +
      'p22051Sông Cầu|x22291Hòa Xuân|p22258Đông Hòa|p22261Hòa Hiệp|x22114Tuy An Bắc|x22120Tuy An Đông|' +
      'x22147Ô Loan|x22153Tuy An Nam|x22132Tuy An Tây|x22319Phú Hòa 1|x22303Phú Hòa 2|x22255Tây Hòa|' +
      'x22276Hòa Thịnh|x22285Hòa Mỹ|x22250Sơn Thành|x22165Sơn Hòa|x22177Vân Hòa|x22171Tây Sơn|' +
      'x22192Suối Trai|x22237Ea Ly|x22225Ea Bá|x22222Đức Bình|x22207Sông Hinh|x22090Xuân Lãnh|x22096Phú Mỡ|' +
      'x22111Xuân Phước|x22081Đồng Xuân',
  ],
  [
    '68',
    'p24781Xuân Hương - Đà Lạt|p24787Cam Ly - Đà Lạt|p24778Lâm Viên - Đà Lạt|p24805Xuân Trường - Đà Lạt|' +
      "p24846Lang Biang - Đà Lạt|p248231 Bảo Lộc|p248202 Bảo Lộc|p248413 Bảo Lộc|p24829B'Lao|" +
      "x24848Lạc Dương|x24931Đơn Dương|x24943Ka Đô|x24955Quảng Lập|x24934D'Ran|x24967Hiệp Thạnh|" +
      'x24958Đức Trọng|x24976Tân Hội|x24991Tà Hine|x24988Tà Năng|x24871Đinh Văn Lâm Hà|' +
      'x24895Phú Sơn Lâm Hà|x24883Nam Hà Lâm Hà|x24868Nam Ban Lâm Hà|x24916Tân Hà Lâm Hà|' +
      'x24907Phúc Thọ Lâm Hà|x24886Đam Rông 1|x24877Đam Rông 2|x24875Đam Rông 3|x24853Đam Rông 4|' +
      'x25000Di Linh|x25036Hòa Ninh|x25042Hòa Bắc|x25007Đinh Trang Thượng|x25018Bảo Thuận|x25051Sơn Điền|' +
      'x25015Gia Hiệp|x25054Bảo Lâm 1|x25084Bảo Lâm 2|x25093Bảo Lâm 3|x25063Bảo Lâm 4|x25057Bảo Lâm 5|' +
      'x25099Đạ Huoai|x25105Đạ Huoai 2|x25114Đạ Huoai 3|x25126Đạ Tẻh|x25138Đạ Tẻh 2|x25135Đạ Tẻh 3|' +
      'x25159Cát Tiên|x25180Cát Tiên 2|x25162Cát Tiên 3|p22933Hàm Thắng|p22960Bình Thuận|p22918Mũi Né|' +
      'p22924Phú Thủy|p22945Phan Thiết|p22954Tiến Thành|p23235La Gi|p23231Phước Hội|x22963Tuyên Quang|' +
      'x23246Tân Hải|x22981Vĩnh Hảo|x22969Liên Hương|x22978Tuy Phong|x22972Phan Rí Cửa|x23005Bắc Bình|' +
      'x23041Hồng Thái|x23020Hải Ninh|x23008Phan Sơn|x23023Sông Lũy|x23032Lương Sơn|x23053Hòa Thắng|' +
      'x23074Đông Giang|x23065La Dạ|x23089Hàm Thuận Bắc|x23059Hàm Thuận|x23086Hồng Sơn|x23095Hàm Liêm|' +
      'x23122Hàm Thạnh|x23128Hàm Kiệm|x23143Tân Thành|x23110Hàm Thuận Nam|x23134Tân Lập|x23230Tân Minh|' +
      'x23236Hàm Tân|x23266Sơn Mỹ|x23152Bắc Ruộng|x23158Nghị Đức|x23173Đồng Kho|x23149Tánh Linh|' +
      'x23188Suối Kiết|x23200Nam Thành|x23191Đức Linh|x23194Hoài Đức|x23227Trà Tân|d23272Phú Quý|' +
      'p24611Bắc Gia Nghĩa|p24615Nam Gia Nghĩa|p24617Đông Gia Nghĩa|x24646Đắk Wil|x24649Nam Dong|' +
      'x24640Cư Jút|x24682Thuận An|x24664Đức Lập|x24670Đắk Mil|x24678Đắk Sắk|x24697Nam Đà|x24688Krông Nô|' +
      'x24703Nâm Nung|x24712Quảng Phú|x24718Đắk Song|x24717Đức An|x24722Thuận Hạnh|x24730Trường Xuân|' +
      'x24637Tà Đùng|x24631Quảng Khê|x24748Quảng Tân|x24739Tuy Đức|x24733Kiến Đức|x24751Nhân Cơ|' +
      'x24760Quảng Tín|x24985Ninh Gia|x24620Quảng Hòa|x24616Quảng Sơn|x24736Quảng Trực',
  ],
  [
    '75',
    'p26068Biên Hòa|p26041Trấn Biên|p26017Tam Hiệp|p26020Long Bình|p25993Trảng Dài|p26005Hố Nai|' +
      'p26380Long Hưng|x26491Đại Phước|x26485Nhơn Trạch|x26503Phước An|x26422Phước Thái|x26413Long Phước|' +
      'x26389Bình An|x26368Long Thành|x26383An Phước|x26296An Viễn|x26278Bình Minh|x26248Trảng Bom|' +
      'x26254Bàu Hàm|x26281Hưng Thịnh|x26326Dầu Giây|x26311Gia Kiệm|x26299Thống Nhất|p26089Bình Lộc|' +
      'p26098Bảo Vinh|p26104Xuân Lập|p26080Long Khánh|p26113Hàng Gòn|x26332Xuân Quế|x26347Xuân Đường|' +
      'x26341Cẩm Mỹ|x26362Sông Ray|x26359Xuân Đông|x26461Xuân Định|x26458Xuân Phú|x26425Xuân Lộc|' +
      'x26446Xuân Hòa|x26434Xuân Thành|x26428Xuân Bắc|x26227La Ngà|x26206Định Quán|x26215Phú Vinh|' +
      'x26221Phú Hòa|x26134Tà Lài|x26122Nam Cát Tiên|x26116Tân Phú|x26158Phú Lâm|x26170Trị An|x26179Tân An|' +
      'p26188Tân Triều|p25441Minh Hưng|p25432Chơn Thành|x25450Nha Bích|x25351Tân Quan|x25345Tân Hưng|' +
      'x25357Tân Khai|x25349Minh Đức|p25326Bình Long|p25333An Lộc|x25294Lộc Thành|x25270Lộc Ninh|' +
      'x25303Lộc Hưng|x25279Lộc Tấn|x25280Lộc Thạnh|x25292Lộc Quang|x25318Tân Tiến|x25308Thiện Hưng|' +
      'x25309Hưng Phước|x25267Phú Nghĩa|x25231Đa Kia|p25220Phước Bình|p25217Phước Long|x25246Bình Tân|' +
      'x25255Long Hà|x25252Phú Riềng|x25261Phú Trung|p25210Đồng Xoài|p25195Bình Phước|x25387Thuận Lợi|' +
      'x25390Đồng Tâm|x25378Tân Lợi|x25363Đồng Phú|x25420Phước Sơn|x25417Nghĩa Trung|x25396Bù Đăng|' +
      'x25402Thọ Sơn|x25399Đak Nhau|x25405Bom Bo|p26374Tam Phước|p26377Phước Tân|x26209Thanh Sơn|' +
      'x26119Đak Lua|x26173Phú Lý|x25222Bù Gia Mập|x25225Đăk Ơ',
  ],
  [
    '79',
    'p26506Vũng Tàu|p26526Tam Thắng|p26536Rạch Dừa|p26542Phước Thắng|p26560Bà Rịa|p26566Long Hương|' +
      'p26704Phú Mỹ|p26572Tam Long|p26725Tân Thành|p26713Tân Phước|p26710Tân Hải|x26728Châu Pha|' +
      'x26575Ngãi Giao|x26590Bình Giã|x26608Kim Long|x26596Châu Đức|x26584Xuân Sơn|x26617Nghĩa Thành|' +
      'x26620Hồ Tràm|x26632Xuyên Mộc|x26641Hòa Hội|x26638Bàu Lâm|x26686Phước Hải|x26662Long Hải|' +
      'x26680Đất Đỏ|x26659Long Điền|d26732Côn Đảo|p25951Đông Hòa|p25942Dĩ An|p25945Tân Đông Hiệp|' +
      'p25978Thuận An|p25969Thuận Giao|p25987Bình Hòa|p25966Lái Thiêu|p25975An Phú|p25760Bình Dương|' +
      'p25771Chánh Hiệp|p25747Thủ Dầu Một|p25750Phú Lợi|p25912Vĩnh Tân|p25915Bình Cơ|p25888Tân Uyên|' +
      'p25920Tân Hiệp|p25891Tân Khánh|p25849Hòa Lợi|p25768Phú An|p25843Tây Nam|p25840Long Nguyên|' +
      'p25813Bến Cát|p25837Chánh Phú Hòa|x25906Bắc Tân Uyên|x25909Thường Tân|x25867An Long|' +
      'x25864Phước Thành|x25882Phước Hòa|x25858Phú Giáo|x25819Trừ Văn Thố|x25822Bàu Bàng|x25780Minh Thạnh|' +
      'x25792Long Hòa|x25777Dầu Tiếng|x25807Thanh An|p26740Sài Gòn|p26737Tân Định|p26743Bến Thành|' +
      'p26758Cầu Ông Lãnh|p27154Bàn Cờ|p27139Xuân Hòa|p27142Nhiêu Lộc|p27259Xóm Chiếu|p27265Khánh Hội|' +
      'p27286Vĩnh Hội|p27301Chợ Quán|p27316An Đông|p27343Chợ Lớn|p27367Bình Tây|p27373Bình Tiên|' +
      'p27364Bình Phú|p27349Phú Lâm|p27478Tân Thuận|p27484Phú Thuận|p27487Tân Mỹ|p27475Tân Hưng|' +
      'p27418Chánh Hưng|p27427Phú Định|p27424Bình Đông|p27169Diên Hồng|p27190Vườn Lài|p27163Hòa Hưng|' +
      'p27238Minh Phụng|p27232Bình Thới|p27211Hòa Bình|p27226Phú Thọ|p26791Đông Hưng Thuận|' +
      'p26785Trung Mỹ Tây|p26782Tân Thới Hiệp|p26773Thới An|p26767An Phú Đông|p27460An Lạc|p27457Tân Tạo|' +
      'p27442Bình Tân|p27448Bình Trị Đông|p27439Bình Hưng Hòa|p26944Gia Định|p26929Bình Thạnh|' +
      'p26905Bình Lợi Trung|p26956Thạnh Mỹ Tây|p26911Bình Quới|p26890Hạnh Thông|p26876An Nhơn|p26884Gò Vấp|' +
      'p26878An Hội Đông|p26898Thông Tây Hội|p26882An Hội Tây|p27043Đức Nhuận|p27058Cầu Kiệu|' +
      'p27073Phú Nhuận|p26977Tân Sơn Hòa|p26968Tân Sơn Nhất|p26995Tân Hòa|p26983Bảy Hiền|p27004Tân Bình|' +
      'p27007Tân Sơn|p27013Tây Thạnh|p27019Tân Sơn Nhì|p27022Phú Thọ Hòa|p27031Tân Phú|p27028Phú Thạnh|' +
      'p26809Hiệp Bình|p26824Thủ Đức|p26803Tam Bình|p26800Linh Xuân|p26842Tăng Nhơn Phú|p26833Long Bình|' +
      'p26857Long Phước|p26860Long Trường|p27112Cát Lái|p27097Bình Trưng|p26848Phước Long|p27094An Khánh|' +
      'x27601Vĩnh Lộc|x27604Tân Vĩnh Lộc|x27610Bình Lợi|x27595Tân Nhựt|x27637Bình Chánh|x27628Hưng Long|' +
      'x27619Bình Hưng|x27667Bình Khánh|x27673An Thới Đông|x27664Cần Giờ|x27553Củ Chi|x27496Tân An Hội|' +
      'x27526Thái Mỹ|x27508An Nhơn Tây|x27511Nhuận Đức|x27541Phú Hòa Đông|x27544Bình Mỹ|x27568Đông Thạnh|' +
      'x27559Hóc Môn|x27577Xuân Thới Sơn|x27592Bà Điểm|x27655Nhà Bè|x27658Hiệp Phước|x26545Long Sơn|' +
      'x26647Hòa Hiệp|x26656Bình Châu|p25846Thới Hòa|x27676Thạnh An',
  ],
  [
    '80',
    'x27727Hưng Điền|x27736Vĩnh Thạnh|x27721Tân Hưng|x27748Vĩnh Châu|x27775Tuyên Bình|x27757Vĩnh Hưng|' +
      'x27763Khánh Hưng|x27817Tuyên Thạnh|x27793Bình Hiệp|p27787Kiến Tường|x27811Bình Hòa|x27823Mộc Hóa|' +
      'x27841Hậu Thạnh|x27838Nhơn Hòa Lập|x27856Nhơn Ninh|x27826Tân Thạnh|x27868Bình Thành|' +
      'x27877Thạnh Phước|x27865Thạnh Hóa|x27889Tân Tây|x28036Thủ Thừa|x28066Mỹ An|x28051Mỹ Thạnh|' +
      'x28072Tân Long|x27907Mỹ Quý|x27898Đông Thành|x27925Đức Huệ|x27943An Ninh|x27952Hiệp Hòa|' +
      'x27931Hậu Nghĩa|x27979Hòa Khánh|x27964Đức Lập|x27976Mỹ Hạnh|x27937Đức Hòa|x27994Thạnh Lợi|' +
      'x28015Bình Đức|x28003Lương Hòa|x27991Bến Lức|x28018Mỹ Yên|x28126Long Cang|x28114Rạch Kiến|' +
      'x28132Mỹ Lệ|x28138Tân Lân|x28108Cần Đước|x28144Long Hựu|x28165Phước Lý|x28177Mỹ Lộc|x28159Cần Giuộc|' +
      'x28201Phước Vĩnh Tây|x28207Tân Tập|x28093Vàm Cỏ|x28075Tân Trụ|x28087Nhựt Tảo|x28225Thuận Mỹ|' +
      'x28243An Lục Long|x28210Tầm Vu|x28222Vĩnh Công|p27694Long An|p27712Tân An|p27715Khánh Hậu|' +
      'p25459Tân Ninh|p25480Bình Minh|p25567Ninh Thạnh|p25630Long Hoa|p25645Hòa Thành|p25633Thanh Điền|' +
      'p25708Trảng Bàng|p25732An Tịnh|p25654Gò Dầu|p25672Gia Lộc|x25711Hưng Thuận|x25729Phước Chỉ|' +
      'x25657Thạnh Đức|x25663Phước Thạnh|x25666Truông Mít|x25579Lộc Ninh|x25573Cầu Khởi|' +
      'x25552Dương Minh Châu|x25522Tân Đông|x25516Tân Châu|x25549Tân Phú|x25525Tân Hội|x25534Tân Thành|' +
      'x25531Tân Hòa|x25489Tân Lập|x25486Tân Biên|x25498Thạnh Bình|x25510Trà Vong|x25591Phước Vinh|' +
      'x25606Hòa Hội|x25621Ninh Điền|x25585Châu Thành|x25588Hảo Đước|x25684Long Chữ|x25702Long Thuận|' +
      'x25681Bến Cầu',
  ],
  [
    '82',
    'p28261Mỹ Tho|p28249Đạo Thạnh|p28273Mỹ Phong|p28270Thới Sơn|p28285Trung An|p28306Gò Công|' +
      'p28297Long Thuận|p28729Sơn Qui|p28315Bình Xuân|p28435Mỹ Phước Tây|p28436Thanh Hòa|p28439Cai Lậy|' +
      'p28477Nhị Quý|x28468Tân Phú|x28426Thanh Hưng|x28429An Hữu|x28414Mỹ Lợi|x28405Mỹ Đức Tây|' +
      'x28378Mỹ Thiện|x28366Hậu Mỹ|x28393Hội Cư|x28360Cái Bè|x28471Bình Phú|x28501Hiệp Đức|x28516Ngũ Hiệp|' +
      'x28504Long Tiên|x28456Mỹ Thành|x28444Thạnh Phú|x28321Tân Phước 1|x28327Tân Phước 2|' +
      'x28345Tân Phước 3|x28336Hưng Thạnh|x28525Tân Hương|x28519Châu Thành|x28537Long Hưng|x28543Long Định|' +
      'x28576Vĩnh Kim|x28582Kim Sơn|x28564Bình Trưng|x28603Mỹ Tịnh An|x28615Lương Hòa Lạc|' +
      'x28627Tân Thuận Bình|x28594Chợ Gạo|x28633An Thạnh Thủy|x28648Bình Ninh|x28651Vĩnh Bình|' +
      'x28660Đồng Sơn|x28663Phú Thành|x28687Long Bình|x28678Vĩnh Hựu|x28747Gò Công Đông|x28738Tân Điền|' +
      'x28702Tân Hòa|x28723Tân Đông|x28720Gia Thuận|x28693Tân Thới|x28696Tân Phú Đông|x29926Tân Hồng|' +
      'x29938Tân Thành|x29929Tân Hộ Cơ|x29944An Phước|p29954An Bình|p29955Hồng Ngự|p29978Thường Lạc|' +
      'x29971Thường Phước|x29983Long Khánh|x29992Long Phú Thuận|x30019An Hòa|x30010Tam Nông|x30034Phú Thọ|' +
      'x30001Tràm Chim|x30025Phú Cường|x30028An Long|x30130Thanh Bình|x30157Tân Thạnh|x30163Bình Thành|' +
      'x30154Tân Long|x30037Tháp Mười|x30073Thanh Mỹ|x30055Mỹ Quí|x30061Đốc Binh Kiều|x30046Trường Xuân|' +
      'x30043Phương Thịnh|x30088Phong Mỹ|x30085Ba Sao|x30076Mỹ Thọ|x30118Bình Hàng Trung|x30112Mỹ Hiệp|' +
      'p29869Cao Lãnh|p29884Mỹ Ngãi|p29888Mỹ Trà|x30178Mỹ An Hưng|x30184Tân Khánh Trung|x30169Lấp Vò|' +
      'x30226Lai Vung|x30208Hòa Long|x30235Phong Hòa|p29905Sa Đéc|x30214Tân Dương|x30244Phú Hựu|' +
      'x30253Tân Nhuận Đông|x30259Tân Phú Trung',
  ],
  [
    '86',
    'x29641Cái Nhum|x29653Tân Long Hội|x29623Nhơn Phú|x29638Bình Phước|x29584An Bình|x29602Long Hồ|' +
      'x29611Phú Quới|p29590Thanh Đức|p29551Long Châu|p29557Phước Hậu|p29593Tân Hạnh|p29566Tân Ngãi|' +
      'x29677Quới Thiện|x29659Trung Thành|x29698Trung Ngãi|x29668Quới An|x29683Trung Hiệp|x29701Hiếu Phụng|' +
      'x29713Hiếu Thành|x29857Lục Sĩ Thành|x29821Trà Ôn|x29836Trà Côn|x29845Vĩnh Xuân|x29830Hòa Bình|' +
      'x29734Hòa Hiệp|x29719Tam Bình|x29767Ngãi Tứ|x29740Song Phú|x29728Cái Ngang|x29800Tân Quới|' +
      'x29785Tân Lược|x29788Mỹ Thuận|p29771Bình Minh|p29770Cái Vồn|p29812Đông Thành|p29263Long Đức|' +
      'p29242Trà Vinh|p29254Nguyệt Hóa|p29398Hòa Thuận|x29275An Trường|x29278Tân An|x29266Càng Long|' +
      'x29302Nhị Long|x29287Bình Phú|x29386Song Lộc|x29374Châu Thành|x29407Hưng Mỹ|x29410Hòa Minh|' +
      'x29413Long Hòa|x29308Cầu Kè|x29329Phong Thạnh|x29317An Phú Tân|x29335Tam Ngãi|x29371Tân Hòa|' +
      'x29362Hùng Hòa|x29341Tiểu Cần|x29365Tập Ngãi|x29419Mỹ Long|x29431Vinh Kim|x29416Cầu Ngang|' +
      'x29446Nhị Trường|x29455Hiệp Mỹ|x29476Lưu Nghiệp Anh|x29491Đại An|x29489Hàm Giang|x29461Trà Cú|' +
      'x29506Long Hiệp|x29467Tập Sơn|p29512Duyên Hải|p29516Trường Long Hòa|x29518Long Hữu|x29513Long Thành|' +
      'x29536Đông Hải|x29533Long Vĩnh|x29497Đôn Châu|x29530Ngũ Lạc|p28777An Hội|p28756Phú Khương|' +
      'p28789Bến Tre|p28783Sơn Đông|p28858Phú Tân|x28810Phú Túc|x28807Giao Long|x28861Tiên Thủy|' +
      'x28840Tân Phú|x28879Phú Phụng|x28870Chợ Lách|x28894Vĩnh Thành|x28901Hưng Khánh Trung|' +
      'x28915Phước Mỹ Trung|x28921Tân Thành Bình|x28948Nhuận Phú Tân|x28945Đồng Khởi|x28903Mỏ Cày|' +
      'x28969Thành Thới|x28957An Định|x28981Hương Mỹ|x29194Đại Điền|x29191Quới Điền|x29182Thạnh Phú|' +
      'x29224An Qui|x29221Thạnh Hải|x29227Thạnh Phong|x29167Tân Thủy|x29125Bảo Thạnh|x29110Ba Tri|' +
      'x29137Tân Xuân|x29122Mỹ Chánh Hòa|x29143An Ngãi Trung|x29158An Hiệp|x29044Hưng Nhượng|' +
      'x28984Giồng Trôm|x29029Tân Hào|x29020Phước Long|x28993Lương Phú|x28996Châu Hòa|x28987Lương Hòa|' +
      'x29107Thới Thuận|x29104Thạnh Phước|x29050Bình Đại|x29089Thạnh Trị|x29077Lộc Thuận|x29083Châu Hưng|' +
      'x29062Phú Thuận',
  ],
  [
    '91',
    'x30313Mỹ Hòa Hưng|p30307Long Xuyên|p30292Bình Đức|p30301Mỹ Thới|p30316Châu Đốc|p30325Vĩnh Tế|' +
      'x30337An Phú|x30367Vĩnh Hậu|x30346Nhơn Hội|x30341Khánh Bình|x30352Phú Hữu|x30388Tân An|' +
      'x30403Châu Phong|x30385Vĩnh Xương|p30376Tân Châu|p30377Long Phú|x30406Phú Tân|x30436Phú An|' +
      'x30445Bình Thạnh Đông|x30409Chợ Vàm|x30430Hòa Lạc|x30421Phú Lâm|x30463Châu Phú|x30469Mỹ Đức|' +
      'x30478Vĩnh Thạnh Trung|x30487Bình Mỹ|x30481Thạnh Mỹ Tây|x30526An Cư|x30538Núi Cấm|p30520Tịnh Biên|' +
      'p30502Thới Sơn|p30505Chi Lăng|x30547Ba Chúc|x30544Tri Tôn|x30577Ô Lâm|x30580Cô Tô|x30568Vĩnh Gia|' +
      'x30589An Châu|x30607Bình Hòa|x30595Cần Đăng|x30619Vĩnh Hanh|x30604Vĩnh An|x30628Chợ Mới|' +
      'x30643Cù Lao Giêng|x30673Hội An|x30631Long Điền|x30658Nhơn Mỹ|x30664Long Kiến|x30682Thoại Sơn|' +
      'x30688Óc Eo|x30709Định Mỹ|x30685Phú Hòa|x30697Vĩnh Trạch|x30691Tây Phú|x31064Vĩnh Bình|' +
      'x31069Vĩnh Thuận|x31051Vĩnh Phong|x31012Vĩnh Hòa|x31027U Minh Thượng|x31024Đông Hòa|x31031Tân Thạnh|' +
      'x31036Đông Hưng|x31018An Minh|x31042Vân Khánh|x30988Tây Yên|x31006Đông Thái|x30985An Biên|' +
      'x30958Định Hòa|x30952Gò Quao|x30970Vĩnh Hòa Hưng|x30982Vĩnh Tuy|x30904Giồng Riềng|x30910Thạnh Hưng|' +
      'x30943Long Thạnh|x30934Hòa Hưng|x30928Ngọc Chúc|x30949Hòa Thuận|x30856Tân Hội|x30850Tân Hiệp|' +
      'x30874Thạnh Đông|x30886Thạnh Lộc|x30880Châu Thành|x30898Bình An|x30817Hòn Đất|x30835Sơn Kiên|' +
      'x30838Mỹ Thuận|x30823Bình Sơn|x30826Bình Giang|x30796Giang Thành|x30793Vĩnh Điều|x30790Hòa Điền|' +
      'x30787Kiên Lương|x30811Sơn Hải|x30814Hòn Nghệ|d31108Kiên Hải|p30760Vĩnh Thông|p30742Rạch Giá|' +
      'p30769Hà Tiên|p30766Tô Châu|x30781Tiên Hải|d31078Phú Quốc|d31105Thổ Châu',
  ],
  [
    '92',
    'p31135Ninh Kiều|p31120Cái Khế|p31147Tân An|p31150An Bình|p31174Thới An Đông|p31168Bình Thủy|' +
      'p31183Long Tuyền|p31186Cái Răng|p31201Hưng Phú|p31153Ô Môn|p31157Thới Long|p31162Phước Thới|' +
      'p31217Trung Nhứt|p31207Thốt Nốt|p31228Thuận Hưng|p31213Tân Lộc|x31299Phong Điền|x31315Nhơn Ái|' +
      'x31309Trường Long|x31258Thới Lai|x31282Đông Thuận|x31294Trường Xuân|x31288Trường Thành|x31261Cờ Đỏ|' +
      'x31273Đông Hiệp|x31249Thạnh Phú|x31264Thới Hưng|x31255Trung Hưng|x31232Vĩnh Thạnh|x31237Vĩnh Trinh|' +
      'x31231Thạnh An|x31246Thạnh Quới|x31338Hỏa Lựu|p31321Vị Thanh|p31333Vị Tân|x31441Vị Thủy|' +
      'x31453Vĩnh Thuận Đông|x31465Vị Thanh 1|x31459Vĩnh Tường|x31489Vĩnh Viễn|x31495Xà Phiên|' +
      'x31492Lương Tâm|p31473Long Bình|p31471Long Mỹ|p31480Long Phú 1|x31360Thạnh Xuân|x31342Tân Hòa|' +
      'x31348Trường Long Tây|x31366Châu Thành|x31369Đông Phước|x31378Phú Hữu|p31411Đại Thành|p31340Ngã Bảy|' +
      'x31399Tân Bình|x31393Hòa An|x31426Phương Bình|x31432Tân Phước Hưng|x31396Hiệp Hưng|x31420Phụng Hiệp|' +
      'x31408Thạnh Hòa|p31510Phú Lợi|p31507Sóc Trăng|p31684Mỹ Xuyên|x31717Hòa Tú|x31726Gia Hòa|' +
      'x31708Nhu Gia|x31723Ngọc Tố|x31654Trường Khánh|x31645Đại Ngãi|x31666Tân Thạnh|x31639Long Phú|' +
      'x31552Nhơn Mỹ|x31537Phong Nẫm|x31531An Lạc Thôn|x31528Kế Sách|x31540Thới An Hội|x31561Đại Hải|' +
      'x31569Phú Tâm|x31594An Ninh|x31582Thuận Hòa|x31570Hồ Đắc Kiện|x31567Mỹ Tú|x31579Long Hưng|' +
      'x31603Mỹ Phước|x31591Mỹ Hương|x31795Vĩnh Hải|x31810Lai Hòa|p31804Vĩnh Phước|p31783Vĩnh Châu|' +
      'p31789Khánh Hòa|x31741Tân Long|p31732Ngã Năm|p31753Mỹ Quới|x31756Phú Lộc|x31777Vĩnh Lợi|' +
      'x31759Lâm Tân|x31699Thạnh Thới An|x31687Tài Văn|x31675Liêu Tú|x31679Lịch Hội Thượng|x31673Trần Đề|' +
      'x31615An Thạnh|x31633Cù Lao Dung',
  ],
  [
    '96',
    'p32002An Xuyên|p32014Lý Văn Lâm|p32025Tân Thành|p32041Hòa Thành|x32167Tân Thuận|x32188Tân Tiến|' +
      'x32155Tạ An Khương|x32161Trần Phán|x32185Thanh Tùng|x32152Đầm Dơi|x32182Quách Phẩm|x32047U Minh|' +
      'x32044Nguyễn Phích|x32062Khánh Lâm|x32059Khánh An|x32244Phan Ngọc Hiển|x32248Đất Mũi|x32236Tân Ân|' +
      'x32110Khánh Bình|x32104Đá Bạc|x32119Khánh Hưng|x32098Sông Đốc|x32095Trần Văn Thời|x32065Thới Bình|' +
      'x32071Trí Phải|x32083Tân Lộc|x32092Hồ Thị Kỷ|x32069Biển Bạch|x32201Đất Mới|x32191Năm Căn|' +
      'x32206Tam Giang|x32212Cái Đôi Vàm|x32227Nguyễn Việt Khái|x32218Phú Tân|x32214Phú Mỹ|' +
      'x32134Lương Thế Trân|x32137Tân Hưng|x32140Hưng Mỹ|x32128Cái Nước|p31825Bạc Liêu|p31834Vĩnh Trạch|' +
      'p31840Hiệp Thành|p31942Giá Rai|p31951Láng Tròn|x31957Phong Thạnh|x31843Hồng Dân|x31858Vĩnh Lộc|' +
      'x31864Ninh Thạnh Lợi|x31849Ninh Quới|x31972Gành Hào|x31993Định Thành|x31988An Trạch|x31985Long Điền|' +
      'x31975Đông Hải|x31891Hòa Bình|x31918Vĩnh Mỹ|x31927Vĩnh Hậu|x31867Phước Long|x31876Vĩnh Phước|' +
      'x31885Phong Hiệp|x31882Vĩnh Thanh|x31900Vĩnh Lợi|x31906Hưng Hội|x31894Châu Thới',
  ],
];

export const COMMUNES: Commune[] = COMMUNE_ROWS.flatMap(([provinceCode, packed]) =>
  packed.split('|').map((entry): Commune => {
    const [type, typeWord] = COMMUNE_TYPES[entry[0] as keyof typeof COMMUNE_TYPES];
    return { code: entry.slice(1, 6), provinceCode, name: `${typeWord} ${entry.slice(6)}`, type };
  }),
);
