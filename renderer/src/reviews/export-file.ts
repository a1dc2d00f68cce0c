/**
 * Getting a review out of the app: saving a file (in the browser host a Blob and an
 * `<a download>`; the desktop app refuses downloads and saves through main's save dialog,
 * window.scopebookShell.saveFile) and copying it to the clipboard as
 * rich text with a Markdown plain-text twin, so it pastes well into documents and forms.
 */

/** Offers `content` as a file named `filename`. */
export function downloadText(filename: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the URL is only needed for it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The part of a standalone exported HTML file worth pasting: what is inside `<main>` (or the body). */
export function clipboardFragment(html: string): string {
  const main = /<main>([\s\S]*)<\/main>/i.exec(html);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html);
  const fragment = (main ? main[1]! : body ? body[1]! : html).trim();
  // Links to anchors of the exported file (#entry-…, #evidence) would become links to this
  // page once pasted elsewhere: the text stays, the link goes; the Evidence list comes along.
  return fragment.replace(/<a href="#[\w-]*">([\s\S]*?)<\/a>/g, '$1');
}

/**
 * Copies rich HTML with a plain-text alternative; where the clipboard cannot take HTML,
 * copies the plain text only. Resolves with what was copied.
 */
export async function copyRichText(html: string, plain: string): Promise<'rich' | 'plain'> {
  const clip = navigator.clipboard as Clipboard | undefined;
  if (clip && typeof ClipboardItem !== 'undefined' && typeof clip.write === 'function') {
    try {
      await clip.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([plain], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Falls through to plain text (some platforms refuse HTML).
    }
  }
  if (!clip) throw new Error('The clipboard is not available here.');
  await clip.writeText(plain);
  return 'plain';
}
