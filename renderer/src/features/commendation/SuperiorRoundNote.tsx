// In place of the county's 公示 and 表彰决定 for a round of the 上级党委 (市委, 省委): the
// superior issued them; the county records the honourees and the superior's 文号 only.
import { Result } from 'antd';
import type { CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { useSetting } from '../../app/use-setting';

export function SuperiorRoundNote({ round, what }: { round: CommendationRoundRecord; what: '表彰决定' | '公示' }) {
  const [office] = useSetting('office');
  const superior = office.superiorName || `上级党委（${round.level}）`;
  return (
    <Result
      status="info"
      data-testid="superior-round-note"
      title={`本次表彰由${superior}作出，本县不另行发文，不生成${what}`}
      subTitle={
        round.docNumber
          ? `上级文号：${round.docNumber}（${round.decisionDate ?? ''}）。受表彰名单见「推荐名单」，荣誉记入各单位和个人的「荣誉」。`
          : '请在「推荐名单」中登记受表彰对象，再点上方「登记上级文号」填写上级表彰决定的文号和日期。'
      }
    />
  );
}
