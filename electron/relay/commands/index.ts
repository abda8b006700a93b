export { createCommandProcessor } from './processor';
export { COMMANDS_MIGRATIONS } from './migrations';
export type { CommandContext, CommandProcessor, CommandProcessorConfig, MeetingParticipantInfo } from './types';
export { DEFAULT_SPEAKING_LIMIT_SEC } from './types';
export { SECRET_BATCH_DEADLINE_MS, SECRET_BATCH_SIZE, withBallotBatching } from './ballot-batcher';
export type { BallotBatcherOptions, BatchingProcessor } from './ballot-batcher';
