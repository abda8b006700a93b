import type { ImportPhase } from '../../../shared/ipc/slices/core';

export type ImportProgress = { phase: ImportPhase; fraction: number; message?: string };

/**
 * Overall progress weights the phases so the bar only moves forward: reading and hashing are quick,
 * pdf.js validation takes most of the time.
 */
const PHASE_SPAN: Record<ImportPhase, [number, number]> = {
  reading: [0, 0.05],
  hashing: [0.05, 0.15],
  validating: [0.15, 0.9],
  storing: [0.9, 0.98],
  done: [1, 1],
  failed: [1, 1],
};

export const overallFraction = (p: ImportProgress): number => {
  const [from, to] = PHASE_SPAN[p.phase];
  return from + (to - from) * Math.max(0, Math.min(1, p.fraction));
};
