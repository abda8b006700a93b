import { MeetingBodyPicker } from '../bodies/MeetingBodyPicker';
import { useState } from 'react';
import type { AgendaItemId } from '../../../shared/model/ids';
import type { DocumentMeta, MeetingDetail } from '../../../shared/model/types';
import { Alert } from '../../components/Alert';
import { Tabs, tabPanelProps } from '../../components/Tabs';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import type { MeetingTab } from '../../app/route';
import { buildTree, flatten } from '../agenda/agenda-tree';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { AgendaItemPanel } from '../agenda/AgendaItemPanel';
import { NewItemPanel } from '../agenda/NewItemPanel';
import { OpenDocument } from '../documents/OpenDocument';
import { RosterPanel } from '../roster/RosterPanel';
import { useRoster } from '../roster/useRoster';
import { MeetingForm } from './MeetingForm';

type Props = { detail: MeetingDetail; tab: MeetingTab; onTab(tab: MeetingTab): void; refresh(): Promise<void> };

type Selection = { kind: 'item'; id: AgendaItemId } | { kind: 'new'; parentId: AgendaItemId | null } | null;

/** The secretariat's workspace: agenda + documents, roster, meeting details. */
export function SecretariatMeeting({ detail, tab, onTab, refresh }: Props) {
  const api = useApi();
  const { t, errorText } = useI18n();
  const { meeting, agenda, documents } = detail;
  const roster = useRoster(meeting.id);
  const [selection, setSelection] = useState<Selection>(null);
  const [openDoc, setOpenDoc] = useState<DocumentMeta | null>(null);
  const nodes = flatten(buildTree(agenda));

  // Default to the first item; fall back to it when the selected one was removed.
  const effective: Selection =
    selection?.kind === 'new' || (selection?.kind === 'item' && nodes.some((n) => n.item.id === selection.id))
      ? selection
      : nodes[0]
        ? { kind: 'item', id: nodes[0].item.id }
        : { kind: 'new', parentId: null };
  const selectedNode = effective?.kind === 'item' ? nodes.find((n) => n.item.id === effective.id) : undefined;

  const tabs = [
    { key: 'agenda', label: t('meetingPage.tab.agenda') },
    { key: 'roster', label: t('meetingPage.tab.roster') },
    { key: 'details', label: t('meetingPage.tab.details') },
  ] as const;

  return (
    <>
      <Tabs tabs={tabs} current={tab} label={t('meetingPage.tabs')} onSelect={onTab} />
      <div className="tab-panel" {...tabPanelProps(tab)}>
        {roster.error ? <Alert tone="error">{errorText(roster.error)}</Alert> : null}
        {tab === 'agenda' && openDoc ? <OpenDocument document={openDoc} onClose={() => setOpenDoc(null)} /> : null}
        {tab === 'agenda' && !openDoc ? (
          <div className="workspace">
            <aside className="workspace__side">
              <AgendaEditor
                items={agenda}
                selectedId={effective?.kind === 'item' ? effective.id : null}
                onSelect={(id) => setSelection({ kind: 'item', id })}
                onAdd={() => setSelection({ kind: 'new', parentId: null })}
                onMove={async (req) => {
                  const r = await api.invoke('agenda:move', req);
                  await refresh();
                  return r.ok;
                }}
              />
            </aside>
            <div className="workspace__main">
              {effective?.kind === 'new' ? (
                <NewItemPanel
                  meetingId={meeting.id}
                  parent={agenda.find((a) => a.id === effective.parentId) ?? null}
                  onCreated={(id) => setSelection({ kind: 'item', id })}
                  onCancel={() => setSelection(null)}
                  refresh={refresh}
                />
              ) : selectedNode ? (
                <AgendaItemPanel
                  meeting={meeting}
                  item={selectedNode.item}
                  number={selectedNode.number}
                  documents={documents}
                  roster={roster.people ?? []}
                  onAddSub={(parentId) => setSelection({ kind: 'new', parentId })}
                  onRemoved={() => setSelection(null)}
                  onOpen={setOpenDoc}
                  refresh={refresh}
                />
              ) : (
                <p className="empty">{t('agenda.selectPrompt')}</p>
              )}
            </div>
          </div>
        ) : null}
        {tab === 'roster' ? (
          <RosterPanel meetingId={meeting.id} people={roster.people} onReplace={roster.replace} onRefresh={() => void roster.refresh()} />
        ) : null}
        {tab === 'details' ? (
          <section className="page--narrow" aria-labelledby="details-heading">
            <h2 id="details-heading" className="page__subtitle">
              {t('meetingForm.editHeading')}
            </h2>
            <MeetingForm
              key={meeting.id}
              meeting={meeting}
              submitLabel={t('common.save')}
              onSubmit={async (patch) => {
                const r = await api.invoke('meetings:update', { meetingId: meeting.id, patch });
                if (!r.ok) return r.error;
                await refresh();
                return null;
              }}
            />
            <MeetingBodyPicker meetingId={meeting.id} />
          </section>
        ) : null}
      </div>
    </>
  );
}
