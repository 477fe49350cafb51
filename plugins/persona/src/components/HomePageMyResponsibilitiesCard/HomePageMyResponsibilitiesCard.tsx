import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { usePersonaView } from '../../hooks/usePersonaView';
import { personaTranslationRef } from '../../translation';
import { RetryableErrorPanel } from '../RetryableErrorPanel';
import { MyResponsibilities } from './MyResponsibilities';
import { MyResponsibilitiesEmptyState } from './MyResponsibilitiesEmptyState';
import { useSignedInUserRef } from './useSignedInUserRef';

function isNotFound(error: Error): boolean {
  return (error as { statusCode?: number }).statusCode === 404;
}

/** The persona view of the signed-in user, in the card. */
function SignedInUserResponsibilities(props: { userRef: string }) {
  const { userRef } = props;
  const { t } = useTranslationRef(personaTranslationRef);
  const { loading, error, value, retry } = usePersonaView(userRef);
  if (loading) {
    return <Progress />;
  }
  if (error) {
    // a user without a User entity (a guest of a fresh portal) holds nothing
    if (isNotFound(error)) {
      return <MyResponsibilitiesEmptyState notInCatalog={userRef} />;
    }
    return (
      <RetryableErrorPanel
        error={error}
        title={t('homeCard.loadError')}
        onRetry={retry}
      />
    );
  }
  if (!value || value.type !== 'holder') {
    return <MyResponsibilitiesEmptyState notInCatalog={userRef} />;
  }
  return <MyResponsibilities view={value} />;
}

/**
 * The content of the "My responsibilities" home-page card: the personas the
 * signed-in user holds and how, their first responsibilities, their
 * components per mode, and what needs attention — components the user builds
 * that no persona enables, and refs of their personas to nothing.
 *
 * @public
 */
export function HomePageMyResponsibilitiesContent() {
  const { t } = useTranslationRef(personaTranslationRef);
  const { loading, error, userRef } = useSignedInUserRef();
  if (loading) {
    return <Progress />;
  }
  if (error || !userRef) {
    return (
      <ResponseErrorPanel
        error={error ?? new Error('No signed-in user')}
        title={t('homeCard.loadError')}
      />
    );
  }
  return <SignedInUserResponsibilities userRef={userRef} />;
}
