/**
 * The offset in `text` of a 1-based line and column, clamped to the text so
 * that a position of an older text still lands somewhere sensible.
 */
export function textOffset(text: string, line: number, column = 1): number {
  const lines = text.split('\n');
  const lineIndex = Math.min(Math.max(line, 1), lines.length) - 1;
  let offset = 0;
  for (let i = 0; i < lineIndex; i++) {
    offset += lines[i].length + 1;
  }
  return offset + Math.min(Math.max(column, 1) - 1, lines[lineIndex].length);
}

/** Moves the caret of a textarea to a line and column, and scrolls to it. */
export function moveCaret(
  textarea: HTMLTextAreaElement,
  line: number,
  column?: number,
): void {
  const offset = textOffset(textarea.value, line, column);
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight);
  if (Number.isFinite(lineHeight)) {
    // Keep a few lines of context above the caret.
    textarea.scrollTop = Math.max(0, (line - 4) * lineHeight);
  }
}
