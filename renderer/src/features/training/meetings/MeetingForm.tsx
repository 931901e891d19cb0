// New / edit a meeting (交流会、研讨会、通报会…): kind, name, date, place, who called it and
// chaired it, the county's or a township's, who attended (enterprises, villages and persons
// of the registry, and others as written), the topics, the minutes and the decisions, each
// with who follows it up and by when. The store's schema checks it all on save.
import { useCallback, useEffect, useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { Button, Checkbox, DatePicker, Divider, Form, Input, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { MEETING_KINDS, type Meeting, type MeetingKind } from '@shared/model/meeting';
import type { MeetingInput } from '@shared/model/schemas/meeting';
import { getStore } from '../../../db';
import { newDecisionId } from '../../../db/repositories/meetings';
import { errorMessages } from '../../../ui/errors';
import { FormDrawer } from '../../../ui/form/FormDrawer';
import { EnterpriseSelect, PersonSelect, TownshipSelect, VillageSelect } from '../../../ui/records/pickers';

type DecisionValues = { id?: string; content?: string; owner?: string; deadline?: Dayjs; done?: boolean; doneDate?: Dayjs; progress?: string };
type Values = Omit<MeetingInput, 'date' | 'decisions'> & { date?: Dayjs; decisions?: DecisionValues[] };

type Props = { open: boolean; editing?: Meeting; onClose: () => void; onSaved: (m: Meeting) => void };

const iso = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');
const day = (s: string | undefined) => (s ? dayjs(s) : undefined);

export function MeetingForm({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    if (editing) form.setFieldsValue({ ...editing, date: dayjs(editing.date), decisions: editing.decisions.map((d) => ({ ...d, deadline: day(d.deadline), doneDate: day(d.doneDate) })) });
    else form.setFieldsValue({ kind: '交流会' as MeetingKind, host: '县委组织部', enterpriseIds: [], villageIds: [], personIds: [], decisions: [] });
  }, [open, editing, form]);

  const save = useCallback(async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const input: MeetingInput = {
        ...v,
        date: iso(v.date),
        decisions: (v.decisions ?? []).map((d) => ({ ...d, content: d.content ?? '', id: d.id ?? newDecisionId(), deadline: iso(d.deadline), doneDate: d.done ? iso(d.doneDate) : undefined, done: Boolean(d.done) })),
      };
      const { meetings } = getStore();
      onSaved(editing ? await meetings.update(editing.id, input) : await meetings.create(input));
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, editing, onSaved]);

  return (
    <FormDrawer
      open={open}
      title={editing ? `编辑会议：${editing.title}` : '新建会议记录'}
      width={820}
      saving={saving}
      errors={errors}
      isDirty={() => form.isFieldsTouched()}
      onSave={() => void save()}
      onClose={onClose}
    >
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} preserve={false}>
        <Form.Item name="kind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
          <Select aria-label="会议类型" style={{ width: 160 }} options={MEETING_KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="title" label="会议名称" rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}>
          <Input aria-label="会议名称" maxLength={80} placeholder="如：2008年度村企党组织联建活动交流会" />
        </Form.Item>
        <Form.Item name="date" label="会议日期" rules={[{ required: true, message: '请填写会议日期' }]}>
          <DatePicker aria-label="会议日期" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="place" label="会议地点">
          <Input aria-label="会议地点" maxLength={60} />
        </Form.Item>
        <Form.Item label="召开单位" style={{ marginBottom: 0 }}>
          <Space.Compact block>
            <Form.Item name="host" style={{ width: '55%' }}>
              <Input aria-label="召开单位" maxLength={60} placeholder="如：县委组织部、河田镇党委" />
            </Form.Item>
            <Form.Item name="townshipId" style={{ width: '45%' }}>
              <TownshipSelect aria-label="所属乡镇" placeholder="县级会议不选；乡镇召开的选乡镇" />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="chair" label="主持人">
          <Input aria-label="主持人" maxLength={20} style={{ width: 200 }} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          参会单位和人员
        </Divider>
        <Form.Item name="enterpriseIds" label="参会企业">
          <EnterpriseSelect aria-label="参会企业" mode="multiple" />
        </Form.Item>
        <Form.Item name="villageIds" label="参会村">
          <VillageSelect aria-label="参会村" mode="multiple" />
        </Form.Item>
        <Form.Item name="personIds" label="参会人员">
          <PersonSelect aria-label="参会人员" mode="multiple" />
        </Form.Item>
        <Form.Item name="otherAttendees" label="其他参会">
          <Input.TextArea aria-label="其他参会" autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder="如：县农办、开发区党工委，各乡（镇）党委分管领导" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          议题和纪要
        </Divider>
        <Form.Item name="topics" label="会议议题" extra="每行一项">
          <Input.TextArea aria-label="会议议题" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="minutes" label="会议纪要">
          <Input.TextArea aria-label="会议纪要" autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          议定事项
        </Divider>
        <Form.List name="decisions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <div key={field.key} className="cq-decision-row" style={{ border: '1px solid #f0f0f0', padding: '12px 12px 0', marginBottom: 12, borderRadius: 6 }}>
                  {/* Kept as they are: the follow-up (办理情况, 办结日期) is recorded on the meeting's page. */}
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'doneDate']} hidden>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[field.name, 'progress']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'content']} label={`事项 ${i + 1}`} rules={[{ required: true, whitespace: true, message: '请填写议定事项的内容' }]}>
                    <Input.TextArea aria-label={`议定事项${i + 1}`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} />
                  </Form.Item>
                  <Space wrap style={{ marginLeft: 110 }}>
                    <Form.Item name={[field.name, 'owner']} label="责任单位">
                      <Input aria-label={`责任单位${i + 1}`} maxLength={60} style={{ width: 200 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'deadline']} label="完成时限">
                      <DatePicker aria-label={`完成时限${i + 1}`} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'done']} valuePropName="checked">
                      <Checkbox aria-label={`已办结${i + 1}`}>已办结</Checkbox>
                    </Form.Item>
                    <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={`删除事项${i + 1}`} />
                  </Space>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ done: false })}>
                添加议定事项
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
