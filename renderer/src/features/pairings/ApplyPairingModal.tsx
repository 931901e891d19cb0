// 联建申请: a new pairing from an application, with the matching aid beside the form.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Alert, Checkbox, Col, DatePicker, Form, Input, Modal, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PAIRING_FORMATIONS, type PairingFormation } from '@shared/model/enums';
import type { Pairing } from '@shared/model/types';
import { getStore } from '../../db';
import { useSetting } from '../../app/use-setting';
import { enterToNextField, useSaveShortcut } from '../../ui/form-keys';
import { useValidateTrigger } from '../../ui/form/validate-trigger';
import { errorMessages } from '../../ui/errors';
import { EnterpriseSelect, VillageSelect } from '../../ui/records/pickers';
import { useLiveRecords, useLookup } from '../../ui/records/data';
import { LiaisonFields, toLiaison, type LiaisonValue } from './LiaisonFields';
import { MatchingPanel } from './MatchingPanel';
import { ResponsibleFields } from './ResponsibleFields';

type Values = {
  enterpriseId?: string;
  villageId?: string;
  formation: PairingFormation;
  areas: string[];
  enterpriseLiaison?: LiaisonValue;
  villageLiaison?: LiaisonValue;
  responsibleTownshipId?: string;
  leaderName?: string;
  leaderPost?: string;
  agreement?: string;
  appliedDate?: Dayjs;
};

export type ApplyPairingModalProps = { open: boolean; onClose: () => void; onSaved: (p: Pairing) => void };

export function ApplyPairingModal({ open, onClose, onSaved }: ApplyPairingModalProps) {
  const [form] = Form.useForm<Values>();
  const validation = useValidateTrigger(open);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [mode, setMode] = useState<'villages' | 'enterprises'>('villages');
  const enterprises = useLiveRecords('enterprises');
  const villages = useLiveRecords('villages');
  const townships = useLiveRecords('townships');
  const persons = useLiveRecords('persons');
  const pairings = useLiveQuery(() => getStore().pairings.list(), []);
  const enterpriseById = useLookup(enterprises);
  const villageById = useLookup(villages);
  const townshipById = useLookup(townships);
  const townshipName = useCallback((id: string) => townshipById.get(id)?.name ?? '', [townshipById]);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const villageId = Form.useWatch('villageId', form);

  useEffect(() => {
    if (!open) return;
    setErrors([]);
    form.resetFields();
    form.setFieldsValue({ formation: '双向选择', areas: [], appliedDate: dayjs() });
  }, [open, form]);

  const chooseVillage = useCallback(
    (id: string | undefined) => {
      form.setFieldValue('villageId', id);
      const village = id ? villageById.get(id) : undefined;
      if (!village || form.getFieldValue('responsibleTownshipId')) return;
      const township = townshipById.get(village.townshipId);
      form.setFieldsValue({ responsibleTownshipId: village.townshipId, leaderName: township?.leaderName, leaderPost: township?.leaderPost });
    },
    [form, villageById, townshipById],
  );

  const save = useCallback(async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const all = persons ?? [];
      const saved = await getStore().pairings.apply({
        enterpriseId: v.enterpriseId ?? '',
        villageId: v.villageId ?? '',
        formation: v.formation,
        areas: v.areas,
        enterpriseLiaison: toLiaison(v.enterpriseLiaison, v.enterpriseId, all),
        villageLiaison: toLiaison(v.villageLiaison, v.villageId, all),
        responsibleTownshipId: v.responsibleTownshipId ?? '',
        responsibleLeader: v.leaderName ? { name: v.leaderName, post: v.leaderPost } : undefined,
        agreement: v.agreement,
        appliedDate: v.appliedDate?.format('YYYY-MM-DD') ?? '',
      });
      onSaved(saved);
    } catch (e) {
      setErrors(errorMessages(e));
    } finally {
      setSaving(false);
    }
  }, [form, persons, onSaved]);

  useSaveShortcut(() => void save(), open);
  const enterprise = enterpriseId ? enterpriseById.get(enterpriseId) : undefined;
  const village = villageId ? villageById.get(villageId) : undefined;
  const [areaList] = useSetting('cooperationAreas');
  const areaOptions = useMemo(() => areaList.map((a) => ({ value: a, label: a })), [areaList]);

  return (
    <Modal open={open} title="新建联建申请" width={1080} okText="保存" cancelText="取消" confirmLoading={saving} onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {errors.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={errors.join('；')} />}
      <Row gutter={24}>
        <Col span={14}>
          <div onKeyDown={enterToNextField}>
            <Form form={form} labelCol={{ span: 6 }} wrapperCol={{ span: 18 }} {...validation}>
              <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
                <EnterpriseSelect
                  onChange={(id) => {
                    form.setFieldValue('enterpriseId', id);
                    setMode('villages');
                  }}
                />
              </Form.Item>
              <Form.Item name="villageId" label="村" rules={[{ required: true, message: '请选择村' }]}>
                <VillageSelect
                  onChange={(id) => {
                    chooseVillage(id as string | undefined);
                    if (!form.getFieldValue('enterpriseId')) setMode('enterprises');
                  }}
                />
              </Form.Item>
              <Form.Item name="formation" label="联建方式" rules={[{ required: true }]}>
                <Radio.Group options={PAIRING_FORMATIONS.map((f) => ({ value: f, label: f }))} />
              </Form.Item>
              <Form.Item name="areas" label="联建内容" rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项联建内容' }]}>
                <Checkbox.Group options={areaOptions} />
              </Form.Item>
              <LiaisonFields name="enterpriseLiaison" label="企业联络员" orgId={enterpriseId} persons={persons ?? []} form={form} />
              <LiaisonFields name="villageLiaison" label="村联络员" orgId={villageId} persons={persons ?? []} form={form} />
              <ResponsibleFields />
              <Form.Item name="agreement" label="联建协议">
                <Input.TextArea rows={3} placeholder="协议的主要内容（双方的责任和义务等）" maxLength={5000} />
              </Form.Item>
              <Form.Item name="appliedDate" label="申请日期" rules={[{ required: true, message: '请填写申请日期' }]}>
                <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
            </Form>
          </div>
        </Col>
        <Col span={10} style={{ borderLeft: '1px solid #f0f0f0', maxHeight: 600, overflow: 'auto' }}>
          <MatchingPanel
            mode={mode}
            onModeChange={setMode}
            enterprise={enterprise}
            village={village}
            enterprises={enterprises ?? []}
            villages={villages ?? []}
            pairings={pairings ?? []}
            townshipName={townshipName}
            onPickVillage={(id) => chooseVillage(id)}
            onPickEnterprise={(id) => form.setFieldValue('enterpriseId', id)}
          />
        </Col>
      </Row>
    </Modal>
  );
}
