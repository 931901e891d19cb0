// Enumerations of the data model (PRODUCT.md). Every list the UI offers as a choice, every
// drop-down in an import template and every validator reads its values from here.

export const TOWNSHIP_KINDS = ['乡', '镇', '街道', '开发区'] as const;
export type TownshipKind = (typeof TOWNSHIP_KINDS)[number];

export const VILLAGE_PARTY_ORG_TYPES = ['党委', '党总支', '党支部'] as const;
export type VillagePartyOrgType = (typeof VILLAGE_PARTY_ORG_TYPES)[number];

export const ENTERPRISE_PARTY_ORG_TYPES = ['党委', '党总支', '党支部', '联合党支部', '未建立'] as const;
export type EnterprisePartyOrgType = (typeof ENTERPRISE_PARTY_ORG_TYPES)[number];

export const OWNERSHIPS = ['私营', '个体', '外资', '港澳台资', '股份合作', '其他非公'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];

export const GENDERS = ['男', '女'] as const;
export type Gender = (typeof GENDERS)[number];

export const POLITICAL_STATUSES = ['中共党员', '预备党员', '群众'] as const;
export type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];

export const PAIRING_STATUSES = ['申请', '已批准', '已终止'] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

export const PAIRING_FORMATIONS = ['双向选择', '组织推荐'] as const;
export type PairingFormation = (typeof PAIRING_FORMATIONS)[number];

export const COOPERATION_AREAS = [
  '劳务输送',
  '技能培训',
  '产业帮扶',
  '资金扶持',
  '公益事业',
  '矛盾化解',
  '治安联防',
  '学习交流',
  '交叉任职',
] as const;
export type CooperationArea = (typeof COOPERATION_AREAS)[number];

export const PAIRING_EVENT_KINDS = ['申请', '批准', '变更', '终止'] as const;
export type PairingEventKind = (typeof PAIRING_EVENT_KINDS)[number];

export const RECTIFICATION_STATUSES = ['未整改', '整改中', '已整改'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

export const GRADES = ['优秀', '良好', '合格', '不合格'] as const;
export type Grade = (typeof GRADES)[number];

export const COMMENDATION_LEVELS = ['县委', '市委', '省委'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];

export const COMMENDATION_TITLES = ['先进基层党组织', '优秀联建点', '优秀党务工作者', '优秀共产党员'] as const;

export const COMMENDATION_STATUSES = ['推荐', '公示', '批准'] as const;
export type CommendationStatus = (typeof COMMENDATION_STATUSES)[number];

/** Who a nomination names: a party organization of an enterprise or village, a pairing, or a person. */
export const NOMINEE_KINDS = ['enterprise', 'village', 'pairing', 'person'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** The industries offered by default; the office can extend them in 设置 → 字典. */
export const DEFAULT_INDUSTRIES = [
  '纺织服装',
  '食品加工',
  '竹木加工',
  '稀土新材料',
  '机械制造',
  '医药化工',
  '建筑建材',
  '农林牧渔',
  '商贸物流',
  '文化旅游',
  '体育用品',
  '电子信息',
  '其他',
] as const;
