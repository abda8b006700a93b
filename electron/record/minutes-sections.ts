import { translate } from '../../shared/i18n';
import type { Minutes } from './minutes-types';
import { clockWords } from './vn-time';

/*
 * The editable sections of the minutes: the generated text of each (facts from committed rows, Vietnamese from
 * the i18n tables) and the text printed, which is the secretariat's edit where there is one. Section keys are
 * those minutes:edit accepts (MINUTES_SECTION_RE): opening, attendance, item:<agendaItemId>, closing.
 */

export type MinutesSection = { key: string; label: string; generated: string; text: string; edited: boolean };

const tv = translate.bind(null, 'vi');
const when = (ms: number | null): string => (ms === null ? tv('record.minutes.notYet') : clockWords(ms));

export function minutesSections(m: Minutes): MinutesSection[] {
  const a = m.attendance;
  const generated: { key: string; label: string; generated: string }[] = [
    {
      key: 'opening',
      label: tv('record.section.opening'),
      generated: tv('record.minutes.openingText', {
        opened: when(m.openedAt),
        chair: m.chair?.fullName ?? '…',
        items: m.items.filter((i) => i.depth === 0).length,
      }),
    },
    {
      key: 'attendance',
      label: tv('record.section.attendance'),
      generated: tv('record.minutes.attendanceSummary', {
        members: a.members,
        present: a.present,
        late: a.late,
        withLeave: a.absentWithLeave,
        withoutLeave: a.absentWithoutLeave,
        notRecorded: a.notRecorded,
      }),
    },
    ...m.items.map((it) => ({
      key: `item:${it.id}`,
      label: `${it.number}. ${it.title}`,
      generated: tv('record.minutes.itemSummary', {
        presenter: it.presenter || '…',
        documents: it.documents.length,
        speeches: it.speeches.length,
        votes: it.votes.length,
      }),
    })),
    { key: 'closing', label: tv('record.section.closing'), generated: tv('record.minutes.closing', { closed: when(m.closedAt) }) },
  ];
  return generated.map((g) => {
    const edit = m.edition.edits[g.key];
    return { ...g, text: edit ?? g.generated, edited: edit !== undefined };
  });
}

/** The printed text of one section. */
export function sectionText(sections: readonly MinutesSection[], key: string): string {
  return sections.find((s) => s.key === key)?.text ?? '';
}
