import { useEffect, useState } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { ProjectorState } from '../../../shared/ipc/slices/projector';

/** The projector link's state on this laptop: read once, then every `projector:state` event. */
export function useProjectorState(api: Api): ProjectorState | null {
  const [state, setState] = useState<ProjectorState | null>(null);
  useEffect(() => {
    let alive = true;
    const off = api.on('projector:state', (s) => setState(s));
    void api.invoke('projector:state').then((r) => {
      if (alive && r.ok) setState((prev) => prev ?? r.value);
    });
    return () => {
      alive = false;
      off();
    };
  }, [api]);
  return state;
}

/** `#/screen`: the big screen's own entry, used without signing in. */
export const SCREEN_HASH = '#/screen';

export function useIsScreenRoute(): boolean {
  const [on, setOn] = useState(() => window.location.hash === SCREEN_HASH);
  useEffect(() => {
    const update = () => setOn(window.location.hash === SCREEN_HASH);
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return on;
}
