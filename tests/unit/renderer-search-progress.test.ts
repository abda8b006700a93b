import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import type { SearchStatus } from '../../shared/ipc/slices/viewer';
import type { MeetingId } from '../../shared/model/ids';
import { indexProgressView } from '../../renderer/features/search/index-progress';

const status = (over: Partial<SearchStatus>): SearchStatus => ({
  meetingId: 'm1' as MeetingId,
  documents: 40,
  indexed: 12,
  unavailable: [],
  pagesDone: 300,
  pagesTotal: 1200,
  running: true,
  ...over,
});

const caption = (v: ReturnType<typeof indexProgressView>, locale: 'vi' | 'en') =>
  v.kind === 'none' ? null : translate(locale, v.caption.key, v.caption.params);

describe('search indexing progress shown to the delegate', () => {
  it('counts documents and pages while indexing, the bar following pages', () => {
    const v = indexProgressView(status({}));
    expect(v.kind).toBe('indexing');
    expect(v.kind === 'indexing' && v.fraction).toBe(0.25);
    expect(caption(v, 'vi')).toBe('Đang lập chỉ mục tìm kiếm: 12/40 tài liệu (300/1.200 trang)');
    expect(caption(v, 'en')).toBe('Indexing for search: 12/40 documents (300/1,200 pages)');
  });

  it('says how many documents can be searched once indexing ends, and nothing without documents', () => {
    const v = indexProgressView(status({ running: false, indexed: 39, pagesDone: 1200 }));
    expect(v.kind).toBe('ready');
    expect(caption(v, 'vi')).toBe('Tìm được trong 39 tài liệu.');
    expect(indexProgressView(null).kind).toBe('none');
    expect(indexProgressView(status({ documents: 0, indexed: 0, pagesDone: 0, pagesTotal: 0, running: false })).kind).toBe('none');
  });

  it('falls back to documents when page counts are not known yet, and never leaves 0..1', () => {
    const v = indexProgressView(status({ pagesDone: 0, pagesTotal: 0, indexed: 10 }));
    expect(v.kind === 'indexing' && v.fraction).toBe(0.25);
    const over = indexProgressView(status({ pagesDone: 1300 }));
    expect(over.kind === 'indexing' && over.fraction).toBe(1);
  });
});
