/*
 * Plans composed in the layouts other provinces use, for the parser's and the
 * importer's tests; their expectations are written by hand in the tests.
 */

/**
 * Quảng Ninh 2020, as copied from a PDF: the header block as two columns
 * separated by "|", every line hard-wrapped in mid-sentence, a title without
 * the word "KẾ HOẠCH" (it is in the enacting sentence), legal bases run on in
 * one sentence and introduced by "Căn cứ", "Thực hiện" and "Theo", one cited in
 * mid-sentence, a decision numbered for 2017 but dated 2018, assignment
 * headings with roles and "Đề nghị", a heading grouping agencies, report
 * deadlines in the closing paragraph and the signer's name in capitals.
 */
export const QUANG_NINH_2020 = `ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NINH | Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND | Quảng Ninh, ngày 15 tháng 01 năm 2020

THÔNG TIN ĐỐI NGOẠI TỈNH QUẢNG NINH NĂM 2020

Căn cứ Nghị định số 72/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt
động thông tin đối ngoại; Thực hiện Quy chế số 05-QC/TU ngày 10/10/2018 của
Ban Thường vụ Tỉnh ủy về quản lý thống nhất hoạt động đối ngoại trên địa bàn
tỉnh; Theo Quyết định số 15/2017/QĐ-UBND ngày 03/5/2018 của Ủy ban nhân dân
tỉnh Quảng Ninh ban hành Quy chế quản lý nhà nước về thông tin đối ngoại;
thực hiện chỉ đạo của Bộ Thông tin và Truyền thông nêu tại Văn bản số
4110/BTTTT-TTĐN ngày 20/12/2019 về hướng dẫn công tác thông tin đối ngoại
năm 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin đối ngoại năm
2020 như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích: Tuyên truyền, quảng bá hình ảnh Quảng Ninh năng động, thân
thiện tới bạn bè quốc tế; thu hút đầu tư và du khách quốc tế đến với Quảng
Ninh.
2. Yêu cầu: Bảo đảm đúng định hướng, bảo vệ bí mật nhà nước trong hoạt động
thông tin đối ngoại.

II. NỘI DUNG
1. Quảng bá du lịch Quảng Ninh tới thị trường Trung Quốc và Hàn
Quốc
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: Sở Ngoại vụ; Sở Thông tin và Truyền thông.
- Thời gian thực hiện: Tháng 12/2019 – tháng 01/2020.
2. Tuyên truyền về chủ quyền biển, đảo và đường biên giới Việt Nam - Trung
Quốc cho cư dân các xã biên giới, hải đảo
- Cơ quan chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
- Cơ quan phối hợp: Công an tỉnh; Sở Thông tin và Truyền thông.
- Thời gian thực hiện: Quý II/2020.

III. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông (cơ quan thường trực):
- Hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp
kết quả thực hiện.
2. Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ (theo chức năng, nhiệm vụ):
- Chủ trì các hoạt động quảng bá, giao lưu văn hóa với nước ngoài.
3. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:
- Định hướng công tác tuyên truyền đối ngoại trong hệ thống chính trị.
4. Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị
xã, thành phố:
- Phân công cán bộ làm đầu mối thông tin đối ngoại, gửi danh sách về Sở
Thông tin và Truyền thông trước ngày 28/02/2020.

Trên đây là Kế hoạch thông tin đối ngoại tỉnh Quảng Ninh năm 2020. Định kỳ
6 tháng (trước ngày 10/6) và hàng năm (trước ngày 10/12), các cơ quan, đơn
vị báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông để tổng hợp,
báo cáo Ủy ban nhân dân tỉnh./.

Nơi nhận: | TM. ỦY BAN NHÂN DÂN
- Bộ TT&TT; | KT. CHỦ TỊCH
- Lưu: VT. | PHÓ CHỦ TỊCH
| (Đã ký)
| ĐẶNG HUY HẬU
`;

/**
 * Đắk Lắk 2026, after the 2025 reorganisation, as a Word file would give it:
 * an approving decision first, which alone states the plan's number and
 * carries the only signature (a name with an apostrophe); the plan names Sở
 * Khoa học và Công nghệ for foreign-information work and states one report
 * deadline, for the year, in a duty.
 */
