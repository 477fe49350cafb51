import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import Button from '@material-ui/core/Button';
import ButtonGroup from '@material-ui/core/ButtonGroup';
import FileCopyIcon from '@material-ui/icons/FileCopy';
import { useEffect, useRef } from 'react';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';
import { personaTranslationRef } from '../../translation';

type Copied = 'yaml' | 'report';

/**
 * Copies the text of the editor ("Copy YAML") or, when there are problems,
 * the problem report ("Copy problem report") to the clipboard, and says
 * whether that worked.
 */
export function PersonaValidatorCopyButtons(props: {
  text: string;
  /** The problem report of the text; none while there is nothing to report. */
  report?: string;
}) {
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(personaTranslationRef);
  const [copied, copy] = useCopyToClipboard();
  const what = useRef<Copied>('yaml');

  useEffect(() => {
    const yaml = what.current === 'yaml';
    if (copied.error) {
      const message = copied.error.message;
      alertApi.post({
        message: yaml
          ? t('validator.copyYamlFailed', { message })
          : t('validator.copyReportFailed', { message }),
        severity: 'error',
      });
    } else if (copied.value !== undefined) {
      alertApi.post({
        message: yaml ? t('validator.copiedYaml') : t('validator.copiedReport'),
        severity: 'success',
        display: 'transient',
      });
    }
    // Only a new copy is news: a language switch must not post again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [alertApi, copied]);

  const copyAs = (content: string, description: Copied) => {
    what.current = description;
    copy(content);
  };

  return (
    <ButtonGroup size="small" variant="outlined">
      <Button
        startIcon={<FileCopyIcon />}
        disabled={!props.text.trim()}
        onClick={() => copyAs(props.text, 'yaml')}
      >
        {t('validator.copyYaml')}
      </Button>
      <Button
        startIcon={<FileCopyIcon />}
        disabled={!props.report}
        onClick={() => props.report && copyAs(props.report, 'report')}
      >
        {t('validator.copyReport')}
      </Button>
    </ButtonGroup>
  );
}
