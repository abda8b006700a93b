import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { Sha256 } from '../../shared/model/ids';
import { isIdShape, isSha256 } from '../../shared/model/ids';
import type { MeetingPackage } from '../../shared/model/package';
import { MEETING_PACKAGE_FORMAT } from '../../shared/model/package';
import { isBodyType, isIsoDate, MEMBERSHIP_END_KINDS } from '../../shared/model/roster';

/**
 * The published meeting the relay serves: `<dataDir>/package.json` + `<dataDir>/blobs/<sha256>.pdf`.
 * Every blob is hash-verified when it enters the store; files appear under their final name only after
 * fsync + rename, so the relay never serves a half-copied PDF.
 */
export type PackageStore = {
  current(): MeetingPackage | null;
  blobPath(sha: Sha256): string;
  /** Copies missing blobs from `blobDir` (verifying each hash), then atomically replaces package.json. */
  load(pkg: MeetingPackage, blobDir: string): void;
};

export class PackageError extends Error {}

export function validatePackage(v: unknown): MeetingPackage {
  const p = v as Partial<MeetingPackage> | null;
  if (!p || typeof p !== 'object') throw new PackageError('package is not an object');
  if (p.format !== MEETING_PACKAGE_FORMAT) throw new PackageError(`unsupported package format ${String(p.format)}`);
  if (!p.meeting || !isIdShape(p.meeting.id)) throw new PackageError('package.meeting.id missing or malformed');
  if (!Array.isArray(p.agenda) || !Array.isArray(p.documents) || !Array.isArray(p.participants)) {
    throw new PackageError('package must have agenda, documents and participants arrays');
  }
  for (const d of p.documents) {
    if (!isIdShape(d.id) || !isSha256(d.sha256)) throw new PackageError(`document ${String(d.id)}: bad id or sha256`);
  }
  for (const u of p.participants) {
    if (!isIdShape(u.userId) || typeof u.username !== 'string' || typeof u.passwordHash !== 'string') {
      throw new PackageError(`participant ${String(u.userId)}: bad id, username or password hash`);
    }
  }
  if (p.body !== undefined) validateRoster(p.body);
  return p as MeetingPackage;
}

/** The body's roster decides N: a malformed one is refused with the package, never half-applied. */
function validateRoster(b: NonNullable<MeetingPackage['body']>): void {
  if (!b || typeof b !== 'object' || !b.body || !isBodyType(b.body.type)) throw new PackageError('package.body: bad body type');
  if (!b.term || typeof b.term.id !== 'string' || !isIsoDate(b.term.startDate))
    throw new PackageError('package.body.term: bad id or start date');
  if (!Array.isArray(b.memberships)) throw new PackageError('package.body.memberships must be an array');
  for (const m of b.memberships) {
    const ok =
      typeof m.id === 'string' &&
      typeof m.fullName === 'string' &&
      isIsoDate(m.startDate) &&
      (m.userId === null || isIdShape(m.userId)) &&
      (m.endDate === null ? m.endKind === null : isIsoDate(m.endDate) && MEMBERSHIP_END_KINDS.includes(m.endKind!)) &&
      (m.liftedOn === null || isIsoDate(m.liftedOn));
    if (!ok) throw new PackageError(`package.body.memberships: membership ${String(m?.id)} is malformed`);
  }
}

function sha256File(path: string): string {
  const h = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
  return h.digest('hex');
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function createPackageStore(dataDir: string): PackageStore {
  const blobsDir = join(dataDir, 'blobs');
  const manifest = join(dataDir, 'package.json');
  mkdirSync(blobsDir, { recursive: true });
  let pkg: MeetingPackage | null = existsSync(manifest) ? validatePackage(JSON.parse(readFileSync(manifest, 'utf8'))) : null;

  const blobPath = (sha: Sha256): string => {
    if (!isSha256(sha)) throw new PackageError(`not a sha256: ${sha}`);
    return join(blobsDir, `${sha}.pdf`);
  };

  return {
    current: () => pkg,
    blobPath,
    load(next, blobDir) {
      const valid = validatePackage(next);
      const sameDir = resolve(blobDir) === resolve(blobsDir);
      for (const sha of new Set(valid.documents.map((d) => d.sha256))) {
        const target = blobPath(sha);
        if (existsSync(target)) continue;
        if (sameDir) throw new PackageError(`blob ${sha} missing from ${blobsDir}`);
        const source = join(blobDir, `${sha}.pdf`);
        if (!existsSync(source)) throw new PackageError(`blob ${sha} missing from ${blobDir}`);
        const tmp = join(blobsDir, `.tmp-${randomBytes(8).toString('hex')}`);
        copyFileSync(source, tmp);
        if (sha256File(tmp) !== sha) {
          rmSync(tmp, { force: true });
          throw new PackageError(`blob ${sha} in ${blobDir} does not match its hash`);
        }
        fsyncFile(tmp);
        renameSync(tmp, target);
      }
      const tmp = join(dataDir, `.package-${randomBytes(6).toString('hex')}.json`);
      writeFileSync(tmp, JSON.stringify(valid, null, 2));
      fsyncFile(tmp);
      renameSync(tmp, manifest);
      pkg = valid;
    },
  };
}
