// The figures paragraph of a work summary, written the way the seed article's second
// paragraph is: counts of organizations exact (727家, 41家, 290个), quantities of people,
// money and land in official rounding (4万多人, 5100多名, 600多万元, 2.6万亩) unless the user
// asks for one of them exact. A sentence whose figure is zero is left out rather than printed
// as 「0名」. The user edits the result further in Word or WPS.
import { formatPlain, roundOfficial } from '../../model/money';
import type { CommendationLevel } from '../../model/enums';
import type { Commended, CountyFigures } from './county-figures';

/** The figures the paragraph rounds (people, money, land), each of which the user may have written exactly. */
export const ROUNDED_FIGURES = [
  { key: 'employees', label: '安排就业人员', unit: '人' },
  { key: 'skilledWorkers', label: '输送技术工人', unit: '名' },
  { key: 'workersSent', label: '输送劳动力', unit: '名' },
  { key: 'funds', label: '扶持联建村资金', unit: '万元' },
  { key: 'industryArea', label: '共建产业基地', unit: '亩' },
  { key: 'cadresSent', label: '派出党务干部', unit: '名' },
  { key: 'trainees', label: '培训村企党组织负责人', unit: '人' },
] as const satisfies readonly { key: keyof CountyFigures; label: string; unit: string }[];

export type RoundedFigure = (typeof ROUNDED_FIGURES)[number]['key'];

export type SummaryOptions = {
  /** e.g. 全县 (default) or 全区. */
  scope?: string;
  /** How each level is named in the text, e.g. { 市委: '龙岩市委' }. */
  committeeNames?: Partial<Record<CommendationLevel, string>>;
  /** Figures written exactly (40618人) instead of rounded (4万多人). */
  exact?: readonly RoundedFigure[];
};

const exact = (n: number) => String(Math.round(n));

/** A rounded figure both ways, as the summary page offers them. */
export function figureForms(f: CountyFigures, key: RoundedFigure): { rounded: string; exact: string } {
  const { unit } = ROUNDED_FIGURES.find((r) => r.key === key)!;
  return { rounded: roundOfficial(f[key], unit), exact: `${formatPlain(f[key])}${unit}` };
}

/** The rounded figures the paragraph of these figures uses (输送劳动力 only when no skilled workers are counted). */
export function usedFigures(f: CountyFigures): RoundedFigure[] {
  const needs: Partial<Record<RoundedFigure, boolean>> = {
    workersSent: f.skilledWorkers === 0,
    industryArea: f.industryPairings > 0,
    cadresSent: f.exchangeEnterprises > 0,
    trainees: f.trainingClasses > 0,
  };
  return ROUNDED_FIGURES.map((r) => r.key).filter((key) => f[key] > 0 && needs[key] !== false);
}

function commendationSentence(list: readonly Commended[], names: SummaryOptions['committeeNames'] = {}): string {
  const order: CommendationLevel[] = ['省委', '市委', '县委'];
  const clauses = [...list]
    .sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
    .map((c) => {
      const orgs = [c.counts.enterprise ? `${c.counts.enterprise}家企业` : '', c.counts.village ? `${c.counts.village}个村` : ''].filter(Boolean).join('和');
      const who = [
        orgs ? `${orgs}党组织` : '',
        c.counts.pairing ? `${c.counts.pairing}个联建点` : '',
        c.counts.person ? `${c.counts.person}名同志` : '',
      ].filter(Boolean);
      return who.length ? `${who.join('、')}被${names[c.level] ?? c.level}评为${c.title}` : '';
    })
    .filter(Boolean);
  return clauses.length ? `共有${clauses.join('，有')}。` : '';
}

/** 「全县共召开村企党组织联建活动交流会3次、研讨会2次、通报会2次。」, kinds in their order, none of 0. */
function meetingSentence(f: CountyFigures, scope: string): string {
  const parts = (Object.entries(f.meetingsByKind) as [string, number][]).filter(([, n]) => n > 0).map(([kind, n]) => `${kind === '其他' ? '其他会议' : kind}${exact(n)}次`);
  return `${scope}共召开村企党组织联建活动${parts.join('、')}。`;
}

