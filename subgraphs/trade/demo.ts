import type { EntityManager } from "typeorm";
import { insertDemo } from "../../shared/demo";
import { Classification } from "../../shared/domain";
import { FtaOutreach } from "./fta-outreach";
import { InvestmentProject, InvestmentProjectStatus } from "./investment-project";
import { Product } from "./product";
import { TradeEvent, TradeEventKind } from "./trade-event";

/** Demo trade records built on what the An Giang 2018 and Gia Lai 2019 plans name. */
export async function seedTradeDemo(manager: EntityManager): Promise<void> {
  await insertDemo(manager, TradeEvent, [
    {
      id: "demo-trade-ag-border-fair-2018",
      provinceCode: "VN-44",
      name: "Hội chợ Thương mại - Du lịch biên giới Việt Nam – Campuchia tại Tịnh Biên",
      kind: TradeEventKind.FAIR,
      startsOn: "2018-11-23",
      endsOn: "2018-11-29",
      venue: "Khu kinh tế cửa khẩu Tịnh Biên, An Giang",
      organizer: "Trung tâm Xúc tiến Thương mại và Đầu tư An Giang",
      participatingBusinesses: 180,
      countryCode: "KH",
      borderGateId: "VN-44-tinh-bien",
      taskId: "VN-44-2018:5.1.5.a",
      agencyIds: ["VN-44-TTXTTMDT", "VN-44-SCT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-trade-ag-survey-kh-2018",
      provinceCode: "VN-44",
      name: "Đoàn khảo sát thị trường gạo, xoài tại tỉnh Kandal và Takeo (Campuchia)",
      kind: TradeEventKind.MARKET_SURVEY,
      startsOn: "2018-05-14",
      endsOn: "2018-05-17",
      venue: "Kandal và Takeo, Campuchia",
      organizer: "Sở Công Thương An Giang",
      participatingBusinesses: 12,
      countryCode: "KH",
      taskId: "VN-44-2018:5.1.5.a",
      agencyIds: ["VN-44-SCT", "VN-44-TTXTTMDT"],
    },
    {
      id: "demo-trade-ag-investment-conf-2018",
      provinceCode: "VN-44",
      name: "Hội nghị xúc tiến đầu tư tỉnh An Giang năm 2018",
      kind: TradeEventKind.INVESTMENT_CONFERENCE,
      startsOn: "2018-07-06",
      endsOn: "2018-07-06",
      venue: "Thành phố Long Xuyên",
      organizer: "Sở Kế hoạch và Đầu tư An Giang",
      participatingBusinesses: 250,
      taskId: "VN-44-2018:5.1.4",
      agencyIds: ["VN-44-SKHDT", "VN-44-TTXTTMDT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-trade-gl-le-thanh-fair-2019",
      provinceCode: "VN-30",
      name: "Hội chợ Thương mại biên giới Việt Nam – Campuchia tại Cửa khẩu quốc tế Lệ Thanh",
      kind: TradeEventKind.FAIR,
      startsOn: "2019-08-15",
      endsOn: "2019-08-20",
      venue: "Khu kinh tế cửa khẩu quốc tế Lệ Thanh, huyện Đức Cơ",
      organizer: "Sở Công Thương Gia Lai",
      participatingBusinesses: 120,
      countryCode: "KH",
      borderGateId: "VN-30-le-thanh",
      taskId: "VN-30-2019:5",
      agencyIds: ["VN-30-SCT", "VN-30-BQLKKT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-trade-gl-investment-conf-2019",
      provinceCode: "VN-30",
      name: "Hội nghị xúc tiến đầu tư vào Khu kinh tế cửa khẩu quốc tế Lệ Thanh",
      kind: TradeEventKind.INVESTMENT_CONFERENCE,
      startsOn: "2019-04-19",
      endsOn: "2019-04-19",
      venue: "Thành phố Pleiku",
      organizer: "Ban Quản lý Khu kinh tế tỉnh Gia Lai",
      participatingBusinesses: 90,
      borderGateId: "VN-30-le-thanh",
      taskId: "VN-30-2019:5",
      agencyIds: ["VN-30-BQLKKT", "VN-30-SKHDT"],
    },
  ]);

  await insertDemo(manager, Product, [
    { id: "demo-product-ag-rice", provinceCode: "VN-44", name: "Gạo", category: "Nông sản", exportMarketCodes: ["KH", "CN", "PH"], agencyIds: ["VN-44-SCT"], classification: Classification.PUBLIC },
    { id: "demo-product-ag-sticky-rice", provinceCode: "VN-44", name: "Nếp", category: "Nông sản", exportMarketCodes: ["KH", "CN"], agencyIds: ["VN-44-SCT"], classification: Classification.PUBLIC },
    { id: "demo-product-ag-mango", provinceCode: "VN-44", name: "Xoài", category: "Trái cây", exportMarketCodes: ["CN", "KR"], agencyIds: ["VN-44-SCT", "VN-44-SNNPTNT"], classification: Classification.PUBLIC },
    { id: "demo-product-gl-coffee", provinceCode: "VN-30", name: "Cà phê", category: "Nông sản", exportMarketCodes: ["DE", "JP"], agencyIds: ["VN-30-SCT"], classification: Classification.PUBLIC },
  ]);

  await insertDemo(manager, InvestmentProject, [
    {
      id: "demo-invest-gl-le-thanh-logistics",
      provinceCode: "VN-30",
      name: "Trung tâm thương mại – logistics Khu kinh tế cửa khẩu quốc tế Lệ Thanh",
      sector: "Logistics",
      status: InvestmentProjectStatus.CALLING_FOR_INVESTMENT,
      capitalMillionUsd: 25,
      location: "Xã Ia Dom, huyện Đức Cơ",
      registeredOn: "2019-04-19",
      borderGateId: "VN-30-le-thanh",
      taskId: "VN-30-2019:5",
      agencyIds: ["VN-30-BQLKKT"],
      classification: Classification.PUBLIC,
    },
    {
      id: "demo-invest-gl-le-thanh-agro",
      provinceCode: "VN-30",
      name: "Nhà máy chế biến nông sản xuất khẩu tại Khu kinh tế cửa khẩu Lệ Thanh",
      sector: "Chế biến nông sản",
      status: InvestmentProjectStatus.LICENSED,
      investor: "Doanh nghiệp mẫu (dữ liệu minh họa)",
      capitalMillionUsd: 8.5,
      location: "Huyện Đức Cơ",
      registeredOn: "2019-09-10",
      borderGateId: "VN-30-le-thanh",
      agencyIds: ["VN-30-BQLKKT", "VN-30-SKHDT"],
    },
    {
      id: "demo-invest-ag-tinh-bien-zone",
      provinceCode: "VN-44",
      name: "Hạ tầng Khu thương mại cửa khẩu quốc tế Tịnh Biên",
      sector: "Hạ tầng thương mại",
      status: InvestmentProjectStatus.CALLING_FOR_INVESTMENT,
      capitalMillionUsd: 40,
      location: "Thị xã Tịnh Biên",
      registeredOn: "2018-07-06",
      borderGateId: "VN-44-tinh-bien",
      taskId: "VN-44-2018:5.1.4",
      agencyIds: ["VN-44-BQLKKT"],
      classification: Classification.PUBLIC,
    },
  ]);

  await insertDemo(manager, FtaOutreach, [
    {
      id: "demo-fta-ag-evfta-2018",
      provinceCode: "VN-44",
      title: "Phổ biến Hiệp định thương mại tự do Việt Nam – EU cho doanh nghiệp xuất khẩu",
      agreement: "EVFTA",
      heldOn: "2018-09-20",
      venue: "Sở Công Thương An Giang",
      audience: "doanh nghiệp xuất khẩu nông sản, thủy sản",
      attendees: 140,
      taskId: "VN-44-2018:5.1.6.b",
      agencyIds: ["VN-44-SCT"],
    },
  ]);
}
