import type { EntityManager } from "typeorm";
import { Classification } from "../../shared/core/domain";
import { insertDemo } from "../../shared/database/demo";
import { Delegation, DelegationDirection } from "./delegation";
import { ForeignPressVisit } from "./foreign-press-visit";
import { MediaMonitoringItem, MediaSentiment } from "./media-monitoring-item";
import { OverseasCommunity } from "./overseas-community";
import { PartnerLocality } from "./partner-locality";
import { PressConference } from "./press-conference";

/** Demo foreign affairs records built on what the An Giang 2018 and Gia Lai 2019 plans name. */
export async function seedForeignAffairsDemo(manager: EntityManager): Promise<void> {
  // Partner localities first: delegations point at them. No start of
  // cooperation is given: the plans do not state one.
  await insertDemo(manager, PartnerLocality, [
    {
      id: "demo-foreign-affairs-ag-kandal",
      provinceCode: "VN-44",
      name: "Kandal",
      localName: "ខេត្តកណ្ដាល",
      countryCode: "KH",
      kind: "tỉnh",
      agreement: "Biên bản ghi nhớ hợp tác giữa tỉnh An Giang và tỉnh Kandal về kinh tế, thương mại, đầu tư và du lịch (dữ liệu minh họa)",
      agencyIds: ["VN-44-SNGV"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-ag-takeo",
      provinceCode: "VN-44",
      name: "Takeo",
      localName: "ខេត្តតាកែវ",
      countryCode: "KH",
      kind: "tỉnh",
      agreement:
        "Biên bản ghi nhớ hợp tác giữa tỉnh An Giang và tỉnh Takeo về quản lý biên giới, thương mại và giao lưu nhân dân (dữ liệu minh họa)",
      agencyIds: ["VN-44-SNGV"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-gl-ratanakiri",
      provinceCode: "VN-30",
      name: "Ratanakiri",
      localName: "ខេត្តរតនគិរី",
      countryCode: "KH",
      kind: "tỉnh",
      agreement: "Biên bản hội đàm thường niên giữa tỉnh Gia Lai và tỉnh Ratanakiri về hợp tác quản lý biên giới (dữ liệu minh họa)",
      agencyIds: ["VN-30-SNGV"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-gl-attapeu",
      provinceCode: "VN-30",
      name: "Attapeu",
      localName: "ແຂວງອັດຕະປື",
      countryCode: "LA",
      kind: "tỉnh",
      agreement: "Thỏa thuận hợp tác giữa tỉnh Gia Lai và tỉnh Attapeu giai đoạn 2019-2020 (dữ liệu minh họa)",
      agencyIds: ["VN-30-SNGV"],
      classification: Classification.PUBLIC,
    },
  ]);

  await insertDemo(manager, Delegation, [
    {
      id: "demo-foreign-affairs-ag-delegation-kandal-in-2018",
      provinceCode: "VN-44",
      name: "Đoàn đại biểu tỉnh Kandal (Campuchia) thăm và làm việc tại tỉnh An Giang",
      direction: DelegationDirection.INCOMING,
      countryCode: "KH",
      partnerLocalityId: "demo-foreign-affairs-ag-kandal",
      startsOn: "2018-03-20",
      endsOn: "2018-03-21",
      headedBy: "Tỉnh trưởng tỉnh Kandal",
      memberCount: 18,
      purpose: "Trao đổi hợp tác kinh tế, thương mại và đầu tư giữa hai tỉnh giáp biên giới; ký biên bản ghi nhớ hợp tác.",
      taskId: "VN-44-2018:5.1.4",
      agencyIds: ["VN-44-SNGV", "VN-44-UBND"],
    },
    {
      id: "demo-foreign-affairs-ag-delegation-takeo-out-2018",
      provinceCode: "VN-44",
      name: "Đoàn công tác tỉnh An Giang thăm và làm việc tại tỉnh Takeo (Campuchia)",
      direction: DelegationDirection.OUTGOING,
      countryCode: "KH",
      partnerLocalityId: "demo-foreign-affairs-ag-takeo",
      startsOn: "2018-06-12",
      endsOn: "2018-06-13",
      headedBy: "Phó Chủ tịch UBND tỉnh An Giang",
      memberCount: 15,
      purpose:
        "Trao đổi về công tác quản lý biên giới, thông tin đối ngoại với các lực lượng khu vực biên giới và giao thương qua cửa khẩu.",
      taskId: "VN-44-2018:5.1.5.a",
      agencyIds: ["VN-44-SNGV", "VN-44-BDBP"],
    },
    {
      id: "demo-foreign-affairs-ag-delegation-kandal-tourism-2018",
      provinceCode: "VN-44",
      name: 'Đoàn khảo sát du lịch "Hai quốc gia, một điểm đến" tại tỉnh Kandal',
      direction: DelegationDirection.OUTGOING,
      countryCode: "KH",
      partnerLocalityId: "demo-foreign-affairs-ag-kandal",
      startsOn: "2018-10-08",
      endsOn: "2018-10-10",
      headedBy: "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
      memberCount: 12,
      purpose: 'Khảo sát, kết nối tuyến du lịch liên tỉnh An Giang – Kandal theo chủ đề "Hai quốc gia, một điểm đến".',
      taskId: "VN-44-2018:5.1.5.a",
      agencyIds: ["VN-44-SVHTTDL", "VN-44-SNGV"],
    },
    {
      id: "demo-foreign-affairs-gl-delegation-ratanakiri-in-2019",
      provinceCode: "VN-30",
      name: "Đoàn đại biểu tỉnh Ratanakiri (Campuchia) hội đàm với tỉnh Gia Lai",
      direction: DelegationDirection.INCOMING,
      countryCode: "KH",
      partnerLocalityId: "demo-foreign-affairs-gl-ratanakiri",
      startsOn: "2019-01-15",
      endsOn: "2019-01-16",
      headedBy: "Tỉnh trưởng tỉnh Ratanakiri",
      memberCount: 20,
      purpose: "Hội đàm thường niên về hợp tác quản lý biên giới, phân giới cắm mốc và giao thương qua Cửa khẩu quốc tế Lệ Thanh.",
      taskId: "VN-30-2019:9",
      agencyIds: ["VN-30-SNGV", "VN-30-BDBP"],
    },
    {
      id: "demo-foreign-affairs-gl-delegation-attapeu-out-2019",
      provinceCode: "VN-30",
      name: "Đoàn công tác tỉnh Gia Lai thăm và làm việc tại tỉnh Attapeu (Lào)",
      direction: DelegationDirection.OUTGOING,
      countryCode: "LA",
      partnerLocalityId: "demo-foreign-affairs-gl-attapeu",
      startsOn: "2019-02-26",
      endsOn: "2019-02-28",
      headedBy: "Phó Chủ tịch UBND tỉnh Gia Lai",
      memberCount: 14,
      purpose: "Ký thỏa thuận hợp tác giai đoạn 2019-2020; trao đổi về tuyên truyền các văn kiện pháp lý về biên giới Việt Nam – Lào.",
      taskId: "VN-30-2019:9",
      agencyIds: ["VN-30-SNGV"],
    },
  ]);

  await insertDemo(manager, ForeignPressVisit, [
    {
      id: "demo-foreign-affairs-ag-press-tvk-2018",
      provinceCode: "VN-44",
      outlet: "Đài Truyền hình Quốc gia Campuchia (TVK)",
      reporterCount: 5,
      purpose: 'Thực hiện phóng sự về hợp tác giữa An Giang với hai tỉnh Kandal, Takeo và về tuyến du lịch "Hai quốc gia, một điểm đến".',
      countryCode: "KH",
      arrivesOn: "2018-04-16",
      departsOn: "2018-04-20",
      borderGateId: "VN-44-tinh-bien",
      hostAgency: "Sở Ngoại vụ tỉnh An Giang",
      taskId: "VN-44-2018:5.1.5.a",
      agencyIds: ["VN-44-SNGV", "VN-44-STTTT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-ag-press-kh-reporters-2018",
      provinceCode: "VN-44",
      outlet: "Đoàn phóng viên các cơ quan báo chí tỉnh Takeo (Campuchia)",
      reporterCount: 8,
      purpose:
        "Đưa tin về Hội chợ Thương mại - Du lịch biên giới Việt Nam – Campuchia và hoạt động giao thương tại Khu kinh tế cửa khẩu Tịnh Biên.",
      countryCode: "KH",
      arrivesOn: "2018-11-23",
      departsOn: "2018-11-25",
      borderGateId: "VN-44-tinh-bien",
      hostAgency: "Sở Ngoại vụ tỉnh An Giang",
      taskId: "VN-44-2018:5.2.4",
      agencyIds: ["VN-44-SNGV", "VN-44-BDBP"],
    },
    {
      id: "demo-foreign-affairs-gl-press-le-thanh-2019",
      provinceCode: "VN-30",
      outlet: "Đài Phát thanh - Truyền hình tỉnh Ratanakiri (Campuchia)",
      reporterCount: 4,
      purpose:
        "Đưa tin về kết quả phân giới, cắm mốc biên giới Việt Nam – Campuchia và hệ thống thông tin đối ngoại tại Cửa khẩu quốc tế Lệ Thanh.",
      countryCode: "KH",
      arrivesOn: "2019-05-14",
      departsOn: "2019-05-16",
      borderGateId: "VN-30-le-thanh",
      hostAgency: "Sở Ngoại vụ tỉnh Gia Lai",
      taskId: "VN-30-2019:9",
      agencyIds: ["VN-30-SNGV", "VN-30-CA", "VN-30-STTTT"],
    },
  ]);

  await insertDemo(manager, PressConference, [
    {
      id: "demo-foreign-affairs-ag-press-conference-2018",
      provinceCode: "VN-44",
      title: "Họp báo quốc tế giới thiệu Hội chợ Thương mại - Du lịch biên giới Việt Nam – Campuchia năm 2018",
      heldOn: "2018-11-16",
      venue: "Thành phố Long Xuyên",
      spokesperson: "Giám đốc Sở Ngoại vụ tỉnh An Giang",
      foreignOutlets: 3,
      attendees: 55,
      taskId: "VN-44-2018:5.2.4",
      agencyIds: ["VN-44-SNGV", "VN-44-STTTT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-gl-press-conference-2019",
      provinceCode: "VN-30",
      title: "Họp báo cung cấp thông tin về tình hình kinh tế - xã hội và công tác biên giới tỉnh Gia Lai 6 tháng đầu năm 2019",
      heldOn: "2019-07-10",
      venue: "Thành phố Pleiku",
      spokesperson: "Người phát ngôn của UBND tỉnh Gia Lai",
      foreignOutlets: 0,
      attendees: 40,
      taskId: "VN-30-2019:4",
      agencyIds: ["VN-30-UBND", "VN-30-STTTT", "VN-30-SNGV"],
      classification: Classification.PUBLIC,
    },
  ]);

  await insertDemo(manager, OverseasCommunity, [
    {
      id: "demo-foreign-affairs-ag-viet-kieu-kh",
      provinceCode: "VN-44",
      name: "Tổng hội Việt kiều ở Campuchia",
      countryCode: "KH",
      contactOrganisation: "Tổng hội Việt kiều ở Campuchia",
      notes:
        "Duy trì quan hệ thường xuyên, đặc biệt với bà con ở các tỉnh giáp biên giới; cung cấp thông tin về An Giang cho người Việt Nam ở nước ngoài.",
      agencyIds: ["VN-44-SNGV"],
    },
    {
      id: "demo-foreign-affairs-gl-viet-kieu-ratanakiri",
      provinceCode: "VN-30",
      name: "Cộng đồng người Việt Nam tại tỉnh Ratanakiri",
      countryCode: "KH",
      notes: "Thông tin về tiềm năng, chính sách đầu tư của tỉnh Gia Lai cho người Việt Nam làm ăn, sinh sống ở Campuchia.",
      agencyIds: ["VN-30-SNGV"],
    },
  ]);

  await insertDemo(manager, MediaMonitoringItem, [
    {
      id: "demo-foreign-affairs-ag-media-border-false-2018",
      provinceCode: "VN-44",
      headline: "Bài đăng trên mạng xã hội xuyên tạc công tác phân giới, cắm mốc biên giới Việt Nam – Campuchia tại An Giang",
      outlet: "Trang mạng xã hội của một tổ chức ở nước ngoài",
      publishedOn: "2018-05-08",
      sentiment: MediaSentiment.FALSE_INFORMATION,
      rebuttal:
        "Cung cấp thông tin chính thống về kết quả phân giới, cắm mốc cho báo chí trong tỉnh; đăng bài giải thích, làm rõ trên Cổng Thông tin điện tử tỉnh bằng tiếng Việt và tiếng Khmer.",
      rebuttedOn: "2018-05-11",
      taskId: "VN-44-2018:5.2.2",
      agencyIds: ["VN-44-SNGV", "VN-44-BTGTU", "VN-44-BDBP"],
    },
    {
      id: "demo-foreign-affairs-ag-media-rice-false-2018",
      provinceCode: "VN-44",
      headline: "Tin sai sự thật về dư lượng thuốc bảo vệ thực vật trong gạo xuất khẩu của An Giang",
      outlet: "Một trang tin điện tử nước ngoài",
      publishedOn: "2018-09-03",
      sentiment: MediaSentiment.FALSE_INFORMATION,
      rebuttal:
        "Sở Nông nghiệp và Phát triển nông thôn cung cấp kết quả kiểm nghiệm; ban hành thông cáo báo chí giải thích, làm rõ thông tin sai lệch.",
      rebuttedOn: "2018-09-07",
      taskId: "VN-44-2018:5.2.2",
      agencyIds: ["VN-44-SNGV", "VN-44-SNNPTNT", "VN-44-STTTT"],
    },
    {
      id: "demo-foreign-affairs-ag-media-tvk-2018",
      provinceCode: "VN-44",
      headline: 'Phóng sự về hợp tác du lịch An Giang – Kandal "Hai quốc gia, một điểm đến"',
      outlet: "Đài Truyền hình Quốc gia Campuchia (TVK)",
      countryCode: "KH",
      publishedOn: "2018-05-02",
      sentiment: MediaSentiment.POSITIVE,
      taskId: "VN-44-2018:5.2.2",
      agencyIds: ["VN-44-SNGV"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-foreign-affairs-gl-media-border-false-2019",
      provinceCode: "VN-30",
      headline: "Thông tin sai lệch về đường biên giới Việt Nam – Campuchia tại các xã biên giới huyện Đức Cơ, Ia Grai",
      outlet: "Trang mạng xã hội của một nhóm ở nước ngoài",
      publishedOn: "2019-03-18",
      sentiment: MediaSentiment.FALSE_INFORMATION,
      rebuttal:
        "Xây dựng tài liệu lập luận, cung cấp thông tin cho các cơ quan báo chí trên địa bàn về kết quả phân giới, cắm mốc đã hoàn thành trên thực địa.",
      rebuttedOn: "2019-03-22",
      taskId: "VN-30-2019:4",
      agencyIds: ["VN-30-BTGTU", "VN-30-SNGV", "VN-30-CA"],
    },
    {
      id: "demo-foreign-affairs-gl-media-religion-false-2019",
      provinceCode: "VN-30",
      headline: "Bài viết xuyên tạc tình hình tự do tín ngưỡng, tôn giáo của đồng bào dân tộc thiểu số ở Gia Lai",
      outlet: "Một trang tin tiếng Việt ở nước ngoài",
      publishedOn: "2019-08-05",
      sentiment: MediaSentiment.FALSE_INFORMATION,
      rebuttal:
        "Cung cấp thông tin chính thống về chính sách bảo đảm quyền tự do tín ngưỡng, tôn giáo; đăng bài phản bác trên Báo Gia Lai và Cổng Thông tin điện tử tỉnh.",
      rebuttedOn: "2019-08-12",
      taskId: "VN-30-2019:4",
      agencyIds: ["VN-30-BTGTU", "VN-30-SNGV", "VN-30-CA"],
    },
    {
      id: "demo-foreign-affairs-gl-media-attapeu-2019",
      provinceCode: "VN-30",
      headline: "Bài viết về hợp tác giữa hai tỉnh Gia Lai và Attapeu",
      outlet: "Báo Pasaxon (Lào)",
      countryCode: "LA",
      publishedOn: "2019-03-04",
      sentiment: MediaSentiment.POSITIVE,
      taskId: "VN-30-2019:4",
      agencyIds: ["VN-30-SNGV"],
      classification: Classification.PUBLIC,
    },
  ]);
}
