import { Suspense, useEffect, useMemo, useState } from 'react';
import { App } from 'antd';
import { GENDERS, POLITICAL_STATUSES } from '@shared/model/enums';
import { maskIdCard } from '@shared/model/idcard';
import type { Person } from '@shared/model/types';
import { getStore } from '../../../db';
import { loadRecordKeys, recordKeysIfLoaded, type KeyFunctions } from '../../../db/record-keys-middleware';
import { lazyComponent } from '../../../app/lazy';
import { useConfirmDelete } from '../../../ui/use-confirm-delete';
import { sortTownships, useLiveRecords } from '../../../ui/records/data';
import { placeLookup, personRows, type Place, type PersonRow } from './person-rows';
import { RegistryList } from '../list/RegistryList';
import { nameColumn } from '../list/name-column';
import type { ListColumn } from '@renderer/ui/list/types';
import type { ListFilter } from '../list/types';
import type { PersonFormProps } from './PersonForm';

// The form (and the pickers, schemas and pinyin-pro behind it) loads when first opened, not with
// the list: a CPU profile of the open spent ~0.1 s loading and setting up pinyin-pro for it.
const PersonForm = lazyComponent<PersonFormProps>(() => import('./PersonForm'), 'PersonForm');

export const ORG_KIND_LABELS: Record<Person['orgKind'], string> = { enterprise: '企业', village: '村', none: '' };
const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

// ID numbers are personal data: lists, exports and printouts show them masked (350821**********2X).
function personColumns(placeOf: (p: Person) => Place): ListColumn<PersonRow>[] {
  return [
    nameColumn('姓名', 100, '/registry/persons'),
    { key: 'gender', title: '性别', kind: 'text', width: 70, value: (r) => r.gender },
    { key: 'idNumber', title: '身份证号', kind: 'text', width: 190, value: (r) => (r.idNumber ? maskIdCard(r.idNumber) : '') },
    { key: 'phone', title: '联系电话', kind: 'text', width: 130, value: (r) => r.phone },
    { key: 'politicalStatus', title: '政治面貌', kind: 'text', width: 100, value: (r) => r.politicalStatus },
    { key: 'orgKind', title: '单位类型', kind: 'text', width: 90, value: (r) => ORG_KIND_LABELS[r.orgKind] },
    { key: 'org', title: '所在单位', kind: 'text', width: 220, value: (r) => placeOf(r).orgName },
    { key: 'township', title: '所属乡镇', kind: 'text', width: 120, value: (r) => placeOf(r).townshipName, sortValue: (r) => placeOf(r).townshipOrder },
    { key: 'post', title: '职务', kind: 'text', width: 160, value: (r) => r.post },
  ];
}

export function PersonsPage() {
  const { message } = App.useApp();
  const confirmDelete = useConfirmDelete();
  const persons = useLiveRecords('persons');
  const villages = useLiveRecords('villages');
  const enterprises = useLiveRecords('enterprises');
  const townships = useLiveRecords('townships');
  const [form, setForm] = useState<{ open: boolean; editing?: Person }>({ open: false });
  // Mounted from the first open on, so that closing keeps the drawer's own close.
  const [formUsed, setFormUsed] = useState(false);
  useEffect(() => {
    if (form.open) setFormUsed(true);
  }, [form.open]);

  // The key functions (pinyin-pro) only for a record written without keys (never by the app).
  const [keyFunctions, setKeyFunctions] = useState<KeyFunctions | undefined>(recordKeysIfLoaded);
  const rows = useMemo(() => persons && personRows(persons, keyFunctions && ((p) => keyFunctions.keysOf('persons', p))), [persons, keyFunctions]);
  const needsKeys = persons !== undefined && rows === undefined;
  useEffect(() => {
    if (needsKeys) void loadRecordKeys().then(setKeyFunctions);
  }, [needsKeys]);
  const placeOf = useMemo(() => placeLookup(villages ?? [], enterprises ?? [], townships ?? []), [villages, enterprises, townships]);
  const columns = useMemo(() => personColumns(placeOf), [placeOf]);
  const ready = rows && villages && enterprises && townships ? rows : undefined;

  const filters = useMemo(
    (): ListFilter<PersonRow>[] => [
      { key: 'politicalStatus', label: '政治面貌', primary: true, options: choices(POLITICAL_STATUSES), test: (r, v) => r.politicalStatus === v },
      { key: 'township', label: '乡镇', primary: true, options: sortTownships(townships ?? []).map((t) => ({ value: t.id, label: t.name })), test: (r, v) => placeOf(r).townshipId === v },
      {
        key: 'orgKind',
        label: '单位类型',
        options: [
          { value: 'enterprise', label: '企业' },
          { value: 'village', label: '村' },
          { value: 'none', label: '无单位' },
        ],
        test: (r, v) => r.orgKind === v,
      },
      { key: 'gender', label: '性别', options: choices(GENDERS), test: (r, v) => r.gender === v },
    ],
    [townships, placeOf],
  );

  return (
    <RegistryList<PersonRow>
      table="persons"
      heading="人员信息库"
      reportTitle="人员信息表"
      entityName="人员"
      rows={ready}
      columns={columns}
      filters={filters}
      searchPlaceholder="姓名、拼音首字母、电话"
      onCreate={() => setForm({ open: true })}
      onEdit={(r) => setForm({ open: true, editing: r })}
      onDelete={(r) =>
        confirmDelete({
          what: `人员「${r.name}」`,
          remove: () => getStore().persons.remove(r.id),
          undo: () => getStore().persons.restore(r.id),
        })
      }
      detailPath={(r) => `/registry/persons/${r.id}`}
    >
      {(form.open || formUsed) && (
        <Suspense fallback={null}>
          <PersonForm
            open={form.open}
            editing={form.editing}
            onClose={() => setForm({ open: false })}
            onSaved={(p) => {
              setForm({ open: false });
              message.success(`已保存人员「${p.name}」`);
            }}
          />
        </Suspense>
      )}
    </RegistryList>
  );
}
