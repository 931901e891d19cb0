import type { ComponentType } from 'react';

/** Small status widgets shown at the right of the top bar (e.g. the backup status). */
export const HEADER_EXTRAS: ComponentType[] = [];
