import type { CommandAck } from '../../shared/meeting-live/commands';
import type { MeetingPackage } from '../../shared/model/package';
import type { Result } from '../../shared/util/result';
import type { CommandContext, CommandProcessorLike } from './command-types';
import type { Confidential } from './confidential';
import { stripHash } from './package-view';

/**
 * Wraps the meeting's command processor for the recall of confidential documents: an applied `meeting:close`
 * starts the recall, and every live view carries the recall state for its viewer (confidential.ts). A meeting
 * found closed when the processor is created (the relay stopped between the close and the recall) is recalled
 * then.
 */
export function withRecall(
  processor: CommandProcessorLike,
  deps: { confidential: Confidential; meetingPackage: () => MeetingPackage | null; now: () => number },
): CommandProcessorLike {
  const { confidential } = deps;
  const observe = (ctx: CommandContext, r: Result<CommandAck>): Result<CommandAck> => {
    if (r.ok && r.value.type === 'meeting:close') confidential.startRecall(ctx.meetingId, 'meeting_close', r.value.at);
    return r;
  };

  const pkg = deps.meetingPackage();
  const someone = pkg?.participants[0];
  if (pkg && someone && !confidential.recall(pkg.meeting.id)) {
    const ctx: CommandContext = { userId: someone.userId, role: someone.role, meetingId: pkg.meeting.id, online: false };
    const v = processor.view(ctx);
    if (v?.phase === 'closed') confidential.startRecall(pkg.meeting.id, 'meeting_close', v.closedAt ?? deps.now());
  }

  const wrapped: CommandProcessorLike = {
    handle: (ctx, command) => observe(ctx, processor.handle(ctx, command)),
    view(ctx) {
      const v = processor.view(ctx);
      const current = deps.meetingPackage();
      const me = current?.participants.find((p) => p.userId === ctx.userId);
      if (!v || !current || current.meeting.id !== v.meetingId || !me) return v;
      return { ...v, recall: confidential.view(current, stripHash(me), ctx.laptopId ?? null) };
    },
    subscribe(listener) {
      const offs = [processor.subscribe(listener), confidential.onChange(listener)];
      return () => offs.forEach((o) => o());
    },
    close: () => processor.close(),
  };
  if (processor.submit) {
    const submit = processor.submit.bind(processor);
    wrapped.submit = (ctx, command, reply) => submit(ctx, command, (r) => reply(observe(ctx, r)));
  }
  if (processor.handleBatch) {
    const batch = processor.handleBatch.bind(processor);
    wrapped.handleBatch = (items) => batch(items).map((r, i) => observe(items[i]!.ctx, r));
  }
  if (processor.notifyPresenceChanged) wrapped.notifyPresenceChanged = processor.notifyPresenceChanged.bind(processor);
  return wrapped;
}
