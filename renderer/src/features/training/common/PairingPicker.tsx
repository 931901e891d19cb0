// A pairing (联建) picked by its code, enterprise or village — 「LJ2008-001 盼盼食品 — 红星村」 —
// for the forms whose records belong to a pairing (sessions, visits).
import { Select, type SelectProps } from 'antd';
import { usePairingOptions } from '../../ledger';

export function PairingPicker(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  const { options } = usePairingOptions();
  return (
    <Select<string>
      allowClear
      placeholder="选择联建（可输入编号、企业或村名）"
      loading={!options}
      {...props}
      options={(options ?? []).map((o) => ({ value: o.value, label: o.label }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
