import { useEffect, useState } from 'react';
import { parseLiveRoute, type LiveRoute } from './live-route';

/** The live/projector route of the current hash (null for every other screen). */
export function useLiveRoute(): LiveRoute | null {
  const [route, setRoute] = useState<LiveRoute | null>(() => parseLiveRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseLiveRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
