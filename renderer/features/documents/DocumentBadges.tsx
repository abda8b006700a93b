import type { DocumentMeta } from '../../../shared/model/types';
import { Badge } from '../../components/Badge';
import { useI18n } from '../../app/i18n';
import { docTypeKey } from '../../app/labels';

/** Type, version, pages and the "Mật" mark; the secretariat also sees who may read it. */
export function DocumentBadges({ doc, showVisibility }: { doc: DocumentMeta; showVisibility: boolean }) {
  const { t } = useI18n();
  const v = doc.visibility;
  const visibility =
    v.kind === 'everyone'
      ? t('visibility.summary.everyone')
      : v.kind === 'groups'
        ? t('visibility.summary.groups', { list: v.groups.join(', ') })
        : t('visibility.summary.delegates', { n: v.userIds.length });
  return (
    <span className="doc__badges">
      <Badge tone="neutral">{t(docTypeKey(doc.docType))}</Badge>
      <Badge tone="info">{t('doc.version', { n: doc.version })}</Badge>
      {doc.confidentiality === 'mat' ? <Badge tone="secret">{t('conf.mat')}</Badge> : null}
      {doc.superseded ? <Badge tone="muted">{t('doc.superseded')}</Badge> : null}
      <span className="muted small">{t('doc.pages', { n: doc.pages })}</span>
      {showVisibility ? <span className="doc__visibility small">· {visibility}</span> : null}
    </span>
  );
}
