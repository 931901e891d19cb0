// Add nominees by hand (one or several organizations, pairings or persons at once, named as
// the office writes them), or edit one nominee's title, printed name and deed text. The title
// decides which kind of honouree may be chosen (设置 → 字典), and a collective honour goes only
// to an enterprise or village that has a party organization (shared/model/honour-rules.ts).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { NOMINEE_KINDS, type NomineeKind } from '@shared/model/enums';
import type { Nominee } from '@shared/model/types';
import { NOMINEE_KIND_LABELS, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { targetOfKind } from '@shared/model/honour-rules';
import { titleEntry } from '@shared/model/dictionaries';
import { getStore } from '../../db';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { useValidateTrigger } from '../../ui/form/validate-trigger';
import { useFillOnOpen } from '../../ui/form/fill-on-open';
import { errorMessages } from '../../ui/errors';
import { EnterpriseSelect, PersonSelect, VillageSelect } from '../../ui/records/pickers';
import { useSetting } from '../../app/use-setting';
import { defaultDisplayName, honourRefusals, nominationWarning, pairingName, type Lookups } from './data';

type Values = { title: string; kind: NomineeKind; refIds?: string[]; displayName?: string; deed?: string };

type Props = {
  open: boolean;
  round: CommendationRoundRecord;
  lookups: Lookups;
  editing?: Nominee;
  onClose: () => void;
  onSaved: (count: number) => void;
};

function PairingSelect(props: { value?: string[]; onChange?: (v: string[]) => void; lookups: Lookups }) {
  const options = useMemo(
    () =>
      [...props.lookups.pairings.values()]
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((p) => ({ value: p.id, label: `${p.code} ${pairingName(p, props.lookups)}` })),
    [props.lookups],
  );
  return (
    <Select
      aria-label="选择联建点"
      mode="multiple"
      allowClear
      value={props.value}
      onChange={props.onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择联建（可输入编号、企业或村名）"
      notFoundContent="没有匹配的联建，请先在「联建档案」中登记"
    />
  );
}

export function NomineeForm({ open, round, lookups, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const validation = useValidateTrigger(open);
  const fill = useFillOnOpen(form, open);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [titles] = useSetting('commendationTitles');
  const kind = Form.useWatch('kind', form) ?? 'enterprise';
  const title = Form.useWatch('title', form) as string | undefined;
  const refIds = Form.useWatch('refIds', form) ?? [];
  const titleTarget = title ? titleEntry(titles, title)?.target : undefined;

  useEffect(() => {
    if (!open) return;
    if (fill(editing ? { title: editing.title, kind: editing.kind, displayName: editing.displayName, deed: editing.deed } : { title: round.titles[0], kind: 'enterprise', refIds: [] })) setErrors([]);
  }, [open, editing, round, fill]);

  // A title meant for one kind of honouree (先进基层党组织 → 党组织, 优秀联建点 → 联建点) picks that kind.
  useEffect(() => {
    if (editing || !titleTarget || targetOfKind(kind) === titleTarget) return;
    const next = NOMINEE_KINDS.find((k) => targetOfKind(k) === titleTarget);
    if (next) form.setFieldsValue({ kind: next, refIds: [], displayName: undefined });
  }, [titleTarget, kind, editing, form]);

  // One object chosen: its name is offered for editing; several: they are named by default.
  useEffect(() => {
    if (editing || refIds.length !== 1) return;
    form.setFieldValue('displayName', defaultDisplayName(kind, refIds[0], lookups));
  }, [refIds, kind, lookups, editing, form]);

  const warnings = refIds.map((id) => nominationWarning(kind, id, lookups)).filter(Boolean);
  const refusals = editing ? (title && title !== editing.title ? honourRefusals(title, editing.kind, [editing.refId], lookups, titles) : []) : title ? honourRefusals(title, kind, refIds, lookups, titles) : [];

  const save = useCallback(async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const refused = editing
      ? values.title !== editing.title
        ? honourRefusals(values.title, editing.kind, [editing.refId], lookups, titles)
        : []
      : honourRefusals(values.title, values.kind, values.refIds ?? [], lookups, titles);
    if (refused.length) return setErrors(refused);
    setSaving(true);
    try {
      const { commendations } = getStore();
      if (editing) {
        await commendations.updateNominee(editing.id, { title: values.title, displayName: values.displayName ?? '', deed: values.deed });
        onSaved(1);
      } else {
        const ids = values.refIds ?? [];
        const single = ids.length === 1;
        const added = await commendations.addNominees(
          round.id,
          ids.map((refId) => ({
            title: values.title,
            kind: values.kind,
            refId,
            displayName: single && values.displayName ? values.displayName : defaultDisplayName(values.kind, refId, lookups),
            deed: single ? values.deed : undefined,
            source: '手工' as const,
          })),
        );
        onSaved(added.length);
      }
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, round.id, lookups, onSaved, titles]);

  useSaveShortcut(() => void save(), open);

  const pickerProps = { mode: 'multiple' as const, 'aria-label': '推荐对象' };
  return (
    <Modal open={open} width={640} title={editing ? `编辑推荐对象：${editing.displayName}` : '添加推荐对象'} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      {refusals.length > 0 && errors.join() !== refusals.join() && <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="honour-refusals" title={refusals.join('；')} />}
      {warnings.length > 0 && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={warnings.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 5 }} wrapperCol={{ span: 18 }} {...validation}>
          <Form.Item name="title" label="荣誉称号" rules={[{ required: true, message: '请选择荣誉称号' }]}>
            <Select aria-label="荣誉称号" options={round.titles.map((t) => ({ value: t, label: t }))} />
          </Form.Item>
          <Form.Item name="kind" label="对象类别" rules={[{ required: true }]}>
            <Radio.Group
              disabled={Boolean(editing)}
              onChange={() => form.setFieldsValue({ refIds: [], displayName: undefined })}
              options={NOMINEE_KINDS.map((k) => ({ value: k, label: NOMINEE_KIND_LABELS[k], disabled: Boolean(titleTarget) && targetOfKind(k) !== titleTarget }))}
            />
          </Form.Item>
          {!editing && (
            <Form.Item name="refIds" label="推荐对象" rules={[{ required: true, type: 'array', min: 1, message: '请选择推荐对象（可多选）' }]} extra="可一次选择多个，名称按党组织全称自动填写，保存后可逐个修改">
              {kind === 'enterprise' ? (
                <EnterpriseSelect {...pickerProps} />
              ) : kind === 'village' ? (
                <VillageSelect {...pickerProps} />
              ) : kind === 'person' ? (
                <PersonSelect {...pickerProps} />
              ) : (
                <PairingSelect lookups={lookups} />
              )}
            </Form.Item>
          )}
          {(editing || refIds.length === 1) && (
            <Form.Item name="displayName" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]} extra="文件和证书上的写法，如「河田镇露湖村党支部」">
              <Input />
            </Form.Item>
          )}
          {!editing && refIds.length > 1 && (
            <Typography.Paragraph type="secondary" style={{ marginLeft: '21%' }}>
              将添加：{refIds.map((id) => defaultDisplayName(kind, id, lookups)).join('、')}
            </Typography.Paragraph>
          )}
          {(editing || refIds.length === 1) && (
            <Form.Item name="deed" label="事迹简介" rules={[{ max: 500, message: '事迹简介不能超过500个字' }]}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} showCount maxLength={500} />
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
