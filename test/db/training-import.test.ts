// The class-list import against a store: classes on one sheet and trainees on another (or one
// sheet per class), trainees matched to the registry by ID number or by name within their
// unit, an unknown person created or mapped (never guessed), the same person twice in a class
// refused with its sheet, row and column; then one batch writes it all, and undo removes it.
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@shared/io/issues';
import type { CellValue, SheetData, WorkbookData } from '@shared/io/types';
import { idCardCheckChar } from '@shared/model/idcard';
import { buildClassListTemplate } from '@shared/io/targets/class-list-template';
import { readWorkbook } from '@shared/io/read-workbook';
import { commitImport, undoImportBatch } from '@renderer/db/repositories/import-batches';
import type { RefChoice } from '@renderer/features/import/plan/references';
import { buildClassListPreview, loadClassListContext, planWorkbook, toClassListCommitPlan } from '@renderer/features/training/import/plan';
import { freshStore } from './helpers';

const sheet = (name: string, rows: CellValue[][]): SheetData => ({ name, hidden: false, merges: [], columnCount: Math.max(...rows.map((r) => r.length)), rows: rows.map((cells, i) => ({ r: i + 1, cells })) });
const workbook = (...sheets: SheetData[]): WorkbookData => ({ fileName: '培训班名单.xlsx', format: 'xlsx', date1904: false, sheets });
const idNumber = (first17: string) => first17 + idCardCheckChar(first17);

async function county() {
  const store = freshStore();
  const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const luhu = await store.villages.create({ townshipId: hetian.id, name: '露湖村', industries: [], partyOrg: { name: '露湖村党支部', type: '党支部' } });
  const nantang = await store.villages.create({ townshipId: hetian.id, name: '南塘村', industries: [], partyOrg: { type: '党支部' } });
  const panpan = await store.enterprises.create({ townshipId: hetian.id, name: '长汀盼盼食品有限公司', aboveScale: true, partyOrg: { type: '党支部' } });
  const wang = await store.persons.create({ name: '王明', orgKind: 'village', orgId: luhu.id, post: '村党支部书记' });
  const liu = await store.persons.create({ name: '刘红', orgKind: 'enterprise', orgId: panpan.id, post: '党支部书记', idNumber: idNumber('35082119700101002') });
  const wangNantang = await store.persons.create({ name: '王明', orgKind: 'village', orgId: nantang.id, post: '村委会主任' });
  return { store, hetian, luhu, nantang, panpan, wang, liu, wangNantang };
}

async function previewOf(store: ReturnType<typeof freshStore>, wb: WorkbookData, choices: [string, RefChoice][] = []) {
  const sheets = await planWorkbook(store.db, 'f', wb);
  const context = await loadClassListContext(store.db);
  const ids = new Map<string, string>();
  return { sheets, context, preview: buildClassListPreview(sheets, context, new Map(choices), ids, true) };
}

