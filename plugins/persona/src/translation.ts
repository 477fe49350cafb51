import {
  createTranslationRef,
  TranslationFunction,
} from '@backstage/core-plugin-api/alpha';

import { commonMessages } from './translations/commonMessages';
import { entityTabMessages } from './translations/entityTabMessages';
import { personaPageMessages } from './translations/personaPageMessages';
import { explorerMessages } from './translations/explorerMessages';
import { validatorMessages } from './translations/validatorMessages';
import { searchMessages } from './translations/searchMessages';
import { homeMessages } from './translations/homeMessages';
import { interactionsMessages } from './translations/interactionsMessages';

/**
 * Every text of the persona plugin that a person reads, so that an app can
 * translate or reword it (`createTranslationMessages` with this ref). Counts
 * in titles are `{{total}}`; the validator's counts are plurals (`_one`,
 * `_other`) interpolated with `{{count}}`.
 *
 * @alpha
 */
export const personaTranslationRef = createTranslationRef({
  id: 'persona',
  messages: {
    ...commonMessages,
    ...entityTabMessages,
    ...personaPageMessages,
    ...explorerMessages,
    ...validatorMessages,
    ...searchMessages,
    ...homeMessages,
    ...interactionsMessages,
  },
});

/** The `t` of {@link personaTranslationRef}, for helpers outside components. */
export type PersonaTranslate = TranslationFunction<
  typeof personaTranslationRef.T
>;
