// A decision-like official document with the seed article's 22 organizations, for the
// builder's tests and benchmark.
import type { OfficialDocument } from '@shared/reports/docx';

export const ENTERPRISE_ORGS = [
  '长汀县盼盼食品有限公司党支部',
  '福建台慧体育器材有限公司党支部',
  '长汀县金龙稀土有限公司党委',
  '长汀县宝丰纺织有限公司党支部',
  '长汀县南方纺织有限公司党支部',
  '长汀县汀州竹业有限公司党支部',
  '长汀县河田鸡发展有限公司党支部',
  '长汀县腾飞纺织实业有限公司联合党支部',
];

export const VILLAGE_ORGS = [
  '河田镇露湖村党支部', '河田镇南塘村党支部', '大同镇东关村党支部', '大同镇师福村党支部',
  '策武镇南坑村党支部', '策武镇红江村党总支', '三洲镇三洲村党支部', '濯田镇水口村党支部',
  '新桥镇江坊村党支部', '童坊镇童坊村党支部', '古城镇古城村党支部', '南山镇中复村党支部',
  '涂坊镇涂坊村党支部', '馆前镇馆前村党支部',
];

export function sampleDecision(extraRows = 0): OfficialDocument {
  const filler = Array.from({ length: extraRows }, (_, i) => [String(i + 23), `长汀县示例企业${i + 1}有限公司党支部`, '河田镇']);
  return {
    issuerMark: '中共长汀县委员会文件',
    docNumber: '汀委〔2008〕42号',
    title: '中共长汀县委员会\n关于表彰先进基层党组织的决定',
    addressee: '各乡镇党委，开发区党工委，县直各单位党组织',
    body: [
      { kind: 'paragraph', text: '开展村企党组织联建活动以来，全县各级党组织认真贯彻落实县委部署，围绕发展抓联建、抓好联建促发展，涌现出一批先进典型。为表彰先进、树立典型，进一步推动村企党组织联建活动深入开展，县委决定，授予长汀县盼盼食品有限公司党支部等8个企业党组织和河田镇露湖村党支部等14个村党组织“先进基层党组织”称号。' },
      { kind: 'paragraph', text: '希望受表彰的先进集体珍惜荣誉，再接再厉，在新的起点上再创佳绩。全县各级党组织要以先进为榜样，学先进、赶先进、创先进，推动非公有制企业党建工作再上新台阶。' },
    ],
    attachments: [
      {
        title: '先进基层党组织名单',
        blocks: [
          { kind: 'heading1', text: '一、企业党组织（8个）' },
          { kind: 'table', table: { columns: [{ header: '序号', width: 3, align: 'center' }, { header: '名称', width: 19 }, { header: '所在乡镇', width: 6, align: 'center' }], rows: ENTERPRISE_ORGS.map((n, i) => [String(i + 1), n, '开发区']) } },
          { kind: 'heading1', text: '二、村党组织（14个）' },
          { kind: 'table', table: { columns: [{ header: '序号', width: 3, align: 'center' }, { header: '名称', width: 19 }, { header: '所在乡镇', width: 6, align: 'center' }], rows: [...VILLAGE_ORGS.map((n, i) => [String(i + 9), n, n.slice(0, 3)]), ...filler] } },
        ],
      },
    ],
    signature: '中共长汀县委员会',
    date: '2008年12月3日',
    creator: '中共长汀县委组织部',
  };
}
