// The columns of an office's own list of 骨干培训班: the classes (one row a class) and their
// trainees (one row a trainee, on another sheet or one sheet per class). Synonyms are the
// other headers offices use for the same column.
import { GENDERS } from '@shared/model/enums';
import type { ImportField } from '../fields';

export const CLASS_FIELDS: readonly ImportField[] = [
  { key: 'session', label: '期次', kind: 'text', synonyms: ['班次', '期别', '第几期'], help: '如 第3期；学员表用它找到培训班' },
  { key: 'name', label: '培训班名称', kind: 'text', required: true, synonyms: ['培训班', '班名', '班级名称', '培训名称', '名称'] },
  { key: 'startDate', label: '开班日期', kind: 'date', required: true, synonyms: ['开始日期', '开班时间', '培训开始日期', '起始日期', '培训日期'] },
  { key: 'endDate', label: '结业日期', kind: 'date', synonyms: ['结束日期', '结业时间', '培训结束日期', '截止日期'] },
  { key: 'place', label: '培训地点', kind: 'text', synonyms: ['地点', '举办地点', '培训场所'] },
  { key: 'organizer', label: '主办单位', kind: 'text', synonyms: ['举办单位', '承办单位', '组织单位'] },
  { key: 'content', label: '培训内容', kind: 'text', synonyms: ['课程', '课程安排', '主要内容', '培训课程'] },
  { key: 'hours', label: '学时', kind: 'decimal', min: 0, synonyms: ['课时', '培训学时'] },
  { key: 'unlistedCount', label: '名单外学员', unit: '人', kind: 'int', min: 0, synonyms: ['名单外人数'], help: '没有学员名单时的参训人数' },
  { key: 'remark', label: '备注', kind: 'text', synonyms: ['说明'] },
];

export const TRAINEE_FIELDS: readonly ImportField[] = [
  {
    key: 'session',
    label: '期次',
    kind: 'text',
    synonyms: ['班次', '培训班', '培训班名称', '所属培训班', '参加培训班', '参训班次'],
    help: '学员参加的培训班：期次（如 第3期）或培训班名称；一期一个工作表时可不填，以工作表名称为准',
  },
  { key: 'name', label: '姓名', kind: 'text', required: true, synonyms: ['学员姓名', '学员'] },
  { key: 'gender', label: '性别', kind: 'enum', options: GENDERS },
  { key: 'idNumber', label: '身份证号', kind: 'idcard', synonyms: ['身份证号码', '公民身份号码', '身份证'] },
  {
    key: 'orgName',
    label: '单位',
    kind: 'text',
    required: true,
    synonyms: ['工作单位', '所在单位', '单位名称', '所在村（企业）', '村（企业）', '企业（村）'],
    help: '信息库中的企业或村（也可写其党组织名称）',
  },
  { key: 'township', label: '所在乡镇', kind: 'text', synonyms: ['乡镇', '所属乡镇'], help: '同名的村在多个乡镇时用来区分' },
  { key: 'post', label: '职务', kind: 'text', synonyms: ['现任职务', '职位', '党内职务'] },
  { key: 'phone', label: '联系电话', kind: 'phone', synonyms: ['电话', '手机', '手机号', '手机号码', '联系方式'] },
  { key: 'remark', label: '备注', kind: 'text', synonyms: ['说明'] },
];
