import { useEffect, useState } from 'react';
import type { DocumentId } from '../../../shared/model/ids';
import { useApi } from '../../app/api-context';

/**
 * Titles of documents in the published meetings this user sees, for the download panel (the relay status
 * names documents by id only). Loaded only while `active`, refreshed when a meeting changes.
 */
export function useDocumentTitles(active: boolean): ReadonlyMap<DocumentId, string> {
  const api = useApi();
  const [titles, setTitles] = useState<ReadonlyMap<DocumentId, string>>(new Map());
  useEffect(() => {
    if (!active) return;
    let live = true;
    const load = async () => {
      const list = await api.invoke('meetings:list');
      if (!list.ok) return;
      const next = new Map<DocumentId, string>();
      for (const m of list.value.filter((x) => x.status === 'published')) {
        const d = await api.invoke('meetings:get', { meetingId: m.id });
        if (d.ok) for (const doc of d.value.documents) next.set(doc.id, doc.title);
      }
      if (live) setTitles(next);
    };
    void load();
    const off = api.on('meetings:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [api, active]);
  return titles;
}
