import { useState } from 'react';

/** Whether the find bar is open, and the query it opens with (a new seed remounts it via `key`). */
export function useFindBar() {
  const [open, setOpen] = useState(false);
  const [seed, setSeed] = useState('');
  const [key, setKey] = useState(0);
  return {
    open,
    seed,
    key,
    show: () => setOpen(true),
    hide: () => setOpen(false),
    /** Opens the bar anew with `query` (a search result was opened). */
    seedWith(query: string) {
      setSeed(query);
      setKey((k) => k + 1);
      setOpen(true);
    },
  };
}
