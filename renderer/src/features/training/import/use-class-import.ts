// The state of one class-list import, step by step: the workbook read (with progress and
// 取消), its sheets with their roles and column mappings, the preview (rebuilt whenever a name
// is decided), the commit after the backup every import takes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReadProgress, WorkbookData } from '@shared/io/types';
import type { ImportBatch } from '@shared/model/types';
import { getStore } from '../../../db';
import { commitImport } from '../../../db/repositories/import-batches';
import { requireImportBackup } from '../../backup';
import { parseFile, saveMapping, sha256Hex, type Mapping, type RefChoice, type UnknownRef } from '../../import';
import { buildClassListPreview, loadClassListContext, planWorkbook, ROLE_KEYS, sheetForRole, toClassListCommitPlan, type ClassListContext, type ClassListSheet, type SheetRole } from './plan';

export type Step = 'files' | 'mapping' | 'preview' | 'done';

export type ReadFile = {
  name: string;
  status: 'reading' | 'done' | 'error' | 'cancelled';
  progress: ReadProgress | null;
  hash?: string;
  workbook?: WorkbookData;
  error?: string;
};

/** Lets the browser paint (a spinner) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 30));

export function useClassImport() {
  const { db } = getStore();
  const [step, setStep] = useState<Step>('files');
  const [file, setFile] = useState<ReadFile | null>(null);
  const [sheets, setSheets] = useState<ClassListSheet[]>([]);
  const [context, setContext] = useState<ClassListContext | null>(null);
  const [choices, setChoices] = useState<Map<string, RefChoice>>(new Map());
  const [updateExisting, setUpdateExisting] = useState(true);
  const [busy, setBusy] = useState<string | null>(null);
  const [batches, setBatches] = useState<ImportBatch[] | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Ids of the file's new classes, kept while it is previewed so a name mapped to one stays mapped.
  const classIds = useRef(new Map<string, string>());

  const choose = useCallback(
    async (name: string, bytes: Uint8Array) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      classIds.current = new Map();
      seenUnknown.current = new Map();
      setSheets([]);
      setChoices(new Map());
      setFile({ name, status: 'reading', progress: null });
      const [result, hash] = await Promise.all([parseFile(name, bytes, { signal: controller.signal, onProgress: (progress) => setFile((f) => f && { ...f, progress }) }), sha256Hex(bytes)]);
      if (controller.signal.aborted && !result.ok) return setFile({ name, status: 'cancelled', progress: null });
      if (!result.ok) return setFile({ name, status: 'error', progress: null, error: result.error, hash });
      setSheets(await planWorkbook(db, 'f', result.value));
      setFile({ name, status: 'done', progress: null, hash, workbook: result.value });
    },
    [db],
  );

  const cancelRead = useCallback(() => abort.current?.abort(), []);

  const updatePlan = useCallback((key: string, patch: { include?: boolean; mapping?: Mapping }) => {
    setSheets((list) => list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }, []);

  const setRole = useCallback(
    async (key: string, role: SheetRole | null) => {
      const plan = sheets.find((p) => p.key === key);
      if (!plan) return;
      const next = await sheetForRole(db, plan, role);
      setSheets((list) => list.map((p) => (p.key === key ? next : p)));
    },
    [db, sheets],
  );

  const toPreview = useCallback(async () => {
    setBusy('正在校验数据…');
    try {
      await nextFrame();
      for (const p of sheets) if (p.role && p.include && p.layout) await saveMapping(db, ROLE_KEYS[p.role], p.layout, p.mapping);
      setContext(await loadClassListContext(db));
      setStep('preview');
    } finally {
      setBusy(null);
    }
  }, [db, sheets]);

  const preview = useMemo(
    () => (step === 'preview' || step === 'done') && context ? buildClassListPreview(sheets, context, choices, classIds.current, updateExisting) : null,
    [step, context, sheets, choices, updateExisting],
  );

  // A name mapped to a record no longer counts as unknown in the rebuilt preview; it stays on
  // screen with its choice, so the user sees what was decided and can change it.
  const seenUnknown = useRef(new Map<string, UnknownRef>());
  const unknownRefs = useMemo(() => {
    if (!preview) return [];
    const current = [...preview.classes.unknownRefs, ...preview.trainees.unknownRefs];
    for (const u of current) seenUnknown.current.set(u.key, u);
    const keys = new Set(current.map((u) => u.key));
    return [...seenUnknown.current.values()].filter((u) => keys.has(u.key) || choices.has(u.key));
  }, [preview, choices]);

  const commit = useCallback(async () => {
    if (!preview || !context || !file?.hash) return;
    try {
      // The backup before every import (RELIABILITY.md), taken before — never inside — the write transaction.
      setBusy('正在备份当前数据…');
      await nextFrame();
      await requireImportBackup('导入');
      setBusy('正在写入…');
      await nextFrame();
      setBatches(await commitImport(db, toClassListCommitPlan(preview, context, { fileName: file.name, hash: file.hash })));
      setStep('done');
    } finally {
      setBusy(null);
    }
  }, [db, preview, context, file]);

  const setChoice = useCallback((key: string, choice: RefChoice | null) => {
    setChoices((map) => {
      const next = new Map(map);
      if (choice) next.set(key, choice);
      else next.delete(key);
      return next;
    });
  }, []);

  const restart = useCallback(() => {
    abort.current?.abort();
    setFile(null);
    setSheets([]);
    setContext(null);
    setChoices(new Map());
    setBatches(null);
    setStep('files');
  }, []);

  useEffect(() => () => abort.current?.abort(), []);

  return { step, setStep, file, choose, cancelRead, sheets, updatePlan, setRole, toPreview, preview, unknownRefs, choices, setChoice, updateExisting, setUpdateExisting, commit, batches, busy, restart };
}

export type ClassImportSession = ReturnType<typeof useClassImport>;
