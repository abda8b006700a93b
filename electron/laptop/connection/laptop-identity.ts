import { hostname } from 'node:os';
import type { LaptopIdentity } from '../../../shared/relay-protocol/types';
import { LAPTOP_LABEL_MAX_CHARS } from '../../../shared/relay-protocol/constants';
import type { Db } from '../../common/sqlite/connection';
import { installationId } from '../db/queries/installation';

/**
 * How this laptop names itself when it signs in to a relay: its installation id and its host name (what the
 * secretariat's recall panel shows). A host name the relay would refuse (control characters, too long) is
 * cleaned and cut; none at all falls back to the id's first characters.
 */
export function laptopIdentity(db: Db, host: string = hostname()): LaptopIdentity {
  const id = installationId(db);
  const label = host
    .normalize('NFC')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, LAPTOP_LABEL_MAX_CHARS)
    .trim();
  return { id, label: label || id.slice(0, 8) };
}
