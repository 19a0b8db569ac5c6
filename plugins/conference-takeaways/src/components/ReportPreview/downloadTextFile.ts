/** Saves text as a file through the browser's download, nothing uploaded. */
export function downloadTextFile(
  fileName: string,
  content: string,
  mediaType = 'text/markdown',
) {
  const url = URL.createObjectURL(
    new Blob([content], { type: `${mediaType};charset=utf-8` }),
  );
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
