// The state of one import, step by step: files being read (with progress and 取消), the
// sheets and their mappings, the preview (rebuilt whenever a name is decided), the commit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReadProgress, WorkbookData } from '@shared/io/types';
import { getStore } from '../../../db';
import { requireImportBackup } from '../../backup';
import { commitImport } from '../../../db/repositories/import-batches';
import { runExclusive } from '../../../db/exclusive';
import type { ImportBatch } from '@shared/model/types';
import { batchMapping, followers, saveMapping, type BatchItem, type Mapping } from '../mappings';
import { parseFile, sha256Hex } from '../parse-file';
import { toCommitPlan } from '../plan/commit-plan';
import { loadPreviewContext } from '../plan/context';
import { buildPreviewAsync, type Preview, type PreviewContext } from '../plan/preview';
import type { RefChoice } from '../plan/references';
import type { ImportTarget } from '../target';
import { extractAll, planSheets, type ExtractedFile, type SheetPlan } from './sheets';

export type FileStatus = 'reading' | 'done' | 'error' | 'cancelled';

export type FileEntry = {
  id: string;
  name: string;
  size: number;
  status: FileStatus;
  progress: ReadProgress | null;
  hash?: string;
  workbook?: WorkbookData;
  error?: string;
  /** Batches that imported the same bytes before (and were not undone). */
  importedBefore?: ImportBatch[];
};

export type Step = 'files' | 'mapping' | 'preview' | 'done';

