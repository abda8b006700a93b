import { useState } from 'react';
import type { Account } from '../../../shared/ipc/slices/accounts';
import type { UserId } from '../../../shared/model/ids';
import { Alert } from '../../components/Alert';
import { useApi } from '../../app/api-context';
import { useI18n } from '../../app/i18n';
import { useAction } from '../../app/useAction';
import { useEventQuery } from '../../app/useEventQuery';
import { generatePassword } from './password';
import './accounts.css';

/** A slip to hand out: the username and the password just set (kept in this screen only, never stored). */
type Slip = { userId: UserId; fullName: string; username: string; password: string };

/**
 * The secretariat's accounts: reset a delegate's password (a new one is generated and shown once), disable
 * or enable an account, and print sign-in slips for the passwords reset in this visit.
 */
export function AccountsScreen() {
  const api = useApi();
  const { t, errorText } = useI18n();
  const action = useAction();
  const q = useEventQuery<Account[]>({ invoke: () => api.invoke('accounts:list') }, [api]);
  const [slips, setSlips] = useState<Slip[]>([]);

  const reset = async (a: Account) => {
    const password = generatePassword();
    const r = await action.run(() => api.invoke('roster:set-password', { userId: a.id, password }));
    if (r) setSlips((s) => [...s.filter((x) => x.userId !== a.id), { userId: a.id, fullName: a.fullName, username: a.username, password }]);
  };
  const setDisabled = async (a: Account, disabled: boolean) => {
    const r = await action.run(() => api.invoke('accounts:set-disabled', { userId: a.id, disabled }));
    if (r && q.value) q.replace(q.value.map((x) => (x.id === a.id ? r.value : x)));
  };

  return (
    <main className="page accounts" data-testid="accounts-screen">
      <div className="page__head no-print">
        <h1 className="page__title">{t('accounts.title')}</h1>
        <button
          type="button"
          className="btn btn--primary"
          disabled={slips.length === 0}
          onClick={() => window.print()}
          data-testid="print-slips"
        >
          {t('accounts.printSlips', { n: slips.length })}
        </button>
      </div>
      <p className="hint no-print">{t('accounts.intro')}</p>
      {q.error ? <Alert tone="error">{errorText(q.error)}</Alert> : null}
      {action.error ? <Alert tone="error">{errorText(action.error)}</Alert> : null}
      {q.value ? (
        <table className="table accounts__table no-print">
          <thead>
            <tr>
              <th scope="col">{t('accounts.col.name')}</th>
              <th scope="col">{t('accounts.col.username')}</th>
              <th scope="col">{t('accounts.col.status')}</th>
              <th scope="col">{t('accounts.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {q.value.map((a) => {
              const slip = slips.find((s) => s.userId === a.id);
              return (
                <tr key={a.id} data-testid="account-row" data-username={a.username}>
                  <td>{a.fullName}</td>
                  <td className="mono">{a.username}</td>
                  <td>
                    <span className={a.disabled ? 'badge badge--secret' : 'badge badge--published'}>
                      {a.disabled ? t('accounts.disabledState') : t('accounts.active')}
                    </span>
                    {slip ? (
                      <div className="small mono" data-testid="new-password">
                        {t('accounts.newPassword', { password: slip.password })}
                      </div>
                    ) : null}
                  </td>
                  <td className="accounts__actions">
                    <button
                      type="button"
                      className="btn btn--small"
                      disabled={action.busy}
                      onClick={() => void reset(a)}
                      aria-label={t('accounts.resetFor', { name: a.fullName })}
                    >
                      {t('accounts.reset')}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small btn--danger-ghost"
                      disabled={action.busy}
                      onClick={() => void setDisabled(a, !a.disabled)}
                    >
                      {a.disabled ? t('accounts.enable') : t('accounts.disable')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      {slips.length > 0 ? (
        <section className="accounts__slips" aria-label={t('accounts.printSlips', { n: slips.length })} data-testid="slips">
          {slips.map((s) => (
            <article key={s.userId} className="slip">
              <h2 className="slip__heading">{t('accounts.slipHeading')}</h2>
              <p className="slip__name">{s.fullName}</p>
              <p className="mono">{t('accounts.slipUser', { username: s.username })}</p>
              <p className="mono">{t('accounts.slipPassword', { password: s.password })}</p>
              <p className="small">{t('accounts.slipHint')}</p>
            </article>
          ))}
        </section>
      ) : null}
    </main>
  );
}
