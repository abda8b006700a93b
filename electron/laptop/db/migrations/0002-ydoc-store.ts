import type { Migration } from '../../../common/sqlite/migrate';
import { YDOC_STORE_DDL } from '../../../common/ydoc-store/schema';

/** Append-only Yjs updates per doc, folded periodically into one snapshot row (common/ydoc-store/). */
export const m0002YdocStore: Migration = {
  version: 2,
  name: 'ydoc-store',
  up(db) {
    db.exec(YDOC_STORE_DDL);
  },
};
