import type { ComponentType } from 'react';
import { BackupHeader } from '../features/backup/BackupHeader';
import { SampleDataTag } from '../features/sample/SampleDataTag';

/** Small status widgets shown at the right of the top bar (e.g. the backup status). */
export const HEADER_EXTRAS: ComponentType[] = [SampleDataTag, BackupHeader];
