/*
 * Child process for commands-crash.test.ts and elections-crash.test.ts: a stand-in relay that applies commands
 * read from stdin ("cast <userId> <commandId> <voteId> <optionId>" for vote:cast, or "cmd <userId> <json>" for
 * any delegate command) and prints "ack <commandId>" once each is committed. The parent kills it with SIGKILL
 * at an arbitrary point.
 */
import { createInterface } from 'node:readline';
import { createCommandProcessor } from '../../electron/relay/commands';
import type { MeetingParticipantInfo } from '../../electron/relay/commands';
import type { BodyKind } from '../../shared/model/bodies';
import type { MeetingId, UserId } from '../../shared/model/ids';

const [file, meetingId, bodyKind, participantsJson] = process.argv.slice(2) as [string, string, string, string];
const participants = JSON.parse(participantsJson) as MeetingParticipantInfo[];
const processor = createCommandProcessor({
  file,
  meeting: { meetingId: meetingId as MeetingId, bodyKind: bodyKind as BodyKind, participants },
  now: () => Date.now(),
  isOnline: () => true,
});
process.stdout.write('ready\n');

const rl = createInterface({ input: process.stdin });
rl.on('line', (line) => {
  const [verb, userId, ...rest] = line.trim().split(' ');
  let command: { commandId?: unknown } & Record<string, unknown>;
  if (verb === 'cast') {
    const [commandId, voteId, optionId] = rest;
    command = { type: 'vote:cast', commandId, voteId, optionId };
  } else if (verb === 'cmd') {
    command = JSON.parse(rest.join(' ')) as typeof command;
  } else return;
  const r = processor.handle({ userId: userId as UserId, role: 'delegate', meetingId: meetingId as MeetingId, online: true }, command);
  process.stdout.write(r.ok ? `ack ${String(command.commandId)}\n` : `err ${String(command.commandId)} ${r.error.code}\n`);
});
