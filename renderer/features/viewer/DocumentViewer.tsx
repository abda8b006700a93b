import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Api } from '../../../shared/ipc/contract';
import type { SearchHit, ViewerState, ZoomSetting } from '../../../shared/ipc/slices/viewer';
import type { DocumentMeta } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { useSessionUser } from '../../app/session-user';
import type { Me } from '../annotations/store';
import { ErrorPanel } from './components/ErrorPanel';
import { PasswordPrompt } from './components/PasswordPrompt';
import { ReadyViewer, type Jump } from './components/ReadyViewer';
import { SnapshotOverlay } from './components/SnapshotOverlay';
import { useOpenedPdf, type OpenState } from './hooks/useOpenedPdf';
import { useSnapshotPlaceholder } from './hooks/useSnapshotPlaceholder';
import { viewerRuntime } from './pdf/runtime';
import { holdEncoding } from './render/snapshot-encoder';
import { useSavedViewerState } from './hooks/useViewerState';
import './viewer.css';
import './viewer-panels.css';
import './text-layer.css';
import './snapshot.css';
import { Icon } from '../../components/Icon';
import { refusalKey, useLeakGuards } from './confidential/useLeakGuards';
import { useProtection, useWatermarkText } from './confidential/useProtection';
import './confidential/confidential.css';

export type DocumentViewerProps = {
  api: Api;
  document: DocumentMeta;
  onClose: () => void;
  /** Open at this page instead of where the delegate left off (e.g. from a search result). */
  initialPage?: number;
  /** Open with find-in-document running for this query, its match on `initialPage` current. */
  initialQuery?: string;
  /** Open at this zoom instead of the saved one (the live screen's reading mode: fit the width). */
  initialZoom?: ZoomSetting;
  /** Move to this page whenever `nonce` changes (large page-turn buttons outside the viewer). */
  goTo?: { page: number; nonce: number };
  /** The page in view changed. */
  onPageChange?(page: number): void;
};

/**
 * The document viewer: pdf.js in a worker, continuous scrolling that renders only pages near the screen,
 * thumbnails, outline, zoom, rotation, find (diacritics optional), annotations and meeting-wide search.
 * Opening another document from a search result switches in place.
 */
export function DocumentViewer(props: DocumentViewerProps) {
  const [doc, setDoc] = useState(props.document);
  const [jump, setJump] = useState<Jump | null>(
    props.initialPage || props.initialQuery
      ? { page: props.initialPage ?? 1, ...(props.initialQuery ? { query: props.initialQuery } : {}), nonce: 1 }
      : null,
  );
  const { api } = props;
  // Signed in: known at once (the reopen picture is the reader's own); otherwise asked of the services.
  const sessionUser = useSessionUser();
  const [asked, setAsked] = useState<Me | null>(null);
  const me = useMemo<Me | null>(() => (sessionUser ? { id: sessionUser.id, fullName: sessionUser.fullName } : asked), [sessionUser, asked]);
  const { t } = useI18n();
  // Confidential ("mật"): pages marked with the reader, window protected, no print, save or copy.
  const reader = useProtection(api, doc);
  const watermark = useWatermarkText(doc, reader, me?.fullName ?? null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const guards = useLeakGuards(doc.confidentiality === 'mat', root);
  const goTo = props.goTo;
  // A request already there when the viewer opened is not a new one: only later ones move the page.
  const openedWithGoTo = useRef(goTo?.nonce);
  useEffect(() => {
    if (goTo && goTo.nonce !== openedWithGoTo.current) setJump({ page: goTo.page, nonce: -1 - goTo.nonce }); // negative: never a search jump's
  }, [goTo?.nonce]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (sessionUser) return;
    let live = true;
    void api.invoke('auth:me').then((r) => {
      if (live && r.ok && r.value) setAsked({ id: r.value.user.id, fullName: r.value.user.fullName });
    });
    return () => {
      live = false;
    };
  }, [api, sessionUser]);

  const onOpenHit = useCallback(
    async (hit: SearchHit, query: string) => {
      const next = { page: hit.page, query, nonce: Date.now() };
      if (hit.documentId === doc.id) return setJump(next);
      const r = await api.invoke('meetings:get', { meetingId: doc.meetingId });
      const target = r.ok ? r.value.documents.find((d) => d.id === hit.documentId) : undefined;
      if (!target) return;
      setJump(next);
      setDoc(target);
    },
    [api, doc.id, doc.meetingId],
  );

  return (
    <div ref={setRoot} className="pv" data-testid="document-viewer" data-document-id={doc.id}>
      <ViewerSession
        key={doc.id}
        api={api}
        doc={doc}
        me={me}
        watermark={watermark}
        jump={jump}
        onClose={props.onClose}
        onOpenHit={onOpenHit}
        {...(props.initialZoom !== undefined ? { initialZoom: props.initialZoom } : {})}
        {...(props.onPageChange ? { onPageChange: props.onPageChange } : {})}
      />
      {guards.refusal ? (
        <p key={guards.refusal.n} className="pv-refusal" role="alert" data-testid="viewer-refused" data-reason={guards.refusal.reason}>
          {t(refusalKey(guards.refusal.reason))}
          <button type="button" className="icon-btn" aria-label={t('common.close')} title={t('common.close')} onClick={guards.dismiss}>
            <Icon name="close" size={18} />
          </button>
        </p>
      ) : null}
      {watermark ? <div className="pv-print-refusal">{t('viewer.confidential.printRefused')}</div> : null}
    </div>
  );
}

