// A liaison (联络员): a person of that organization picked from the registry — whose phone
// then fills in — or just a name and a phone typed in.
import { useMemo } from 'react';
import { AutoComplete, Form, Input, Space } from 'antd';
import type { FormInstance } from 'antd';
import type { Liaison, Person } from '@shared/model/types';

export type LiaisonValue = { name?: string; phone?: string };

type Props = { name: string; label: string; orgId?: string; persons: readonly Person[]; form: FormInstance };

export function LiaisonFields({ name, label, orgId, persons, form }: Props) {
  const ofOrg = useMemo(() => persons.filter((p) => orgId && p.orgId === orgId), [persons, orgId]);
  return (
    <Form.Item label={label} style={{ marginBottom: 0 }}>
      <Space.Compact block>
        <Form.Item name={[name, 'name']} style={{ width: '45%' }}>
          <AutoComplete
            aria-label={`${label}姓名`}
            placeholder={ofOrg.length ? '姓名（可从人员库选择）' : '姓名'}
            options={ofOrg.map((p) => ({ value: p.name, label: p.post ? `${p.name}（${p.post}）` : p.name }))}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
            onSelect={(value: string) => {
              const person = ofOrg.find((p) => p.name === value);
              if (person?.phone) form.setFieldValue([name, 'phone'], person.phone);
            }}
          />
        </Form.Item>
        <Form.Item name={[name, 'phone']} style={{ width: '55%' }}>
          <Input aria-label={`${label}电话`} placeholder="联系电话" />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/** The stored liaison: linked to the organization's person when exactly one has that name. */
export function toLiaison(value: LiaisonValue | undefined, orgId: string | undefined, persons: readonly Person[]): Liaison | undefined {
  const name = value?.name?.trim();
  if (!name) return undefined;
  const matches = persons.filter((p) => p.orgId === orgId && p.name === name);
  return { name, phone: value?.phone?.trim() || undefined, personId: matches.length === 1 ? matches[0].id : undefined };
}

export function fromLiaison(l: Liaison | undefined): LiaisonValue {
  return { name: l?.name, phone: l?.phone };
}
