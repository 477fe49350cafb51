import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { forwardRef, lazy, Suspense } from 'react';
import { personaTranslationRef } from '../../translation';

/** What the validator can ask of its editor. */
export type PersonaEditorHandle = {
  /** Moves the cursor to a 1-based line and column, scrolls to it and focuses the editor. */
  goTo(line: number, column?: number): void;
};

/** The props of the code editor that `PersonaYamlEditor` loads. */
export type PersonaEditorProps = {
  value: string;
  onChange: (value: string) => void;
  /** The problems of the text: their lines are highlighted. */
  problems: ReadonlyArray<PersonaProblem>;
  label: string;
  placeholder: string;
};

// CodeMirror is loaded with the validator, not with the app or the explorer
const PersonaCodeEditor = lazy(() => import('./PersonaCodeEditor'));

const PLACEHOLDER = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: my-persona
spec:
  type: builder
  …`;

/**
 * The editor of the validator: a YAML code editor with line numbers, the
 * lines with a problem highlighted, and a cursor that the problem table can
 * move (see {@link PersonaEditorHandle}).
 */
export const PersonaYamlEditor = forwardRef<
  PersonaEditorHandle,
  {
    value: string;
    onChange: (value: string) => void;
    problems: ReadonlyArray<PersonaProblem>;
  }
>(function LazyPersonaYamlEditor(props, ref) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <Suspense fallback={<Progress />}>
      <PersonaCodeEditor
        ref={ref}
        value={props.value}
        onChange={props.onChange}
        problems={props.problems}
        label={t('validator.editorLabel')}
        placeholder={PLACEHOLDER}
      />
    </Suspense>
  );
});
