// 设置 → 字典: the industries, the cooperation areas (联建内容) and the commendation titles with
// whom each goes to. What a list loses stays on the records that hold it (see
// shared/model/dictionaries.ts): the lists steer new entries, they never rewrite old ones.
import { Input, Select } from 'antd';
import { DEFAULT_AREA_LIST, DEFAULT_INDUSTRY_LIST, DEFAULT_TITLES, TITLE_TARGETS, TITLE_TARGET_LABELS, type TitleEntry } from '@shared/model/dictionaries';
import { useStoredSetting } from '../../app/use-setting';
import { ListEditor } from './ListEditor';

const KEPT = '删除某一项后，已录入的记录仍保留原来的值，修改这些记录时也可保留；新录入和导入的数据只能从列表中选择。';

function TextListEditor({ settingKey, title, label, defaults, note }: { settingKey: 'industries' | 'cooperationAreas'; title: string; label: string; defaults: readonly string[]; note: string }) {
  const s = useStoredSetting(settingKey);
  return (
    <ListEditor<string>
      title={title}
      testId={`dictionary-${settingKey}`}
      columns
      note={note}
      stored={s.value}
      loaded={s.loaded}
      defaults={() => [...defaults]}
      blank={() => ''}
      save={(items) => s.set(items)}
      row={(item, change, i) => <Input aria-label={`${label}第${i + 1}项`} value={item} onChange={(e) => change(e.target.value)} style={{ width: 240 }} maxLength={20} />}
    />
  );
}

function TitlesEditor() {
  const s = useStoredSetting('commendationTitles');
  return (
    <ListEditor<TitleEntry>
      title="荣誉称号"
      testId="dictionary-commendationTitles"
      note={`新建表彰时从这里选择称号。「授予」决定称号给谁：党组织（企业、村）——只能推荐已建立党组织的企业和村，文件中写党组织的名称；联建点；个人。${KEPT}`}
      stored={s.value}
      loaded={s.loaded}
      defaults={() => DEFAULT_TITLES.map((t) => ({ ...t }))}
      blank={() => ({ name: '', target: 'org' })}
      save={(items) => s.set(items)}
      row={(item, change, i) => (
        <>
          <Input aria-label={`荣誉称号第${i + 1}项`} value={item.name} onChange={(e) => change({ ...item, name: e.target.value })} style={{ width: 240 }} maxLength={30} />
          <span>授予</span>
          <Select
            aria-label={`荣誉称号第${i + 1}项授予`}
            value={item.target}
            onChange={(target) => change({ ...item, target })}
            style={{ width: 180 }}
            options={TITLE_TARGETS.map((t) => ({ value: t, label: TITLE_TARGET_LABELS[t] }))}
          />
        </>
      )}
    />
  );
}

export function DictionariesTab() {
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <TextListEditor settingKey="industries" title="行业" label="行业" defaults={DEFAULT_INDUSTRY_LIST} note={`企业的「行业」、村的「主导产业」从这里选择（也可输入列表以外的写法），列表筛选和导入模板的填表说明也按此列出。${'删除某一项后，已录入的记录仍保留原来的值。'}`} />
      <TextListEditor settingKey="cooperationAreas" title="联建内容" label="联建内容" defaults={DEFAULT_AREA_LIST} note={`联建申请、变更和联建名单导入中的「联建内容」。${KEPT}`} />
      <TitlesEditor />
    </div>
  );
}
