import type { Migration } from '../../../common/sqlite/migrate';
import { m0001Init } from './0001-init';
import { m0002YdocStore } from './0002-ydoc-store';
import { m0003SearchIndex } from './0003-search-index';
import { m0004ViewerState } from './0004-viewer-state';
import { m0005Settings } from './0005-settings';
import { m0006Bodies } from './0006-bodies';
import { m0007DocumentsSupersedesIndex } from './0007-documents-supersedes-index';
import { m0008AccountDisabled } from './0008-account-disabled';
import { m0009SealedSearch } from './0009-sealed-search';
import { m0010Installation } from './0010-installation';

/** The local (per-laptop) database's migrations, in order. Append only: never edit a shipped one. */
export const LOCAL_MIGRATIONS: readonly Migration[] = [
  m0001Init,
  m0002YdocStore,
  m0003SearchIndex,
  m0004ViewerState,
  m0005Settings,
  m0006Bodies,
  m0007DocumentsSupersedesIndex,
  m0008AccountDisabled,
  m0009SealedSearch,
  m0010Installation,
];
