import type { Participant } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { roleKey } from '../../app/labels';
import './roster.css';

type Props = { people: readonly Participant[]; canEdit: boolean; onEdit(p: Participant): void; onRemove(p: Participant): void };

export function RosterTable({ people, canEdit, onEdit, onRemove }: Props) {
  const { t } = useI18n();
  return (
    <table className="table roster-table">
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('roster.col.index')}
          </th>
          <th scope="col">{t('roster.col.fullName')}</th>
          <th scope="col">{t('roster.col.title')}</th>
          <th scope="col">{t('roster.col.unit')}</th>
          <th scope="col">{t('roster.col.group')}</th>
          <th scope="col">{t('roster.col.role')}</th>
          <th scope="col">{t('roster.col.username')}</th>
          {canEdit ? <th scope="col">{t('roster.col.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {people.map((p, i) => (
          <tr key={p.userId} data-testid="roster-row">
            <td className="num">{i + 1}</td>
            <th scope="row" className="roster-table__name">
              {p.fullName}
            </th>
            <td>{p.title}</td>
            <td>{p.unit}</td>
            <td>{p.group}</td>
            <td>{t(roleKey(p.role))}</td>
            <td className="mono">{p.username}</td>
            {canEdit ? (
              <td className="nowrap">
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => onEdit(p)}
                  aria-label={t('roster.editPerson', { name: p.fullName })}
                >
                  {t('common.edit')}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn--small btn--danger-ghost"
                  onClick={() => onRemove(p)}
                  aria-label={t('roster.removePerson', { name: p.fullName })}
                >
                  {t('common.delete')}
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
