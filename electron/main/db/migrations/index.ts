import type { Migration } from '../migrate';
import { m0001Init } from './0001-init';
import { m0002YdocStore } from './0002-ydoc-store';

/** The local (per-laptop) database's migrations, in order. Append only: never edit a shipped one. */
export const LOCAL_MIGRATIONS: readonly Migration[] = [m0001Init, m0002YdocStore];