export const DAK_LAK_2026 = `ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 | Độc lập - Tự do - Hạnh phúc
Số: 85/QĐ-UBND | Đắk Lắk, ngày 20 tháng 01 năm 2026

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thông tin đối ngoại tỉnh Đắk Lắk năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 45/TTr-SKHCN ngày 12/01/2026.

QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 09/KH-UBND thông tin đối ngoại tỉnh Đắk Lắk năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận: | KT. CHỦ TỊCH
- Như Điều 3; | PHÓ CHỦ TỊCH
- Lưu: VT. | (Đã ký)
 | Ksor H'Lan

KẾ HOẠCH
Thông tin đối ngoại tỉnh Đắk Lắk năm 2026
(Ban hành kèm theo Quyết định số 85/QĐ-UBND ngày 20/01/2026 của Chủ tịch Ủy ban nhân dân tỉnh)

I. MỤC ĐÍCH, YÊU CẦU
- Giới thiệu hình ảnh tỉnh Đắk Lắk sau sắp xếp đơn vị hành chính tới bạn bè quốc tế.

II. NHIỆM VỤ
1. Quảng bá hình ảnh tỉnh Đắk Lắk mới trên các nền tảng số
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Cơ quan phối hợp: Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ.
- Thời gian thực hiện: Cả năm 2026.
2. Xúc tiến du lịch biển và cà phê Buôn Ma Thuột tại thị trường châu Âu
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: Sở Công Thương.
- Thời gian thực hiện: Quý II - quý III năm 2026.

III. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi việc thực hiện Kế hoạch.
2. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường:
- Gửi báo cáo kết quả thực hiện Kế hoạch về Sở Khoa học và Công nghệ trước ngày 25/11/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
`;

/**
 * Gia Lai 2023, as a web page gives the signed plan: the header stacked, each column under the
 * other with rules of em dashes ("——-"), a number printed with a space ("516 /KH-UBND"), the
 * title in capitals on two lines, legal bases one per paragraph with dates spelled out ("ngày 07
 * tháng 9 năm 2015") and an issuer in its "Bộ trưởng Bộ …" form, en-dash bullets throughout and
 * "1. Mục tiêu:" under the first Roman section; report deadlines in the closing paragraph.
 */
export const GIA_LAI_2023 = `ỦY BAN NHÂN DÂN
TỈNH GIA LAI
——-

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
—————

Số: 516 /KH-UBND

Gia Lai, ngày 09 tháng 03 năm 2023

KẾ HOẠCH

HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2023 TRÊN ĐỊA BÀN TỈNH GIA LAI

Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;

Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19 tháng 10 năm 2016 của Bộ trưởng Bộ Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại của các tỉnh, thành phố trực thuộc Trung ương;

Căn cứ Công văn số 5740/BTTTT-TTĐN ngày 25 tháng 11 năm 2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn xây dựng Kế hoạch công tác thông tin đối ngoại năm 2023;

Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch hoạt động thông tin đối ngoại năm 2023 trên địa bàn tỉnh như sau:

I. MỤC TIÊU, YÊU CẦU

1. Mục tiêu:

– Giới thiệu rộng rãi hình ảnh, tiềm năng của tỉnh tới bạn bè quốc tế.

– Nâng cao nhận thức của cán bộ, nhân dân về thông tin đối ngoại.

2. Yêu cầu:

– Bám sát chủ trương của Đảng, chính sách, pháp luật của Nhà nước.

II. NHIỆM VỤ

1. Tuyên truyền về biên giới đất liền Việt Nam – Campuchia

– Cơ quan chủ trì: Bộ Chỉ huy Bộ đội Biên phòng tỉnh.

– Cơ quan phối hợp: Sở Ngoại vụ; Sở Thông tin và Truyền thông; Ủy ban nhân dân huyện Đức Cơ.

– Thời gian thực hiện: Quý II – quý IV năm 2023.

2. Quảng bá du lịch Gia Lai trên báo chí nước ngoài

– Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.

– Cơ quan phối hợp: Sở Thông tin và Truyền thông.

– Thời gian thực hiện: Cả năm 2023.

III. TỔ CHỨC THỰC HIỆN

Các sở, ban, ngành báo cáo kết quả 6 tháng trước ngày 15/6/2023 và báo cáo năm trước ngày 15/11/2023 về Sở Thông tin và Truyền thông để tổng hợp.`;

/** A plan Bình Định adopted in 2024, a year before it was merged into Gia Lai. */
export const BINH_DINH_2024 = `ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Số: 30/KH-UBND
Bình Định, ngày 22 tháng 01 năm 2024

KẾ HOẠCH
Thông tin đối ngoại tỉnh Bình Định năm 2024

II. NHIỆM VỤ
1. Quảng bá du lịch biển Quy Nhơn tới thị trường Hàn Quốc
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: Quý III/2024.
`;
