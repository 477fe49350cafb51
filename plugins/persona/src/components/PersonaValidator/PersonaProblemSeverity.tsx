import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import ReportProblemOutlined from '@material-ui/icons/ReportProblemOutlined';
import { PersonaProblem } from '@platform-personas/backstage-plugin-persona-common';
import { personaTranslationRef } from '../../translation';
import { isWarning } from './problemReport';

const useStyles = makeStyles(theme => ({
  error: { color: theme.palette.error.main },
  warning: { color: theme.palette.warning.dark },
  icon: { fontSize: '1.1em', marginRight: theme.spacing(0.5) },
}));

/**
 * How bad a problem is, in words with an icon in the theme's colour: an
 * error makes the catalog refuse the Persona, a warning does not.
 */
export function PersonaProblemSeverity(props: { problem: PersonaProblem }) {
  const classes = useStyles();
  const { t } = useTranslationRef(personaTranslationRef);
  const warning = isWarning(props.problem);
  const Icon = warning ? ReportProblemOutlined : ErrorOutline;
  return (
    <Box
      component="span"
      display="inline-flex"
      alignItems="center"
      className={warning ? classes.warning : classes.error}
    >
      <Icon className={classes.icon} aria-hidden />
      {warning ? t('validator.warning') : t('validator.error')}
    </Box>
  );
}
