// The tally import session: files added (chosen or dropped) are read in the host's parser,
// planned, parsed and previewed; each file commits as its own batch (replacing that
// township's previous tally for the year).
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatIssue } from '@shared/io/issues';
import type { TallyParse } from '@shared/tally/read';
import { toReportFigures } from '@shared/tally/report';
import { getStore } from '../../../db';
import { commitTally } from '../../../db/repositories/tallies';
import { batchMapping, followers, loadSavedMapping, parseFile, saveMapping, sha256Hex, type BatchItem, type Mapping } from '../../import';
import { scopeTownshipId, type TallyData } from '../data';
import { initialPlan, parsePlan, TALLY_FIELDS, type FilePlan } from './plan';

export type FileEntry = {
  id: string;
  name: string;
  status: 'reading' | 'ready' | 'error' | 'committed';
  error?: string;
  plan?: FilePlan;
  replaced?: number;
  /**
   * The parse whose rejected rows the user chose to skip. A file with rejected rows is not
   * committed without it (all or nothing, as in the registry import), and a new parse (another
   * mapping, township or sheet) asks again.
   */
  skipConfirmedFor?: TallyParse;
};

/** Whether the file may be committed now: read, its township known, and no rejected row left unconfirmed. */
export const canCommit = (f: FileEntry): boolean => {
  const parse = f.plan?.parse;
  if (f.status !== 'ready' || !parse || !f.plan?.scope) return false;
  if (parse.rows.length + parse.rejected.length === 0) return false;
  return parse.rejected.length === 0 || f.skipConfirmedFor === parse;
};

export const MAPPING_KEY = 'tally';

type Item = BatchItem & { plan?: FilePlan };

/** The files as a batch: own layouts only (app templates have no mapping). */
const batchOf = (files: readonly FileEntry[]): Item[] =>
  files.map((f, i) => ({
    id: f.id,
    position: i + 1,
    fileName: f.name,
    signature: f.plan && !f.plan.meta ? f.plan.layout?.signature : undefined,
    source: f.plan?.mappingSource,
    locked: f.status === 'committed',
    plan: f.plan,
  }));

export function useTallyImport(data: TallyData | undefined, year: number) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  // The batch as last rendered, for files still being read when the user maps another.
  const current = useRef<FileEntry[]>([]);
  useEffect(() => {
    current.current = files;
  }, [files]);
  const patch = useCallback((id: string, change: Partial<FileEntry>) => setFiles((all) => all.map((f) => (f.id === id ? { ...f, ...change } : f))), []);

  const addFile = useCallback(
    async (name: string, bytes: Uint8Array) => {
      if (!data) return;
      const id = crypto.randomUUID();
      setFiles((all) => [...all, { id, name, status: 'reading' }]);
      const [read, hash] = await Promise.all([parseFile(name, bytes), sha256Hex(bytes)]);
      if (!read.ok) return patch(id, { status: 'error', error: read.error });
      let first = initialPlan(id, name, hash, read.value, data, year);
      if (first.layout && !first.meta) {
        // A layout mapped by hand in this batch gets that mapping; else the one saved when the
        // layout was imported before; else what the headers say.
        const fromBatch = batchMapping(batchOf(current.current), first.layout.signature, (i: Item) => i.plan?.mapping);
        const saved = fromBatch ? null : await loadSavedMapping(getStore().db, MAPPING_KEY, first.layout, new Set(TALLY_FIELDS.map((f) => f.key)));
        if (fromBatch) first = { ...first, mapping: fromBatch.mapping, mappingSource: fromBatch.source };
        else if (saved) first = { ...first, mapping: saved.mapping, mappingSource: { kind: 'saved', savedAt: saved.savedAt } };
        else first = { ...first, mappingSource: { kind: 'auto' } };
      }
      const plan = parsePlan(first, data);
      return patch(id, { status: plan.error ? 'error' : 'ready', error: plan.error, plan });
    },
    [data, year, patch],
  );

  const updatePlan = useCallback(
    (id: string, change: Partial<FilePlan>) => {
      if (!data) return;
      setFiles((all) => all.map((f) => (f.id === id && f.plan ? { ...f, plan: parsePlan({ ...f.plan, ...change }, data) } : f)));
    },
    [data],
  );

  /** A mapping set by hand: this file's, and every other file's of the same layout not mapped by hand. */
  const changeMapping = useCallback(
    (id: string, mapping: Mapping) => {
      if (!data) return;
      setFiles((all) => {
        const batch = batchOf(all);
        const changed = batch.find((i) => i.id === id);
        if (!changed?.plan) return all;
        const follow = new Set(followers(batch, changed).map((i) => i.id));
        return all.map((f) => {
          if (!f.plan) return f;
          if (f.id === id) return { ...f, plan: parsePlan({ ...f.plan, mapping, mappingSource: { kind: 'manual' } }, data) };
          if (!follow.has(f.id)) return f;
          return { ...f, plan: parsePlan({ ...f.plan, mapping: new Map(mapping), mappingSource: { kind: 'batch', position: changed.position, fileName: changed.fileName } }, data) };
        });
      });
    },
    [data],
  );

  const commit = useCallback(
    async (entry: FileEntry) => {
      const plan = entry.plan;
      if (!data || !plan?.parse || !plan.scope) return;
      if (!canCommit(entry)) throw new Error(`「${entry.name}」有 ${plan.parse.rejected.length} 行被拒绝，请先确认跳过这些行`);
      const townshipId = scopeTownshipId(data, plan.scope);
      if (!townshipId) throw new Error('找不到该企业所属的乡镇');
      const { db } = getStore();
      if (plan.layout && plan.mapping && !plan.meta) await saveMapping(db, MAPPING_KEY, plan.layout, plan.mapping);
      const { parse } = plan;
      const codes = new Map(data.pairings.map((p) => [p.id, p.code]));
      const { replaced } = await commitTally(db, {
        year: plan.year,
        scope: plan.scope,
        townshipId,
        fileName: plan.fileName,
        fileHash: plan.fileHash,
        rows: parse.rows.map((r) => ({ pairingId: r.pairingId, figures: toReportFigures(r.figures) })),
        rejected: parse.rejected.length,
        issues: parse.issues.map(formatIssue),
        blankMeansZero: parse.blankMeansZero,
        blankCells: parse.blankCells,
        missingCodes: parse.missing.map((m) => codes.get(m.id) ?? m.code),
      });
      patch(entry.id, { status: 'committed', replaced: replaced.length });
    },
    [data, patch],
  );

  const confirmSkip = useCallback((id: string, parse: TallyParse | undefined) => patch(id, { skipConfirmedFor: parse }), [patch]);

  const remove = useCallback((id: string) => setFiles((all) => all.filter((f) => f.id !== id)), []);
  const clear = useCallback(() => setFiles([]), []);
  return { files, addFile, updatePlan, changeMapping, commit, confirmSkip, remove, clear };
}

export type TallyImport = ReturnType<typeof useTallyImport>;
