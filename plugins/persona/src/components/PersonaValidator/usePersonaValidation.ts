import { useApi } from '@backstage/core-plugin-api';
import { PersonaValidateResponse } from '@platform-personas/backstage-plugin-persona-common';
import { useState } from 'react';
import useAsyncRetry, { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import useDebounce from 'react-use/esm/useDebounce';
import { personaApiRef } from '../../api';

/** How long the text must rest before it is sent for validation. */
export const VALIDATION_DEBOUNCE_MS = 300;

/**
 * The validation of the text in the editor: the state of the latest request
 * (no answer for a blank text), and whether the text changed since it was
 * sent.
 */
export type PersonaValidationState = AsyncStateRetry<
  PersonaValidateResponse | undefined
> & { pending: boolean };

/**
 * Validates a text through the persona backend once it has rested for
 * {@link VALIDATION_DEBOUNCE_MS}. Only the answer to the latest request is
 * kept: an older answer that arrives late is dropped, so what shows always
 * belongs to the text last sent. A blank text is not sent.
 */
export function usePersonaValidation(text: string): PersonaValidationState {
  const personaApi = useApi(personaApiRef);
  const [sent, setSent] = useState(text);
  useDebounce(() => setSent(text), VALIDATION_DEBOUNCE_MS, [text]);
  const state = useAsyncRetry(
    async () => (sent.trim() ? personaApi.validate(sent) : undefined),
    [personaApi, sent],
  );
  return { ...state, pending: sent !== text };
}
