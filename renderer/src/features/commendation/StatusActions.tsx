// The status path of a round (推荐 → 公示 → 批准) and the buttons that move it: 进入公示,
// 撤回公示, 批准 (with 文号 and decision date), and 修改文号 after approval. A round of the
// 上级党委 (市委, 省委) goes 登记名单 → 登记上级文号: the county records it, it does not issue it.
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Space, Steps, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CommendationStatus } from '@shared/model/enums';
import { isCountyRound, parseDocNumber, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { getStore } from '../../db';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { errorMessages } from '../../ui/errors';
import { useSetting } from '../../app/use-setting';
import { useValidateTrigger } from '../../ui/form/validate-trigger';
import { useFillOnOpen } from '../../ui/form/fill-on-open';

type ApproveValues = { docNumber: string; decisionDate: Dayjs };

function ApproveModal({ round, open, onClose }: { round: CommendationRoundRecord; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [office] = useSetting('office');
  const [form] = Form.useForm<ApproveValues>();
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const validation = useValidateTrigger(open);
  const fill = useFillOnOpen(form, open);
  const correcting = round.status === '批准';
  const county = isCountyRound(round);

  useEffect(() => {
    if (!open) return;
    const opening = fill({
      docNumber: round.docNumber ?? (county && office.docPrefix ? `${office.docPrefix}〔${round.year}〕号` : ''),
      decisionDate: round.decisionDate ? dayjs(round.decisionDate) : undefined,
    });
    if (opening) setErrors([]);
  }, [open, round, fill, office.docPrefix, county]);

  const save = useCallback(async () => {
    let values: ApproveValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const approval = { docNumber: values.docNumber, decisionDate: values.decisionDate.format('YYYY-MM-DD') };
      const { commendations } = getStore();
      const r = correcting ? await commendations.correctApproval(round.id, approval) : await commendations.transition(round.id, '批准', approval);
      message.success(correcting ? `已修改文号：${r.docNumber}` : `已批准，文号 ${r.docNumber}`);
      onClose();
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, correcting, round.id, message, onClose]);

  useSaveShortcut(() => void save(), open);

  return (
    <Modal open={open} title={correcting ? '修改文号' : county ? '批准表彰' : `登记${office.superiorName || '上级党委'}的表彰文号`} okText={correcting ? '保存' : '批准'} cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <div onKeyDown={enterToNextField}>
        <Form form={form} labelCol={{ span: 6 }} wrapperCol={{ span: 16 }} {...validation}>
          <Form.Item
            name="docNumber"
            label="文号"
            rules={[
              {
                validator: async (_, v) => {
                  const r = parseDocNumber(v);
                  if (!r.ok) throw new Error(r.error);
                },
              },
            ]}
            extra={county ? '如：汀委〔2008〕42号（年份用六角括号〔〕，序号不加「第」、不编虚位）' : `${office.superiorName || '上级党委'}表彰决定的文号，如：龙委〔2008〕58号`}
          >
            <Input autoFocus placeholder={county ? `${office.docPrefix || '汀委'}〔${round.year}〕42号` : '龙委〔2008〕58号'} />
          </Form.Item>
          <Form.Item name="decisionDate" label={county ? '决定日期' : '上级决定日期'} rules={[{ required: true, message: '请选择决定日期' }]}>
            <DatePicker style={{ width: '100%' }} placeholder="成文日期" />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}

const STEP_INDEX: Record<CommendationStatus, number> = { 推荐: 0, 公示: 1, 批准: 2 };

type SuperiorProps = { round: CommendationRoundRecord; nomineeCount: number; superior: string; approving: boolean; setApproving: (v: boolean) => void };

/** A 市委/省委 round: the honourees are entered, then the superior's 文号; nothing is issued here. */
function SuperiorStatus({ round, nomineeCount, superior, approving, setApproving }: SuperiorProps) {
  const done = round.status === '批准';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Steps
        size="small"
        current={done ? 1 : 0}
        items={[
          { title: '登记受表彰名单', content: `${nomineeCount}个对象` },
          { title: '登记上级文号', content: round.docNumber ? `${round.docNumber}（${round.decisionDate}）` : undefined },
        ]}
      />
      <Space wrap>
        {round.status !== '批准' && (
          <Button type="primary" disabled={nomineeCount === 0} onClick={() => setApproving(true)}>
            登记上级文号
          </Button>
        )}
        {done && <Button onClick={() => setApproving(true)}>修改文号</Button>}
        <Typography.Text type="secondary">{`${round.level}表彰由${superior || '上级党委'}发文，本县只登记名单和文号，不另行公示和发文。`}</Typography.Text>
      </Space>
      <ApproveModal round={round} open={approving} onClose={() => setApproving(false)} />
    </Space>
  );
}

export function StatusActions({ round, nomineeCount }: { round: CommendationRoundRecord; nomineeCount: number }) {
  const { message, modal } = App.useApp();
  const [approving, setApproving] = useState(false);
  const [office] = useSetting('office');
  if (!isCountyRound(round)) return <SuperiorStatus round={round} nomineeCount={nomineeCount} superior={office.superiorName} approving={approving} setApproving={setApproving} />;

  const move = (to: CommendationStatus, question: string, done: string) =>
    modal.confirm({
      title: question,
      okText: '确定',
      cancelText: '取消',
      onOk: async () => {
        try {
          await getStore().commendations.transition(round.id, to);
          message.success(done);
        } catch (e) {
          message.error(errorMessages(e).join('；'));
        }
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Steps
        size="small"
        current={STEP_INDEX[round.status]}
        items={[
          { title: '推荐', content: `${nomineeCount}个对象` },
          { title: '公示', content: round.publicity?.startDate ? `${round.publicity.startDate} 至 ${round.publicity.endDate ?? ''}` : undefined },
          { title: '批准', content: round.docNumber ? `${round.docNumber}（${round.decisionDate}）` : undefined },
        ]}
      />
      <Space wrap>
        {round.status === '推荐' && (
          <Button type="primary" disabled={nomineeCount === 0} onClick={() => move('公示', `将「${nomineeCount}个对象」进入公示？`, '已进入公示，公示期间不能再增加对象')}>
            进入公示
          </Button>
        )}
        {round.status === '公示' && (
          <>
            <Button type="primary" onClick={() => setApproving(true)}>
              批准
            </Button>
            <Button onClick={() => move('推荐', '撤回公示，回到推荐阶段？', '已撤回公示')}>撤回公示</Button>
          </>
        )}
        {round.status === '批准' && <Button onClick={() => setApproving(true)}>修改文号</Button>}
      </Space>
      <ApproveModal round={round} open={approving} onClose={() => setApproving(false)} />
    </Space>
  );
}
