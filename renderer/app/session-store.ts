const TOKEN_STORAGE_KEY = 'phg.session';

/** The session token survives a reload of this tab (sessionStorage), never a new tab or a restart. */
export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(TOKEN_STORAGE_KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null): void {
    try {
      if (token) sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
      else sessionStorage.removeItem(TOKEN_STORAGE_KEY);
    } catch {
      // No storage: the session then ends with the page.
    }
  },
};
