import { EditorView } from '@codemirror/view';
import { renderInTestApp } from '@backstage/test-utils';
import { act, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import PersonaCodeEditor from './PersonaCodeEditor';
import { PersonaEditorHandle } from './PersonaYamlEditor';

const text = `apiVersion: platform-personas.io/v1alpha1
kind: Persona
metadata:
  name: broken
spec:
  type: 42
  owner: group:default/platform-team
  holders:
    - group:default/no-such-team
`;

const problems = [
  {
    document: 0,
    path: '/spec/type',
    message: 'must be text, not a number',
    severity: 'error' as const,
    line: 6,
    column: 3,
  },
  {
    document: 0,
    path: '/spec/holders/0',
    message: 'names group:default/no-such-team, which is unknown',
    severity: 'warning' as const,
    line: 9,
    column: 7,
  },
];

async function renderEditor(props: { problems?: typeof problems } = {}) {
  const handle = createRef<PersonaEditorHandle>();
  const onChange = jest.fn();
  const rendered = await renderInTestApp(
    <PersonaCodeEditor
      ref={handle}
      value={text}
      onChange={onChange}
      problems={props.problems ?? problems}
      label="Persona YAML"
      placeholder="kind: Persona"
    />,
  );
  const editor = rendered.container.querySelector('.cm-editor') as HTMLElement;
  const view = EditorView.findFromDOM(editor)!;
  return { ...rendered, handle, onChange, editor, view };
}

// jsdom lays nothing out; CodeMirror measures text ranges all the same
beforeAll(() => {
  const none = { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => none as DOMRect;
});

describe('PersonaCodeEditor', () => {
  it('shows the text with line numbers, labelled for assistive technology', async () => {
    const { editor, getByRole } = await renderEditor();
    expect(getByRole('textbox', { name: 'Persona YAML' })).toBeInTheDocument();
    const numbers = [
      ...editor.querySelectorAll('.cm-lineNumbers .cm-gutterElement'),
    ]
      .map(element => element.textContent)
      .filter(Boolean);
    expect(numbers).toEqual(expect.arrayContaining(['1', '6', '9']));
  });

  it('highlights the lines with a problem, errors and warnings apart, with the messages as a tooltip', async () => {
    const { editor } = await renderEditor();
    await waitFor(() =>
      expect(editor.querySelectorAll('.cm-persona-error')).toHaveLength(1),
    );
    const error = editor.querySelector('.cm-persona-error')!;
    expect(error.textContent).toBe('  type: 42');
    expect(error).toHaveAttribute(
      'title',
      '/spec/type must be text, not a number',
    );
    const warning = editor.querySelector('.cm-persona-warning')!;
    expect(warning.textContent).toBe('    - group:default/no-such-team');
  });

  it('moves the cursor to a line and column, and focuses the editor', async () => {
    const { handle, view } = await renderEditor();
    act(() => handle.current!.goTo(6, 3));
    const head = view.state.selection.main.head;
    expect(view.state.doc.lineAt(head).number).toBe(6);
    expect(text.slice(head)).toMatch(/^type: 42/);
    expect(view.hasFocus).toBe(true);
    // past the end of the text: the last line
    act(() => handle.current!.goTo(99, 1));
    expect(view.state.doc.lineAt(view.state.selection.main.head).number).toBe(
      view.state.doc.lines,
    );
  });

  it('reports edits', async () => {
    const { view, onChange } = await renderEditor({ problems: [] });
    act(() => {
      view.dispatch({ changes: { from: 0, insert: '# hello\n' } });
    });
    expect(onChange).toHaveBeenCalledWith(
      `# hello\n${text}`,
      expect.anything(),
    );
  });
});
