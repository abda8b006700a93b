import type { Message } from '../../shared/i18n';
import type { Result } from '../../shared/util/result';
import type { Sha256 } from '../../shared/model/ids';

/** What document import needs from PDF validation (implemented by ./pdf/inspect.ts). */
export type PdfGateInfo = { pages: number; title: string | null; sha256: Sha256; sizeBytes: number; warnings: Message[] };
export type PdfGate = {
  inspect(
    bytes: Uint8Array,
    opts?: { password?: string; onProgress?: (p: { phase: 'hashing' | 'validating'; fraction: number }) => void },
  ): Promise<Result<PdfGateInfo>>;
  close(): Promise<void>;
};
