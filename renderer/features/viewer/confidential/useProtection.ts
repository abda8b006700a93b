import { useEffect, useMemo, useState } from 'react';
import type { Api } from '../../../../shared/ipc/contract';
import type { WatermarkIdentity } from '../../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../../shared/model/types';
import { useI18n } from '../../../app/i18n';
import { msToNextMinute, watermarkText } from './watermark-text';

let viewers = 0;

/**
 * Tells the services which document this viewer shows (`viewer:protection`: while a confidential one is
 * open, the Electron window is protected from screen capture) and returns who to mark its pages with.
 * One id per viewer, so switching document in place never lets the protection drop in between.
 */
export function useProtection(api: Api, doc: DocumentMeta): WatermarkIdentity | null {
  const viewerId = useMemo(() => `viewer-${++viewers}-${Math.random().toString(36).slice(2, 10)}`, []);
  const [got, setGot] = useState<{ documentId: string; who: WatermarkIdentity | null } | null>(null);
  useEffect(() => {
    let live = true;
    void api.invoke('viewer:protection', { viewerId, documentId: doc.id }).then((r) => {
      if (live && r.ok) setGot({ documentId: doc.id, who: r.value.watermark });
    });
    return () => {
      live = false;
    };
  }, [api, viewerId, doc.id]);
  useEffect(() => () => void api.invoke('viewer:protection', { viewerId, documentId: null }), [api, viewerId]);
  return got && got.documentId === doc.id ? got.who : null;
}

/** The current minute, refreshed on the minute while `running`. */
function useMinute(running: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return;
    let timer = 0;
    const tick = () => {
      setNow(new Date());
      timer = window.setTimeout(tick, msToNextMinute(Date.now()));
    };
    timer = window.setTimeout(tick, msToNextMinute(Date.now()));
    return () => clearTimeout(timer);
  }, [running]);
  return now;
}

/**
 * The watermark line of a confidential document (null for an ordinary one). Until the services answer
 * with the reader's roster entry, the signed-in name alone: a confidential page is never shown unmarked.
 */
export function useWatermarkText(doc: DocumentMeta, who: WatermarkIdentity | null, fallbackName: string | null): string | null {
  const { t } = useI18n();
  const secret = doc.confidentiality === 'mat';
  const now = useMinute(secret);
  if (!secret) return null;
  return watermarkText(t, who ?? { fullName: fallbackName ?? '', unit: '', group: '' }, now);
}
