import { join } from 'node:path';

/** Every path a laptop's services use derives from one data dir (Electron's userData, or --data). */
export type DataPaths = { dataDir: string; dbFile: string; blobDir: string };

export function dataPaths(dataDir: string): DataPaths {
  return { dataDir, dbFile: join(dataDir, 'phong-hop.db'), blobDir: join(dataDir, 'blobs') };
}
