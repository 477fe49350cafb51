/** Lets the browser save a text as a file, without a round trip to a server. */
export function downloadFile(
  content: string,
  fileName: string,
  mimeType: string,
): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Some browsers start the download only after the click handler returned
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