describe('class-list import', () => {
  it('reads classes and trainees from two sheets, maps an unknown person, refuses a duplicate trainee with its place', async () => {
    const { store, luhu, wang, liu } = await county();
    const wb = workbook(
      sheet('培训班', [
        ['2008年骨干培训班一览表'],
        ['期次', '培训班名称', '开班日期', '结业日期', '培训地点', '主办单位', '学时'],
        ['第一期', '全县村企党组织负责人骨干培训班', '2008-03-17', '2008-03-21', '县委党校', '县委组织部', 40],
        ['2', '全县村企党组织负责人骨干培训班', '2008年9月8日', '2008/9/12', '县委党校', '县委组织部', 40],
      ]),
      sheet('学员', [
        ['序号', '期次', '姓名', '身份证号', '单位', '所在乡镇', '职务'],
        [1, '第1期', '王明', null, '露湖村党支部', '河田镇', '党支部书记'],
        [2, '第1期', '刘红', liu.idNumber!, '盼盼食品', null, '党支部书记'],
        [3, '第2期', '王明', null, '河田镇露湖村', null, null],
        [4, '第2期', '张三', null, '露湖村', null, '村委委员'],
        [5, '第1期', '王明', null, '露湖村', null, null],
      ]),
    );
    const first = await previewOf(store, wb);
    expect(first.sheets.map((s) => s.role)).toEqual(['classes', 'trainees']);
    expect(first.preview.classes.creates.map((r) => r.draft.session)).toEqual(['第1期', '第2期']);
    // 王明 of 露湖村 (not the one of 南塘村); 刘红 by ID number whatever the unit is called.
    const { trainees } = first.preview;
    expect(trainees.creates.map((r) => [r.row, r.draft.name, r.draft.personId])).toEqual([
      [2, '王明', wang.id],
      [3, '刘红', liu.id],
      [4, '王明', wang.id],
    ]);
    expect(trainees.creates[0]!.draft).toMatchObject({ orgKind: 'village', orgId: luhu.id, orgName: '露湖村党支部', post: '党支部书记' });
    expect(trainees.creates[2]!.draft.post).toBe('村党支部书记');
    expect(trainees.unknownRefs.map((u) => [u.spec.label, u.name])).toEqual([['人员', '张三（露湖村）']]);
    expect(trainees.rejected.flatMap((r) => r.issues.map(formatIssue))).toEqual([
      '文件 培训班名单.xlsx · 工作表 学员 · 第5行 · C列「姓名」：人员「张三（露湖村）」不存在，请在预览的「未知名称」中选择新建或对应到已有人员',
      '文件 培训班名单.xlsx · 工作表 学员 · 第6行 · C列「姓名」：与第2行重复（培训班和学员相同）',
    ]);

    // 张三 is created in 露湖村 (the unit the row gives).
    const key = trainees.unknownRefs[0]!.key;
    const decided = await previewOf(store, wb, [[key, { action: 'create' }]]);
    expect(decided.preview.trainees.creates).toHaveLength(4);
    expect(decided.preview.trainees.createdRefs[0]!.draft).toMatchObject({ name: '张三', orgKind: 'village', orgId: luhu.id, post: '村委委员' });
    expect(decided.preview.trainees.rejected).toHaveLength(1);

    const [batch] = await commitImport(store.db, toClassListCommitPlan(decided.preview, decided.context, { fileName: '培训班名单.xlsx', hash: 'h' }));
    expect(batch!.counts).toEqual({ added: 6, updated: 0, rejected: 1 });
    const classes = await store.trainings.listClasses();
    expect(classes.map((c) => [c.session, c.startDate, c.endDate]).sort()).toEqual([
      ['第1期', '2008-03-17', '2008-03-21'],
      ['第2期', '2008-09-08', '2008-09-12'],
    ]);
    const second = classes.find((c) => c.session === '第2期')!;
    expect((await store.trainings.listTrainees(second.id)).map((t) => [t.seq, t.name])).toEqual([
      [1, '王明'],
      [2, '张三'],
    ]);
    expect((await store.persons.list()).filter((p) => p.name === '张三')).toHaveLength(1);

    // The same file again changes nothing; undo removes the classes, trainees and the person created.
    const again = await previewOf(store, wb);
    expect(again.preview.classes.unchanged).toHaveLength(2);
    expect(again.preview.trainees.unchanged.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    await undoImportBatch(store.db, batch!.id);
    expect(await store.trainings.listClasses()).toHaveLength(0);
    expect(await store.db.trainees.where('deleted').equals(0).count()).toBe(0);
    expect((await store.persons.list()).map((p) => p.name).sort()).toEqual(['刘红', '王明', '王明']);
  });

  it('takes one sheet per class, named by its sheet, into classes already stored; an unknown unit cannot make a new person', async () => {
    const { store, wang, wangNantang } = await county();
    const klass = await store.trainings.createClass({ session: '第3期', name: '骨干培训班', startDate: '2008-06-09' });
    const wb = workbook(
      sheet('第三期', [
        ['全县村企党组织负责人骨干培训班（第三期）学员名单'],
        ['序号', '姓名', '工作单位', '职务'],
        [1, '王明', '南塘村', '村委会主任'],
        [2, '李四', '县供销社', '主任'],
      ]),
    );
    const { preview } = await previewOf(store, wb);
    expect(preview.classes.creates).toHaveLength(0);
    expect(preview.trainees.creates.map((r) => [r.draft.classId, r.draft.personId])).toEqual([[klass.id, wangNantang.id]]);
    expect(preview.trainees.creates[0]!.draft.personId).not.toBe(wang.id);
    const lisi = preview.trainees.unknownRefs[0]!;
    const created = await previewOf(store, wb, [[lisi.key, { action: 'create' }]]);
    expect(created.preview.trainees.unknownRefs[0]!.createError).toContain('单位「县供销社」不是信息库中的企业或村');
    // Mapped to an existing person instead.
    const mapped = await previewOf(store, wb, [[lisi.key, { action: 'map', id: wang.id }]]);
    expect(mapped.preview.trainees.creates.map((r) => [r.draft.personId, r.draft.orgName, r.draft.orgKind])).toEqual([
      [wangNantang.id, '南塘村', 'village'],
      [wang.id, '县供销社', 'none'],
    ]);
  });

  it('refuses a trainee whose ID number disagrees with the person found by name and unit, and a row without its class', async () => {
    const { store, wang } = await county();
    await store.persons.update(wang.id, { idNumber: idNumber('35082119650505001') });
    await store.trainings.createClass({ session: '第1期', name: '骨干培训班', startDate: '2008-03-17' });
    const wb = workbook(
      sheet('学员', [
        ['期次', '姓名', '身份证号', '单位'],
        ['第1期', '王明', idNumber('35082119650505002'), '露湖村'],
        [null, '王明', null, '露湖村'],
        ['第9期', '王明', null, '露湖村'],
      ]),
    );
    const { preview } = await previewOf(store, wb);
    expect(preview.trainees.rejected.flatMap((r) => r.issues.map(formatIssue))).toEqual([
      '文件 培训班名单.xlsx · 工作表 学员 · 第2行 · C列「身份证号」：身份证号与信息库中「王明」登记的身份证号不一致，请核对',
      '文件 培训班名单.xlsx · 工作表 学员 · 第3行 · A列「期次」：未填写期次，不知道是哪一期培训班的学员',
      '文件 培训班名单.xlsx · 工作表 学员 · 第4行 · A列「期次」：培训班「第9期」不存在，请在预览的「未知名称」中选择对应到已有培训班',
    ]);
  });

  it('offers a template whose two sheets the import reads as classes and trainees', async () => {
    const { store } = await county();
    const read = await readWorkbook('培训班名单导入模板.xlsx', await buildClassListTemplate());
    if (!read.ok) throw new Error(read.error);
    const sheets = await planWorkbook(store.db, 'f', read.workbook);
    expect(sheets.map((s) => [s.sheet.name, s.role])).toEqual([
      ['培训班', 'classes'],
      ['学员', 'trainees'],
      ['填表说明', null],
    ]);
    expect(sheets[1]!.layout!.columns.map((c) => c.field)).toEqual(['session', 'name', 'gender', 'idNumber', 'orgName', 'township', 'post', 'phone', 'remark']);
  });
});
