import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { Api } from '../../../../shared/ipc/contract';
import type { SearchHit, ViewRotation } from '../../../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../../../shared/model/ids';
import { useI18n } from '../../../app/i18n';
import { AnnotationPanel } from '../../annotations/AnnotationPanel';
import type { AnnotationSnapshot, AnnotationStore } from '../../annotations/store';
import { MeetingSearch } from '../../search/MeetingSearch';
import { SIDEBAR_TABS, type SidebarTab } from '../hooks/useSidebarTab';
import type { PageBox } from '../layout/page-geometry';
import { Outline, type OutlineNode } from './Outline';
import { Thumbnails } from './Thumbnails';

export type ViewerSidebarProps = {
  tab: SidebarTab;
  onTab(tab: SidebarTab): void;
  api: Api;
  meetingId: MeetingId;
  pdf: PDFDocumentProxy;
  boxes: PageBox[];
  rotation: ViewRotation;
  current: number;
  firstRendered: boolean;
  /** A confidential document's thumbnails are marked like its pages. */
  watermark: string | null;
  /** null while loading; the outline tab shows only when there is one. */
  outline: OutlineNode[] | null;
  store: AnnotationStore | null;
  snap: AnnotationSnapshot;
  onGo(page: number): void;
  onOpenHit(hit: SearchHit, query: string): void;
};

/** The viewer's sidebar: page thumbnails, outline, notes, meeting search. */
export function ViewerSidebar(p: ViewerSidebarProps) {
  const { t } = useI18n();
  const { tab } = p;
  return (
    <aside className="pv-sidebar" aria-label={t('viewer.sidebar')}>
      <div className="pv-tabs" role="tablist">
        {SIDEBAR_TABS.filter((x) => x !== 'outline' || (p.outline?.length ?? 0) > 0).map((x) => (
          <button
            key={x}
            type="button"
            role="tab"
            aria-selected={tab === x}
            className={`pv-tab${tab === x ? ' is-on' : ''}`}
            onClick={() => p.onTab(x)}
            data-tab={x}
          >
            {t(`viewer.tab.${x}`)}
            {x === 'notes' && p.snap.list.length ? ` (${p.snap.list.length})` : ''}
          </button>
        ))}
      </div>
      <div className="pv-sidebar__body">
        {tab === 'pages' && p.firstRendered ? (
          <Thumbnails
            pdf={p.pdf}
            boxes={p.boxes}
            rotation={p.rotation}
            current={p.current}
            ready={p.firstRendered}
            watermark={p.watermark}
            onGo={p.onGo}
          />
        ) : null}
        {tab === 'outline' && p.outline ? <Outline pdf={p.pdf} outline={p.outline} onGo={p.onGo} /> : null}
        {tab === 'notes' && p.store ? <AnnotationPanel store={p.store} snap={p.snap} onGo={p.onGo} /> : null}
        {tab === 'search' ? <MeetingSearch api={p.api} meetingId={p.meetingId} onOpen={p.onOpenHit} autoFocus /> : null}
      </div>
    </aside>
  );
}
