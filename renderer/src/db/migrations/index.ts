// Migrations in version order. Append new ones; never edit or reorder a shipped one.
import type { Migration } from './types';
import { v001Initial } from './v001-initial';

export const MIGRATIONS: readonly Migration[] = [v001Initial];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
