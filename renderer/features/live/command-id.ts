import type { Command } from '../../../shared/meeting-live/commands';
import type { CommandId } from '../../../shared/meeting-live/ids';

/** A command as a component builds it; the id is added when it is sent. */
export type CommandBody = Command extends infer C ? (C extends Command ? Omit<C, 'commandId'> : never) : never;

/** The last command sent that has not been acknowledged: a resend of the same body reuses its id. */
export type PendingCommand = { key: string; commandId: CommandId };

/** Stable key of a body (field order independent), to recognise "the same command again". */
export function commandKey(body: CommandBody): string {
  const o = body as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );
}

/**
 * The relay is idempotent by command id: a retry after a lost answer must carry the same id, so it is
 * applied once. A different command (e.g. another option) gets a fresh id.
 */
export function assignCommandId(
  pending: PendingCommand | null,
  body: CommandBody,
  fresh: () => string,
): { command: Command; pending: PendingCommand } {
  const key = commandKey(body);
  const commandId = (pending && pending.key === key ? pending.commandId : fresh()) as CommandId;
  return { command: { ...body, commandId } as Command, pending: { key, commandId } };
}

/** crypto.randomUUID(): 36 characters of [0-9a-f-], within the relay's id shape (1–64 of [A-Za-z0-9_-]). */
export const newCommandId = (): string => crypto.randomUUID();