type SessionProps = {
  api: Api;
  doc: DocumentMeta;
  me: Me | null;
  /** The watermark line of a confidential document, null for an ordinary one. */
  watermark: string | null;
  jump: Jump | null;
  initialZoom?: ZoomSetting;
  onClose(): void;
  onOpenHit(hit: SearchHit, query: string): void;
  onPageChange?(page: number): void;
};

/**
 * One opened document. While pdf.js opens it, the picture of the page the reader left (if the viewer has
 * one for exactly this view) is shown where that page will appear, until the real page is drawn.
 */
function ViewerSession(p: SessionProps) {
  const { state, retry } = useOpenedPdf(p.api, p.doc);
  const saved = useSavedViewerState(p.api, p.doc.id);
  const snapshot = useSnapshotPlaceholder(viewerRuntime(p.api), p.doc, p.me?.id ?? null, {
    saved,
    page: p.jump?.page ?? null,
    zoom: p.initialZoom ?? null,
  });
  const [covered, setCovered] = useState(true);
  // Until its real page is drawn, encoding other pictures would compete with pdf.js for the CPU.
  const opening = covered && (state.status === 'loading' || state.status === 'ready');
  useEffect(() => (opening ? holdEncoding() : undefined), [opening]);
  // The picture is drawn in a frame of its own before the page column (hundreds of boxes) is built.
  const [presented, setPresented] = useState(false);
  // Any input means the reader is acting on the real viewer: the static picture must not stay over it.
  useEffect(() => {
    if (!snapshot || !covered) return;
    const uncover = () => setCovered(false);
    const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, uncover, { capture: true, passive: true });
    return () => {
      for (const e of events) window.removeEventListener(e, uncover, { capture: true });
    };
  }, [snapshot, covered]);
  const showing =
    snapshot !== null && covered && (state.status === 'loading' || (state.status === 'ready' && snapshot.page <= state.pdf.numPages));
  // Gone once its page is drawn; never shown at all if it comes after the real pages (a slow disk read).
  const onPagePainted = useCallback((n: number) => (!snapshot || n === snapshot.page) && setCovered(false), [snapshot]);
  return (
    <>
      <SessionBody {...p} state={state} retry={retry} saved={saved} hold={showing && !presented} onPagePainted={onPagePainted} />
      {showing ? <SnapshotOverlay snapshot={snapshot} watermark={p.watermark} onPresented={() => setPresented(true)} /> : null}
    </>
  );
}

function SessionBody(
  p: SessionProps & { state: OpenState; retry(): void; saved: ViewerState | undefined; hold: boolean; onPagePainted(page: number): void },
): ReactNode {
  const { t } = useI18n();
  const { state, retry, saved } = p;
  switch (state.status) {
    case 'loading':
      return (
        <div className="pv-center" role="status" data-testid="viewer-loading">
          <span className="pv-spinner" aria-hidden /> {t('viewer.loading')}
        </div>
      );
    case 'password':
      return (
        <div className="pv-center">
          <PasswordPrompt request={state.request} onClose={() => {}} />
        </div>
      );
    case 'locked':
      return (
        <div className="pv-center">
          <div className="pv-panel" data-testid="viewer-locked">
            <h2 className="pv-panel__title">
              <Icon name="lock" /> {t('viewer.password.title')}
            </h2>
            <p>{t('viewer.password.locked')}</p>
            <div className="pv-panel__actions">
              <button type="button" className="btn btn--primary" onClick={retry}>
                {t('viewer.password.enter')}
              </button>
              <button type="button" className="btn" onClick={p.onClose}>
                {t('viewer.close')}
              </button>
            </div>
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="pv-center">
          <ErrorPanel error={state.error} onRetry={retry} onClose={p.onClose} />
        </div>
      );
    case 'ready':
      // The file is opened while who-am-I and the saved place are fetched; both are long back by now.
      if (!saved || !p.me || p.hold) return null;
      return (
        <ReadyViewer
          api={p.api}
          doc={p.doc}
          pdf={state.pdf}
          firstPage={state.first}
          me={p.me}
          watermark={p.watermark}
          initial={{ ...saved, ...(p.jump ? { page: p.jump.page } : {}), ...(p.initialZoom !== undefined ? { zoom: p.initialZoom } : {}) }}
          jump={p.jump}
          onPagePainted={p.onPagePainted}
          onClose={p.onClose}
          onOpenHit={p.onOpenHit}
          {...(p.onPageChange ? { onPageChange: p.onPageChange } : {})}
        />
      );
    default: {
      const never: never = state;
      return never;
    }
  }
}
