import type { AppError } from '../../shared/util/result';

/** Thrown inside handlers (and the services they call) and turned into `{ ok: false, error }` by the dispatcher. */
export class Denied extends Error {
  constructor(public readonly error: AppError) {
    super(error.message);
  }
}
