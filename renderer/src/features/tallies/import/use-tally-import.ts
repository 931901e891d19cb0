// The tally import session: files added (chosen or dropped) are read in the host's parser,
// planned, parsed and previewed; each file commits as its own batch (replacing that
// township's previous tally for the year).
import { useCallback, useState } from 'react';
import { formatIssue } from '@shared/io/issues';
import type { TallyParse } from '@shared/tally/read';
import { toReportFigures } from '@shared/tally/report';
import { getStore } from '../../../db';
import { commitTally } from '../../../db/repositories/tallies';
import { loadMapping, parseFile, saveMapping, sha256Hex } from '../../import';
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

export function useTallyImport(data: TallyData | undefined, year: number) {
  const [files, setFiles] = useState<FileEntry[]>([]);
  const patch = useCallback((id: string, change: Partial<FileEntry>) => setFiles((all) => all.map((f) => (f.id === id ? { ...f, ...change } : f))), []);

  const addFile = useCallback(
    async (name: string, bytes: Uint8Array) => {
      if (!data) return;
      const id = crypto.randomUUID();
      setFiles((all) => [...all, { id, name, status: 'reading' }]);
      const [read, hash] = await Promise.all([parseFile(name, bytes), sha256Hex(bytes)]);
      if (!read.ok) return patch(id, { status: 'error', error: read.error });
      const first = initialPlan(id, name, hash, read.value, data, year);
      // A layout mapped by hand before gets the same mapping again.
      const remembered = first.layout && !first.meta ? await loadMapping(getStore().db, MAPPING_KEY, first.layout, new Set(TALLY_FIELDS.map((f) => f.key))) : null;
      const plan = parsePlan(remembered ? { ...first, mapping: remembered } : first, data);
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
  return { files, addFile, updatePlan, commit, confirmSkip, remove, clear };
}

export type TallyImport = ReturnType<typeof useTallyImport>;
