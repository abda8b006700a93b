import type { UserId } from '../../model/ids';
import type { User } from '../../model/types';

/** An account on this laptop as the secretariat's accounts screen shows it. */
export type Account = User & { disabled: boolean };

/**
 * The secretariat's accounts screen: every account on this laptop; disable / enable one (a disabled account
 * cannot sign in here, and its open sessions end). Passwords are reset with `roster:set-password`.
 */
export type AccountsContract = {
  'accounts:list': { req: void; res: Account[] };
  'accounts:set-disabled': { req: { userId: UserId; disabled: boolean }; res: Account };
};

export const ACCOUNTS_CHANNELS = ['accounts:list', 'accounts:set-disabled'] as const satisfies readonly (keyof AccountsContract)[];
