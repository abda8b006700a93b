import type { Migration } from '../../../common/sqlite/migrate';

/**
 * Index on documents.supersedes_id: listing a meeting's documents asks, for each, whether a newer version
 * supersedes it. Without the index that is a scan of every document per document (quadratic; 10 ms per
 * search over a term's archive of 1,000 documents).
 */
export const m0007DocumentsSupersedesIndex: Migration = {
  version: 7,
  name: 'documents-supersedes-index',
  up(db) {
    db.exec('CREATE INDEX documents_supersedes ON documents(supersedes_id)');
  },
};
