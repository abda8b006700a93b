import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCommandProcessor, withBallotBatching } from './commands';
import type { CommandProcessorFactory } from './command-types';
import type { MeetingCommandOptions } from './config';

/**
 * The relay's default command processor: votes, attendance and speakers of the published meeting
 * (./commands), in its own SQLite file per meeting under `<dataDir>/commands/`, secret ballots batched.
 */
export const meetingCommandsFactoryWith =
  (options: MeetingCommandOptions): CommandProcessorFactory =>
  (deps) =>
    withBallotBatching(
      createCommandProcessor({
        file: join(deps.dataDir, 'commands', `${deps.pkg.meeting.id}.db`),
        meeting: {
          meetingId: deps.pkg.meeting.id,
          bodyKind: deps.pkg.meeting.bodyKind,
          participants: deps.pkg.participants.map((p) => ({ userId: p.userId, role: p.role, fullName: p.fullName, group: p.group })),
          agendaItemIds: deps.pkg.agenda.map((a) => a.id),
          date: deps.pkg.meeting.date,
          ...(deps.pkg.body ? { roster: deps.pkg.body } : {}),
        },
        ...(options.rules ? { rules: options.rules } : {}),
        now: deps.now,
        isOnline: deps.isOnline,
        ...(options.requireQuorumToOpenVote !== undefined ? { requireQuorumToOpenVote: options.requireQuorumToOpenVote } : {}),
      }),
      // Secret ballots reach disk in shuffled batches (see commands/ballot-batcher.ts and PROTOCOL.md).
      { randomBytes: (n) => randomBytes(n), ...options.secretBatch },
    );

export const meetingCommandsFactory: CommandProcessorFactory = meetingCommandsFactoryWith({});
