import type { Migration } from '../../common/sqlite/migrate';
import { YDOC_STORE_DDL } from '../../common/ydoc-store/schema';

/**
 * The relay's own database (`<dataDir>/relay.db`), separate from any laptop's local DB.
 * The Yjs tables come from the one definition in electron/common/ydoc-store/schema.ts.
 * Append only: never edit a shipped migration.
 */
const m0001YdocStore: Migration = {
  version: 1,
  name: 'relay-ydoc-store',
  up(db) {
    db.exec(YDOC_STORE_DDL);
  },
};

const m0002Sessions: Migration = {
  version: 2,
  name: 'relay-sessions',
  up(db) {
    // Only a hash of each token is stored: a copied relay.db does not let anyone impersonate a delegate.
    // Sessions survive a relay restart so laptops reconnect without asking people to log in again.
    db.exec(`
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id    TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        expires_ms INTEGER NOT NULL
      );
      CREATE INDEX sessions_expiry ON sessions(expires_ms);
    `);
  },
};

const m0003UserStorage: Migration = {
  version: 3,
  name: 'relay-user-storage',
  up(db) {
    // Bytes of Yjs updates each user stored, per meeting: the per-user quota survives a relay restart.
    db.exec(`
      CREATE TABLE user_storage (
        meeting_id TEXT NOT NULL,
        user_id    TEXT NOT NULL,
        bytes      INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, user_id)
      ) WITHOUT ROWID;
    `);
  },
};

const m0004Recalls: Migration = {
  version: 4,
  name: 'relay-recalls',
  up(db) {
    // A meeting's confidential documents recalled (meeting closed, or the secretariat's order), and each
    // participant whose laptop confirmed it deleted its sealed copies (db/recalls.ts).
    db.exec(`
      CREATE TABLE recalls (
        meeting_id TEXT PRIMARY KEY,
        source     TEXT NOT NULL CHECK (source IN ('meeting_close', 'secretariat')),
        started_ms INTEGER NOT NULL
      );
      CREATE TABLE recall_confirmations (
        meeting_id   TEXT NOT NULL,
        user_id      TEXT NOT NULL,
        confirmed_ms INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, user_id)
      ) WITHOUT ROWID;
    `);
  },
};

const m0005ConfidentialLaptops: Migration = {
  version: 5,
  name: 'relay-confidential-laptops',
  up(db) {
    // Recall confirmations per laptop, not per person (db/confidential-laptops.ts): each laptop a participant
    // received confidential material on (self-declared id and label, from its session), and when it confirmed
    // the recall. A session remembers the laptop it was issued to (NULL: a client that named none).
    // Confirmations recorded per person before become that person's unnamed laptop ('-').
    db.exec(`
      ALTER TABLE sessions ADD COLUMN laptop_id TEXT;
      ALTER TABLE sessions ADD COLUMN laptop_label TEXT;
      CREATE TABLE confidential_laptops (
        meeting_id   TEXT NOT NULL,
        user_id      TEXT NOT NULL,
        laptop_id    TEXT NOT NULL,
        label        TEXT,
        received_ms  INTEGER NOT NULL,
        confirmed_ms INTEGER,
        PRIMARY KEY (meeting_id, user_id, laptop_id)
      ) WITHOUT ROWID;
      INSERT INTO confidential_laptops (meeting_id, user_id, laptop_id, label, received_ms, confirmed_ms)
        SELECT meeting_id, user_id, '-', NULL, confirmed_ms, confirmed_ms FROM recall_confirmations;
      DROP TABLE recall_confirmations;
    `);
  },
};

export const RELAY_MIGRATIONS: readonly Migration[] = [
  m0001YdocStore,
  m0002Sessions,
  m0003UserStorage,
  m0004Recalls,
  m0005ConfidentialLaptops,
];
