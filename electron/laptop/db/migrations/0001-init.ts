import type { Migration } from '../../../common/sqlite/migrate';

export const m0001Init: Migration = {
  version: 1,
  name: 'init',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id            TEXT PRIMARY KEY,
        username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name     TEXT NOT NULL,
        title         TEXT NOT NULL DEFAULT '',
        unit          TEXT NOT NULL DEFAULT '',
        system_role   TEXT NOT NULL CHECK (system_role IN ('secretariat', 'member')),
        password_hash TEXT NOT NULL,
        created_at    TEXT NOT NULL
      );

      CREATE TABLE meetings (
        id           TEXT PRIMARY KEY,
        body_kind    TEXT NOT NULL CHECK (body_kind IN ('tinh_uy', 'hdnd', 'ubnd')),
        title        TEXT NOT NULL,
        date         TEXT NOT NULL,
        time         TEXT NOT NULL DEFAULT '',
        place        TEXT NOT NULL DEFAULT '',
        meeting_type TEXT NOT NULL,
        status       TEXT NOT NULL CHECK (status IN ('draft', 'published')),
        published_at TEXT,
        created_at   TEXT NOT NULL
      );

      CREATE TABLE participants (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role       TEXT NOT NULL CHECK (role IN ('delegate', 'chair', 'secretariat', 'guest')),
        group_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (meeting_id, user_id)
      );
      CREATE INDEX participants_user ON participants(user_id);

      CREATE TABLE agenda_items (
        id           TEXT PRIMARY KEY,
        meeting_id   TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        parent_id    TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        title        TEXT NOT NULL,
        presenter    TEXT NOT NULL DEFAULT '',
        duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0)
      );
      CREATE INDEX agenda_meeting ON agenda_items(meeting_id, parent_id, position);

      -- Content-addressed file store index: the bytes live in files named by their hash.
      CREATE TABLE blobs (
        sha256     TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size_bytes INTEGER NOT NULL,
        pages      INTEGER NOT NULL,
        pdf_title  TEXT,
        created_at TEXT NOT NULL
      );

      CREATE TABLE documents (
        id              TEXT PRIMARY KEY,
        meeting_id      TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        agenda_item_id  TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        title           TEXT NOT NULL,
        doc_type        TEXT NOT NULL CHECK (doc_type IN ('to_trinh', 'du_thao_nghi_quyet', 'bao_cao', 'bao_cao_tham_tra', 'tai_lieu_khac')),
        version         INTEGER NOT NULL CHECK (version >= 1),
        supersedes_id   TEXT REFERENCES documents(id),
        confidentiality TEXT NOT NULL CHECK (confidentiality IN ('thuong', 'mat')),
        visibility      TEXT NOT NULL, -- JSON of shared/model Visibility
        sha256          TEXT NOT NULL REFERENCES blobs(sha256),
        file_name       TEXT NOT NULL,
        position        INTEGER NOT NULL,
        created_at      TEXT NOT NULL
      );
      CREATE INDEX documents_item ON documents(agenda_item_id, position);
      CREATE INDEX documents_meeting ON documents(meeting_id);
    `);
  },
};
