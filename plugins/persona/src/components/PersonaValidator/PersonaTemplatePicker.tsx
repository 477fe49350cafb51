import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import TextField from '@material-ui/core/TextField';
import { personaTranslationRef } from '../../translation';
import { PERSONA_TEMPLATES, PersonaTemplate } from './personaTemplates';

const PACKS = [...new Set(PERSONA_TEMPLATES.map(template => template.pack))];

/**
 * A select of the Personas of the shipped persona packs, grouped by pack.
 * A native select, so that it works the same with a keyboard, a screen
 * reader and a test.
 */
export function PersonaTemplatePicker(props: {
  value: string;
  onChange: (template: PersonaTemplate) => void;
}) {
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <TextField
      select
      fullWidth
      id="persona-validator-template"
      label={t('validator.templateLabel')}
      variant="outlined"
      size="small"
      value={props.value}
      onChange={event => {
        const template = PERSONA_TEMPLATES.find(
          candidate => candidate.id === event.target.value,
        );
        if (template) {
          props.onChange(template);
        }
      }}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      helperText={t('validator.templateHelp')}
    >
      <option value="" disabled>
        {t('validator.templatePlaceholder')}
      </option>
      {PACKS.map(pack => (
        <optgroup key={pack} label={pack}>
          {PERSONA_TEMPLATES.filter(template => template.pack === pack).map(
            template => (
              <option key={template.id} value={template.id}>
                {template.title}
              </option>
            ),
          )}
        </optgroup>
      ))}
    </TextField>
  );
}