/** The paragraph as one string of sentences. */
export function buildSummaryParagraph(f: CountyFigures, options: SummaryOptions = {}): string {
  const scope = options.scope ?? '全县';
  const s: string[] = [];
  const written = new Set(options.exact ?? []);
  const figure = (key: RoundedFigure) => figureForms(f, key)[written.has(key) ? 'exact' : 'rounded'];

  if (f.enterprises > 0) {
    let first = `${scope}非公有制企业发展到${exact(f.enterprises)}家`;
    if (f.employees > 0) first += `，安排就业人员${figure('employees')}`;
    if (f.aboveScale > 0) {
      first +=
        f.aboveScaleWithParty === f.aboveScale
          ? `，${exact(f.aboveScale)}家规模以上非公有制企业全部建立党组织`
          : `，${exact(f.aboveScale)}家规模以上非公有制企业中有${exact(f.aboveScaleWithParty)}家建立党组织`;
    }
    s.push(`${first}。`);
  }
  if (f.enterprisePartyOrgs > 0 || f.villagePartyOrgs > 0) {
    const orgs = [f.enterprisePartyOrgs ? `${exact(f.enterprisePartyOrgs)}家非公有制企业党组织` : '', f.villagePartyOrgs ? `${exact(f.villagePartyOrgs)}个村党支部` : '']
      .filter(Boolean)
      .join('和');
    s.push(`${scope}${orgs}广泛开展村企党组织联建活动${f.pairingsActive ? `，现有联建村企${exact(f.pairingsActive)}对` : ''}。`);
  }
  if (f.skilledWorkers > 0) s.push(`联建村共向企业输送技术工人${figure('skilledWorkers')}。`);
  else if (f.workersSent > 0) s.push(`联建村共向企业输送劳动力${figure('workersSent')}。`);
  if (f.funds > 0) s.push(`企业共扶持联建村资金${figure('funds')}。`);
  if (f.crossAppointed > 0) {
    const outcomes = [
      f.becameManagers ? `有${exact(f.becameManagers)}人成为企业中层管理人员` : '',
      f.becameLeaders ? `有${exact(f.becameLeaders)}人回村后成为发展农村经济带头人` : '',
      f.electedSecretaries ? `有${exact(f.electedSecretaries)}人当选为村党组织书记` : '',
    ].filter(Boolean);
    s.push(`联建村派到企业交叉任职的${exact(f.crossAppointed)}名党员${outcomes.length ? `，${outcomes.join('，')}` : ''}。`);
  }
  const bases = [
    f.trainingEnterprises && f.trainingVillages ? `${scope}有${exact(f.trainingEnterprises)}家企业与${exact(f.trainingVillages)}个村建立了劳动力技能培训供给关系` : '',
    f.industryPairings && f.industryArea ? `有${exact(f.industryPairings)}个村企党组织共建产业基地${figure('industryArea')}` : '',
  ].filter(Boolean);
  if (bases.length) s.push(`${bases.join('；')}。`);
  const peace = [
    f.securityPoints ? `${exact(f.securityPoints)}个联建点成立了治安联防队` : '',
    f.disputeVillages && f.disputes ? `${exact(f.disputeVillages)}个联建村帮助企业化解各类矛盾纠纷${exact(f.disputes)}起` : '',
  ].filter(Boolean);
  if (peace.length) s.push(`${peace.join('，')}。`);
  if (f.exchangeEnterprises && f.cadresSent) s.push(`${scope}共有${exact(f.exchangeEnterprises)}个企业派出${figure('cadresSent')}党务干部到联建村学习取经。`);
  if (f.meetings) s.push(meetingSentence(f, scope));
  if (f.trainingClasses) s.push(`共举办${exact(f.trainingClasses)}期培训班${f.trainees ? `，培训村企党组织负责人${figure('trainees')}` : ''}。`);
  const honours = commendationSentence(f.commended, options.committeeNames);
  if (honours) s.push(honours);
  if (f.pairingsNewSince) s.push(`${f.newSinceYear}年以来，又有${exact(f.pairingsNewSince)}个村企自愿加入联建。`);
  return s.join('');
}
