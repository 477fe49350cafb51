import { PersonaValidateResponse } from '@platform-personas/backstage-plugin-persona-common';
import { PERSONA_TEMPLATES } from './personaTemplates';
import {
  act,
  configure,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockPersonaApi,
  renderWithPersonaApi,
} from '../../__testUtils__/renderWithPersonaApi';
import { PersonaValidator } from './PersonaValidator';
import { VALIDATION_DEBOUNCE_MS } from './usePersonaValidation';

/** The offset of a 1-based line and column in a text. */
function textOffset(text: string, line: number, column: number): number {
  const before = text.split('\n').slice(0, line - 1);
  return before.reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
}

// CodeMirror needs a layout engine that jsdom lacks; PersonaCodeEditor has
// its own tests. Here a textarea stands in for it, with the same props and
// the same handle.
jest.mock('./PersonaCodeEditor', () => {
  const { forwardRef, useImperativeHandle, useRef } =
    jest.requireActual('react');
  return {
    __esModule: true,
    default: forwardRef((props: any, ref: any) => {
      const area = useRef(null);
      useImperativeHandle(ref, () => ({
        goTo(line: number, column = 1) {
          const offset = textOffset(area.current.value, line, column);
          area.current.focus();
          area.current.setSelectionRange(offset, offset);
        },
      }));
      return (
        <textarea
          ref={area}
          aria-label={props.label}
          value={props.value}
          onChange={event => props.onChange(event.target.value)}
          data-problem-lines={props.problems.map((p: any) => p.line).join(',')}
        />
      );
    }),
  };
});

// what useCopyToClipboard of react-use writes with
jest.mock('copy-to-clipboard', () => jest.fn(() => false));
const copy = jest.requireMock<jest.Mock>('copy-to-clipboard');

const broken = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: broken
spec:
  type: 42
  responsibilities: []
