import { ContentHeader, Link } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { useRef, useState } from 'react';
import { useExplorerPath } from '../../hooks/usePersonaPaths';
import { personaTranslationRef } from '../../translation';
import { PersonaTemplatePicker } from './PersonaTemplatePicker';
import { PersonaValidationResult } from './PersonaValidationResult';
import { PersonaValidatorCopyButtons } from './PersonaValidatorCopyButtons';
import { PersonaEditorHandle, PersonaYamlEditor } from './PersonaYamlEditor';
import { formatProblemReport } from './problemReport';
import { usePersonaValidation } from './usePersonaValidation';

/**
 * The Persona validator, without page chrome (`/personas/validate`): paste
 * or type Persona YAML, or start from a template of a shipped persona pack,
 * and see every problem of every document as you type, checked by the
 * persona backend with the same rules as the catalog.
 */
export function PersonaValidator() {
  const [text, setText] = useState('');
  const [templateId, setTemplateId] = useState('');
  const editor = useRef<PersonaEditorHandle>(null);
  const validation = usePersonaValidation(text);
  const explorerPath = useExplorerPath();
  const { t } = useTranslationRef(personaTranslationRef);

  const current = !validation.pending && !validation.loading;
  const report =
    current && validation.value?.problems.length
      ? formatProblemReport(validation.value, t)
      : undefined;

  // the lines of the answer to the text shown, not of an older text
  const problems = current ? validation.value?.problems ?? [] : [];

  const goTo = (problem: PersonaProblem) => {
    if (problem.line !== undefined) {
      editor.current?.goTo(problem.line, problem.column);
    }
  };

  return (
    <>
      <ContentHeader title={t('validator.title')}>
        <PersonaValidatorCopyButtons text={text} report={report} />
      </ContentHeader>
      <Typography variant="body2" paragraph>
        {t('validator.intro', {
          separator: <code>---</code>,
          link: <Link to={explorerPath}>{t('validator.allPersonas')}</Link>,
        })}
      </Typography>
      <Grid container spacing={3}>
        <Grid item xs={12} md={6} style={{ minWidth: 0 }}>
          <Box mb={2}>
            <PersonaTemplatePicker
              value={templateId}
              onChange={template => {
                setTemplateId(template.id);
                setText(template.yaml);
              }}
            />
          </Box>
          <PersonaYamlEditor
            ref={editor}
            value={text}
            onChange={setText}
            problems={problems}
          />
        </Grid>
        <Grid item xs={12} md={6}>
          <PersonaValidationResult
            text={text}
            validation={validation}
            onSelectProblem={goTo}
          />
        </Grid>
      </Grid>
    </>
  );
}
