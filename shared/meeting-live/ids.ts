import type { Brand } from '../util/brand';
import { isIdShape } from '../model/ids';

/** Client-generated, unique per sender: the idempotency key of a command. */
export type CommandId = Brand<string, 'CommandId'>;
/** Relay-generated id of a vote. */
export type VoteId = Brand<string, 'VoteId'>;
/** Option id within one vote ("o1", "o2", ...), assigned by the relay from the option's position. */
export type VoteOptionId = Brand<string, 'VoteOptionId'>;
/** Relay-generated id of a request for the floor. */
export type SpeakerRequestId = Brand<string, 'SpeakerRequestId'>;

export const isCommandId = (v: unknown): v is CommandId => isIdShape(v);
export const isVoteId = (v: unknown): v is VoteId => isIdShape(v);
export const isVoteOptionId = (v: unknown): v is VoteOptionId => isIdShape(v);
export const isSpeakerRequestId = (v: unknown): v is SpeakerRequestId => isIdShape(v);

/** Option ids follow the option's 1-based position, so they are stable and readable in exports. */
export const optionIdAt = (index: number): VoteOptionId => `o${index + 1}` as VoteOptionId;

/** Relay-generated id of a prepared election or confidence rating (its rounds share it). */
export type ElectionId = Brand<string, 'ElectionId'>;
/** Relay-generated id of one round (first, further round or runoff) of an election. */
export type ElectionRoundId = Brand<string, 'ElectionRoundId'>;
export const isElectionId = (v: unknown): v is ElectionId => isIdShape(v);
export const isElectionRoundId = (v: unknown): v is ElectionRoundId => isIdShape(v);
