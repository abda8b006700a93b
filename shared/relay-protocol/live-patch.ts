import type { MeetingLiveView } from '../meeting-live/live-state';

/**
 * Live-view patches on the command channel. A laptop that asks for them (`?live=patch` on /commands) gets the
 * full view once after connecting, then only the top-level fields whose value changed since the frame before
 * ({ type: 'statePatch', set, unset }). The view carries the rules in force and every closed vote with its
 * legal basis, ~25 KB after five votes; sent whole to 250 laptops four times a second it is ~200 Mbit/s,
 * far beyond a room's Wi-Fi. A ballot changes `vote`, `me`, `version` and `serverNow`: a few KB.
 */
export const LIVE_PATCH_PARAM = 'live';
export const LIVE_PATCH_VALUE = 'patch';

export type LiveStatePatch = { set: Partial<MeetingLiveView>; unset: string[] };

/** Relay side, one per connection: the frame text for the newest view, full the first time, a patch after. */
export type LivePatcher = { frame(view: MeetingLiveView | null): string };

export function createLivePatcher(): LivePatcher {
  /** What the laptop holds: each top-level field as the JSON text last sent. Null: nothing (or a null view). */
  let held: Map<string, string> | null = null;
  return {
    frame(view) {
      if (view === null) {
        held = null;
        return JSON.stringify({ type: 'state', state: null });
      }
      const fields = new Map<string, string>();
      for (const [k, v] of Object.entries(view)) if (v !== undefined) fields.set(k, JSON.stringify(v));
      const before = held;
      held = fields;
      if (!before) return `{"type":"state","state":{${[...fields].map(([k, t]) => `${JSON.stringify(k)}:${t}`).join(',')}}}`;
      const set = [...fields].filter(([k, t]) => before.get(k) !== t).map(([k, t]) => `${JSON.stringify(k)}:${t}`);
      const unset = [...before.keys()].filter((k) => !fields.has(k));
      return `{"type":"statePatch","set":{${set.join(',')}},"unset":${JSON.stringify(unset)}}`;
    },
  };
}

/** Laptop side: the view after a patch (null when there is no full view to patch: wait for the next one). */
export function applyLivePatch(view: MeetingLiveView | null, patch: LiveStatePatch): MeetingLiveView | null {
  if (!view) return null;
  const next: Record<string, unknown> = { ...view, ...patch.set };
  for (const k of patch.unset) delete next[k];
  return next as MeetingLiveView;
}
