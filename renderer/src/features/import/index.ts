// What the import pipeline offers other features: the ImportTarget contract and helpers for
// writing a target, the registration of targets, the 「导入」 button, the wizard itself (loaded
// when first shown) and the file parsing and remembered mappings the tally import reuses.
import { lazy } from 'react';

export type { CreateContext, DraftEnv, DraftRecord, Identity, ImportTarget, RefCandidate, ReferenceSpec, ResolvedRef, ResolvedRefs, ValidationOutcome } from './target';
export { contentOf, given, guessTownshipKind, townshipCandidates, townshipReference, zodOutcome } from './target-helpers';
export { hasImportTarget, importTargets, loadImportTarget, registerImportTarget, type ImportTargetEntry } from './target-registry';
export { ImportButton } from './ImportButton';
export { parseFile, progressPercent, sha256Hex, type ParseOptions } from './parse-file';
export { batchMapping, describeMappingSource, followers, loadMapping, loadSavedMapping, saveMapping, type BatchItem, type Mapping, type MappingSource } from './mappings';
export { FileWarnings, FillNotes, type SheetFillNote } from './ui/ReadNotes';
export { overlay } from './plan/paths';
// For an import with a session of its own (the class-list import: two kinds of rows in one
// workbook): the preview builder, the sheet plans and the wizard's own step pieces (those
// with tables load when first shown, so the first screen does not carry them).
export { buildPreview, type PlannedRow, type Preview, type RejectedRow } from './plan/preview';
export type { RefChoice, UnknownRef } from './plan/references';
export { duplicateFields, missingFields, type SheetPlan } from './session/sheets';
export { useErrorWorkbookDownload } from './ui/downloads';
export { useUndoBatch } from './ui/use-undo-batch';
export const SheetMapping = lazy(() => import('./ui/MappingStep').then((m) => ({ default: m.SheetMapping })));
export const UnknownRefs = lazy(() => import('./ui/UnknownRefs').then((m) => ({ default: m.UnknownRefs })));

/** The import wizard for one target (e.g. a feature's own import page). */
export const ImportWizard = lazy(() => import('./ui/ImportPage').then((m) => ({ default: m.ImportWizard })));
export { IMPORT_HISTORY_NAV, IMPORT_ROUTES } from './area';
