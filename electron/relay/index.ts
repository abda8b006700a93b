/**
 * The LAN relay's one entry. Everything outside electron/relay/ (the laptop hosting a meeting, the demo
 * launcher, tests) imports the relay from here; the boundary check refuses deep imports from the laptop.
 */
export { createRelay } from './relay';
export type { Relay, RelayEvent, RelayStats } from './relay';
export type { MeetingCommandOptions, RelayConfig, RelayLimits, RelayLogger } from './config';
export { DEFAULT_LIMITS } from './config';
export { loadOrCreateTls, readTlsFiles } from './tls';
export type { RelayTls, RelayTlsInfo } from './tls';
export { validatePackage } from './package-store';
export { runRelayCli } from './cli-main';
export type { RelayCliExtras } from './cli-main';
export { advertiseRelay } from './discovery';
export type { RelayAdvertiser } from './discovery';
// The official record (./record): read a command database read-only and verify its log offline.
export { readRecordRows, snapshotDatabase } from './record/read';
export type { ReadFailure, RecordRows } from './record/read';
export { readClosedRounds } from './record/read-elections';
export type { ClosedRoundRecord } from './record/read-elections';
export { verifyRecord } from './record/verify';
export type { VerifyCheck, VerifyInput, VerifyReport } from './record/verify';
export { keyFingerprint } from './record/chain';
export type { CheckpointRow } from './record/chain';
