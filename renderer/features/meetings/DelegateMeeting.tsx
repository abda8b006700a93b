import { useState } from 'react';
import type { DocumentMeta, MeetingDetail } from '../../../shared/model/types';
import { DelegateAgenda } from '../agenda/DelegateAgenda';
import { AgendaOutline } from '../agenda/AgendaOutline';
import { OpenDocument } from '../documents/OpenDocument';
import { MeetingIndexProgress } from '../search';

/** A delegate's view of a published meeting: agenda outline on the left, items with documents in the main column. */
export function DelegateMeeting({ detail }: { detail: MeetingDetail }) {
  const [openDoc, setOpenDoc] = useState<DocumentMeta | null>(null);
  if (openDoc) {
    return (
      <div className="meeting__body">
        <OpenDocument document={openDoc} onClose={() => setOpenDoc(null)} />
      </div>
    );
  }
  return (
    <div className="meeting__body workspace">
      <aside className="workspace__side">
        <AgendaOutline items={detail.agenda} />
      </aside>
      <div className="workspace__main">
        <MeetingIndexProgress meetingId={detail.meeting.id} />
        <DelegateAgenda items={detail.agenda} documents={detail.documents} onOpen={setOpenDoc} />
      </div>
    </div>
  );
}
