import type { LaptopId } from '../../../../shared/model/ids';
import type { Db } from '../../../common/sqlite/connection';

/** This laptop installation's id (migration 0010: one row, created with the database). */
export function installationId(db: Db): LaptopId {
  const r = db.prepare('SELECT laptop_id FROM installation WHERE id = 1').get() as { laptop_id: string };
  return r.laptop_id as LaptopId;
}
