export { createCommandProcessor } from './processor';
export { COMMANDS_MIGRATIONS } from './migrations';
export type { CommandContext, CommandProcessor, CommandProcessorConfig, MeetingParticipantInfo } from './types';
export { DEFAULT_SPEAKING_LIMIT_SEC } from './types';
