import type { Api } from '../../../shared/ipc/contract';
import type { DocumentId } from '../../../shared/model/ids';
import { ok, type Result } from '../../../shared/util/result';
import { useApi } from '../../app/api-context';
import { useEventQuery } from '../../app/useEventQuery';

const NO_TITLES: ReadonlyMap<DocumentId, string> = new Map();

async function loadTitles(api: Api): Promise<Result<ReadonlyMap<DocumentId, string>>> {
  const list = await api.invoke('meetings:list');
  if (!list.ok) return list;
  const next = new Map<DocumentId, string>();
  for (const m of list.value.filter((x) => x.status === 'published')) {
    const d = await api.invoke('meetings:get', { meetingId: m.id });
    if (d.ok) for (const doc of d.value.documents) next.set(doc.id, doc.title);
  }
  return ok(next);
}

/**
 * Titles of documents in the published meetings this user sees, for the download panel (the relay status
 * names documents by id only). Loaded only while `active`, refreshed when a meeting changes.
 */
export function useDocumentTitles(active: boolean): ReadonlyMap<DocumentId, string> {
  const api = useApi();
  const q = useEventQuery<ReadonlyMap<DocumentId, string>>(
    { invoke: () => loadTitles(api), subscribe: ({ reload }) => api.on('meetings:changed', reload) },
    [api],
    active,
  );
  return q.value ?? NO_TITLES;
}