/** Lets the browser paint (a spinner) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

export function useImportSession(target: ImportTarget) {
  const { db } = getStore();
  const [step, setStep] = useState<Step>('files');
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [plans, setPlans] = useState<SheetPlan[]>([]);
  const [extracted, setExtracted] = useState<ExtractedFile[] | null>(null);
  const [context, setContext] = useState<PreviewContext | null>(null);
  const [choices, setChoices] = useState<Map<string, RefChoice>>(new Map());
  const [updateExisting, setUpdateExisting] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const aborts = useRef(new Map<string, AbortController>());

  // File order, for 「沿用第N个文件的列对应」 (files finish reading in any order).
  const fileOrder = useRef<string[]>([]);
  useEffect(() => {
    fileOrder.current = files.map((f) => f.id);
  }, [files]);
  const batchOf = useCallback(
    (list: readonly SheetPlan[]): (BatchItem & { plan: SheetPlan })[] =>
      list.map((p) => ({ id: p.key, position: fileOrder.current.indexOf(p.fileId) + 1, fileName: p.fileName, signature: p.layout?.signature, source: p.source, plan: p })),
    [],
  );

  const patchFile = useCallback((id: string, patch: Partial<FileEntry>) => setFiles((list) => list.map((f) => (f.id === id ? { ...f, ...patch } : f))), []);

  const addFiles = useCallback(
    async (picked: readonly { name: string; bytes: Uint8Array }[]) => {
      for (const { name, bytes } of picked) {
        const id = crypto.randomUUID();
        const abort = new AbortController();
        aborts.current.set(id, abort);
        setFiles((list) => [...list, { id, name, size: bytes.length, status: 'reading', progress: null }]);
        void (async () => {
          const [result, hash] = await Promise.all([parseFile(name, bytes, { signal: abort.signal, onProgress: (progress) => patchFile(id, { progress }) }), sha256Hex(bytes)]);
          aborts.current.delete(id);
          if (!result.ok) {
            patchFile(id, { status: result.cancelled ? 'cancelled' : 'error', error: result.error, hash });
            return;
          }
          const previous = (await db.importBatches.toArray()).filter((b) => b.fileHash === hash && !b.undone);
          const sheetPlans = await planSheets(db, target, id, result.value);
          // A layout mapped by hand for another file of this batch starts with that mapping.
          setPlans((list) => [
            ...list,
            ...sheetPlans.map((p) => {
              const from = p.layout ? batchMapping(batchOf(list), p.layout.signature, (i) => i.plan.mapping) : null;
              return from ? { ...p, mapping: from.mapping, source: from.source } : p;
            }),
          ]);
          patchFile(id, { status: 'done', workbook: result.value, hash, importedBefore: previous });
        })();
      }
    },
    [db, target, patchFile, batchOf],
  );

  const cancelFile = useCallback((id: string) => aborts.current.get(id)?.abort(), []);
  const removeFile = useCallback((id: string) => {
    aborts.current.get(id)?.abort();
    setFiles((list) => list.filter((f) => f.id !== id));
    setPlans((list) => list.filter((p) => p.fileId !== id));
  }, []);

  /** A mapping set by hand goes to every other sheet of the same layout in the batch not mapped by hand. */
  const updatePlan = useCallback(
    (key: string, patch: { include?: boolean; mapping?: Mapping }) => {
      setPlans((list) => {
        if (!patch.mapping) return list.map((p) => (p.key === key ? { ...p, ...patch } : p));
        const batch = batchOf(list);
        const changed = batch.find((i) => i.id === key);
        const follow = new Set(changed ? followers(batch, changed).map((i) => i.id) : []);
        return list.map((p) => {
          if (p.key === key) return { ...p, ...patch, source: { kind: 'manual' as const } };
          if (!follow.has(p.key) || !changed) return p;
          return { ...p, mapping: new Map(patch.mapping), source: { kind: 'batch' as const, position: changed.position, fileName: changed.fileName } };
        });
      });
    },
    [batchOf],
  );

  const readyFiles = files.filter((f) => f.status === 'done');

  const toPreview = useCallback(async () => {
    setBusy('正在校验数据…');
    try {
      await nextFrame();
      for (const p of plans) if (p.include && p.layout) await saveMapping(db, target.key, p.layout, p.mapping);
      setPreview(null);
      setContext(await loadPreviewContext(db, target));
      setExtracted(extractAll(plans, readyFiles.map((f) => f.id), target.fields));
      setStep('preview');
    } catch (e) {
      setBusy(null);
      throw e;
    }
  }, [db, plans, readyFiles, target]);

  // The preview is rebuilt in slices whenever a name is decided, so a 100,000-row file never
  // freezes the window; a newer build cancels the one still running.
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    if (!extracted || !context) return undefined;
    const abort = new AbortController();
    const started = Date.now();
    void buildPreviewAsync(target, { files: extracted }, context, choices, { updateExisting }, {
      signal: abort.signal,
      onProgress: (done, total) => {
        if (Date.now() - started > 300) setBusy(`正在校验：${done} / ${total} 行`);
      },
    }).then((p) => {
      if (!p) return;
      setPreview(p);
      setBusy(null);
    });
    return () => abort.abort();
  }, [extracted, context, choices, updateExisting, target]);

  const commit = useCallback(async () => {
    if (!preview || !extracted) return;
    try {
      const sources = extracted.map((f) => ({ fileName: f.fileName, hash: readyFiles.find((r) => r.id === f.fileId)?.hash ?? '' }));
      // One bulk write at a time across windows, journaled from before the safety backup to the commit.
      const written = await runExclusive(db, 'import', sources.map((f) => f.fileName).join('、'), async (journalId) => {
        // The backup before every import (RELIABILITY.md), taken before — never inside — the
        // write transaction; without it nothing is written.
        setBusy('正在备份当前数据…');
        await nextFrame();
        await requireImportBackup('导入');
        setBusy('正在写入…');
        await nextFrame();
        return commitImport(db, toCommitPlan(target, preview, sources), { journalId });
      });
      setBatches(written);
      setStep('done');
    } finally {
      setBusy(null);
    }
  }, [db, preview, extracted, readyFiles, target]);

  const setChoice = useCallback((key: string, choice: RefChoice | null) => {
    setChoices((map) => {
      const next = new Map(map);
      if (choice) next.set(key, choice);
      else next.delete(key);
      return next;
    });
  }, []);

  const restart = useCallback(() => {
    for (const a of aborts.current.values()) a.abort();
    setFiles([]);
    setPlans([]);
    setExtracted(null);
    setContext(null);
    setPreview(null);
    setChoices(new Map());
    setBatches(null);
    setStep('files');
  }, []);

  return {
    target,
    step,
    setStep,
    files,
    readyFiles,
    addFiles,
    cancelFile,
    removeFile,
    plans,
    updatePlan,
    toPreview,
    preview,
    extracted,
    context,
    choices,
    setChoice,
    updateExisting,
    setUpdateExisting,
    commit,
    batches,
    busy,
    restart,
  };
}

export type ImportSession = ReturnType<typeof useImportSession>;

