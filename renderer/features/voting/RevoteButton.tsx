import type { VoteResultView } from '../../../shared/meeting-live/live-state';
import { Alert } from '../../components/Alert';
import { useI18n } from '../../app/i18n';
import { useCommand } from '../live/useCommand';

/**
 * The chair orders a re-vote (biểu quyết lại) of the latest round: same item, question, kind, options and rule;
 * the relay records it as the next round and keeps both on record.
 */
export function RevoteButton({ result }: { result: VoteResultView }) {
  const { t, errorText } = useI18n();
  const cmd = useCommand();
  const revote = () =>
    void cmd.send({
      type: 'vote:open',
      agendaItemId: result.agendaItemId,
      question: result.question,
      kind: result.kind,
      options: result.tally.options.map((o) => o.label),
      ruleId: result.tally.rule.id,
      revoteOf: result.voteId,
    });
  return (
    <div className="form__actions">
      <button type="button" className="btn" onClick={revote} disabled={cmd.busy} data-testid="revote">
        {t('vote.revote')}
      </button>
      {cmd.error ? <Alert tone="error">{errorText(cmd.error)}</Alert> : null}
    </div>
  );
}
