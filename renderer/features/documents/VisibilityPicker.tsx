import type { UserId } from '../../../shared/model/ids';
import type { Participant, Visibility } from '../../../shared/model/types';
import { useI18n } from '../../app/i18n';
import { roleKey } from '../../app/labels';
import { rosterGroups, toggle, visibilityOfKind } from './doc-form';

type Props = { value: Visibility; roster: readonly Participant[]; onChange(v: Visibility): void; name: string };

const KINDS = ['everyone', 'groups', 'delegates'] as const;

/** Who may see a document: everyone, some delegate groups, or named people from the roster. */
export function VisibilityPicker({ value, roster, onChange, name }: Props) {
  const { t } = useI18n();
  const groups = rosterGroups(roster);
  // Chair and secretariat always see everything, so only delegates and guests are worth naming.
  const people = roster.filter((p) => p.role === 'delegate' || p.role === 'guest');
  return (
    <fieldset className="fieldset visibility">
      <legend className="field__label">{t('documents.visibility')}</legend>
      <div className="radio-row">
        {KINDS.map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${name}-kind`} value={k} checked={value.kind === k} onChange={() => onChange(visibilityOfKind(k))} />
            {t(`visibility.${k}`)}
          </label>
        ))}
      </div>
      {value.kind === 'groups' ? (
        groups.length === 0 ? (
          <p className="hint">{t('visibility.noGroups')}</p>
        ) : (
          <div className="choice-list" role="group" aria-label={t('visibility.groups')}>
            {groups.map((g) => (
              <label key={g} className="choice">
                <input
                  type="checkbox"
                  checked={value.groups.includes(g)}
                  onChange={(e) => onChange({ kind: 'groups', groups: toggle(value.groups, g, e.target.checked) })}
                />
                {g}
              </label>
            ))}
          </div>
        )
      ) : null}
      {value.kind === 'delegates' ? (
        people.length === 0 ? (
          <p className="hint">{t('visibility.noPeople')}</p>
        ) : (
          <div className="choice-list choice-list--people" role="group" aria-label={t('visibility.delegates')}>
            {people.map((p) => (
              <label key={p.userId} className="choice">
                <input
                  type="checkbox"
                  checked={value.userIds.includes(p.userId)}
                  onChange={(e) => onChange({ kind: 'delegates', userIds: toggle<UserId>(value.userIds, p.userId, e.target.checked) })}
                />
                <span>
                  {p.fullName}
                  <span className="muted small"> · {[p.group, t(roleKey(p.role))].filter(Boolean).join(' · ')}</span>
                </span>
              </label>
            ))}
          </div>
        )
      ) : null}
    </fieldset>
  );
}
