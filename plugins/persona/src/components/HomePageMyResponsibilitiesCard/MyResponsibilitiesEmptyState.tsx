import { EmptyState, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Typography from '@material-ui/core/Typography';
import { useExplorerPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';

/**
 * The card for a user who holds no persona — or who is not in the catalog
 * at all (`notInCatalog`, naming their ref) — with a link to the Personas
 * page.
 */
export function MyResponsibilitiesEmptyState(props: { notInCatalog?: string }) {
  const { t } = useTranslationRef(personaTranslationRef);
  const explorerPath = useExplorerPath();
  const { notInCatalog } = props;
  return (
    <EmptyState
      missing="info"
      title={
        notInCatalog
          ? t('homeCard.notInCatalogTitle')
          : t('homeCard.emptyTitle')
      }
      description={
        notInCatalog
          ? t('homeCard.notInCatalogDescription', { ref: notInCatalog })
          : t('homeCard.emptyDescription')
      }
      action={
        <Typography variant="body2">
          <Link to={explorerPath}>{t('homeCard.explorerLink')}</Link>
        </Typography>
      }
    />
  );
}