`;

const brokenAnswer: PersonaValidateResponse = {
  valid: false,
  documents: 1,
  personas: 1,
  problems: [
    {
      document: 0,
      path: '/spec/owner',
      message: 'is required',
      severity: 'error',
      line: 5,
      column: 1,
    },
    {
      document: 0,
      path: '/spec/type',
      message: 'must be text, not a number',
      severity: 'error',
      line: 6,
      column: 3,
    },
  ],
};

const validAnswer: PersonaValidateResponse = {
  valid: true,
  documents: 1,
  personas: 1,
  problems: [],
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

async function renderValidator(validate: jest.Mock) {
  const api = mockPersonaApi({ validate });
  await renderWithPersonaApi(<PersonaValidator />, { api });
  return {
    api,
    // the editor is loaded lazily
    editor: (await screen.findByRole('textbox', {
      name: 'Persona YAML',
    })) as HTMLTextAreaElement,
  };
}

// the debounce runs on the real clock: leave room for a busy machine
jest.setTimeout(20_000);
configure({ asyncUtilTimeout: 5_000 });

describe('PersonaValidator', () => {
  afterEach(() => jest.useRealTimers());

  it('asks nothing for a blank text and says what to do', async () => {
    const { api } = await renderValidator(jest.fn());
    expect(
      screen.getByRole('heading', { name: 'Validate Persona YAML' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Paste or type Persona YAML/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy YAML' })).toBeDisabled();
    expect(api.validate).not.toHaveBeenCalled();
  });

  it('validates the text once typing rests, and lists each problem', async () => {
    const { api, editor } = await renderValidator(
      jest.fn().mockResolvedValue(brokenAnswer),
    );

    // the clock only moves when told, so that typing is never slow enough
    // for the debounce to fire in between keys
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.type(editor, 'kind: Persona');
    act(() => jest.advanceTimersByTime(VALIDATION_DEBOUNCE_MS - 1));
    expect(api.validate).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(api.validate).toHaveBeenCalledTimes(1);
    expect(api.validate).toHaveBeenCalledWith('kind: Persona');
    jest.useRealTimers();

    expect(
      await screen.findByText('2 problems in 1 document'),
    ).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Problems' }))
      .getAllByRole('row')
      .slice(1)
      .map(row => row.textContent);
    expect(rows).toEqual([
      '5:1document 1Error/spec/owneris required',
      '6:3document 1Error/spec/typemust be text, not a number',
    ]);
    expect(
      screen.getByRole('row', {
        name: '6:3 document 1 Error /spec/type must be text, not a number',
      }),
    ).toBeInTheDocument();
  });

  it('moves the cursor to the line and column of a problem, and hands the problems to the editor', async () => {
    const { editor } = await renderValidator(
      jest.fn().mockResolvedValue(brokenAnswer),
    );
    await userEvent.click(editor);
    await userEvent.paste(broken);

    await userEvent.click(await screen.findByRole('button', { name: '6:3' }));

    expect(editor).toHaveFocus();
    expect(editor.selectionStart).toBe(textOffset(broken, 6, 3));
    expect(broken.slice(editor.selectionStart)).toMatch(/^type: 42/);
    expect(editor).toHaveAttribute('data-problem-lines', '5,6');
  });

  it('says a text with only warnings is valid, and marks the warnings', async () => {
    const { editor } = await renderValidator(
      jest.fn().mockResolvedValue({
        ...validAnswer,
        problems: [
          {
            document: 0,
            path: '/spec/holders/0',
            message:
              'names group:default/no-such-team, which is unknown: the catalog holds no such entity (or none you may see). The catalog accepts the Persona, but this ref leads nowhere until the entity exists',
            severity: 'warning',
            line: 6,
            column: 7,
          },
        ],
      }),
    );
    await userEvent.click(editor);
    await userEvent.paste(broken);

    expect(
      await screen.findByText('Valid with 1 warning: 1 Persona document'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('row', {
        name: /^6:7 document 1 Warning \/spec\/holders\/0 names group:default\/no-such-team, which is unknown/,
      }),
    ).toBeInTheDocument();
    expect(editor).toHaveAttribute('data-problem-lines', '6');
  });

  it('shows progress while validating and only the answer to the latest text', async () => {
    const first = deferred<PersonaValidateResponse>();
    const second = deferred<PersonaValidateResponse>();
    const { api, editor } = await renderValidator(
      jest
        .fn()
        .mockReturnValueOnce(first.promise)
        .mockReturnValueOnce(second.promise),
    );

    await userEvent.type(editor, 'kind: Persona');
    await waitFor(() => expect(api.validate).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('progress')).toBeInTheDocument();

    await userEvent.clear(editor);
    await userEvent.paste(broken);
    await waitFor(() => expect(api.validate).toHaveBeenCalledTimes(2));
    await act(async () => second.resolve(validAnswer));
    expect(
      await screen.findByText('Valid: 1 Persona document'),
    ).toBeInTheDocument();

    // the answer to the first text arrives last, and is dropped
    await act(async () => first.resolve(brokenAnswer));
    expect(screen.getByText('Valid: 1 Persona document')).toBeInTheDocument();
    expect(screen.queryByText(/problems in/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('progress')).not.toBeInTheDocument();
  });

  it('fills the editor from a template of a shipped pack, and says it is valid', async () => {
    const { api, editor } = await renderValidator(
      jest.fn().mockResolvedValue({ ...validAnswer, documents: 2 }),
    );
    const picker = screen.getByRole('combobox', {
      name: 'Start from a template',
    });
    expect(
      within(picker)
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      'Choose a Persona…',
      ...PERSONA_TEMPLATES.map(template => template.title),
    ]);

    await userEvent.selectOptions(picker, 'Platform Enablers (enabler)');

    const template = PERSONA_TEMPLATES.find(
      t => t.id === 'cncf-platform-enabler',
    )!;
    expect(editor).toHaveValue(template.yaml);
    await waitFor(() =>
      expect(api.validate).toHaveBeenCalledWith(template.yaml),
    );
    expect(
      await screen.findByText(
        'Valid: 1 Persona document (1 document of other kinds skipped)',
      ),
    ).toBeInTheDocument();
  });

  it('keeps the text and the page when the backend fails, and retries', async () => {
    const { api, editor } = await renderValidator(
      jest
        .fn()
        .mockRejectedValueOnce(new Error('Service Unavailable'))
        .mockResolvedValueOnce(validAnswer),
    );
    await userEvent.click(editor);
    await userEvent.paste(broken);

    expect(
      await screen.findByText(/Could not validate the YAML/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/Service Unavailable/)[0]).toBeInTheDocument();
    expect(editor).toHaveValue(broken);
    expect(
      screen.getByRole('heading', { name: 'Validate Persona YAML' }),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('Valid: 1 Persona document'),
    ).toBeInTheDocument();
    expect(api.validate).toHaveBeenLastCalledWith(broken);
  });

  it('copies the YAML, and the problem report when there are problems', async () => {
    const { editor } = await renderValidator(
      jest.fn().mockResolvedValue(brokenAnswer),
    );
    const copyReport = screen.getByRole('button', {
      name: 'Copy problem report',
    });
    expect(copyReport).toBeDisabled();
    await userEvent.click(editor);
    await userEvent.paste(broken);

    await userEvent.click(screen.getByRole('button', { name: 'Copy YAML' }));
    expect(copy).toHaveBeenLastCalledWith(broken);

    await screen.findByText('2 problems in 1 document');
    await userEvent.click(copyReport);
    expect(copy).toHaveBeenLastCalledWith(
      [
        'Persona validation: 2 problems in 1 document',
        'document 1, 5:1 /spec/owner: is required',
        'document 1, 6:3 /spec/type: must be text, not a number',
      ].join('\n'),
    );
  });
});
