import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import { Ref } from 'react';
import { personaTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  input: {
    fontFamily: 'monospace',
    fontSize: theme.typography.body2.fontSize,
    lineHeight: 1.5,
    whiteSpace: 'pre',
    overflowX: 'auto',
    tabSize: 2,
  },
}));

const PLACEHOLDER = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: my-persona
spec:
  type: builder
  …`;

/**
 * The text area of the validator: monospace, no spell checking, no wrapping
 * (so that lines are the lines the problems point at).
 */
export function PersonaYamlEditor(props: {
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  return (
    <TextField
      multiline
      fullWidth
      variant="outlined"
      minRows={20}
      maxRows={40}
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      placeholder={PLACEHOLDER}
      inputRef={props.inputRef}
      inputProps={{
        'aria-label': t('validator.editorLabel'),
        spellCheck: false,
        autoCapitalize: 'off',
        autoCorrect: 'off',
        className: classes.input,
      }}
    />
  );
}
