import { useEffect, useRef, useState } from 'react';
import type { ExportFormat, Review } from '../../../common/contract';
import { api, ApiCallError, call } from '../api';
import { navigate } from '../app/router';
import { useConfirm } from '../ui/confirm';
import { showToast } from '../ui/toast';
import { clipboardFragment, copyRichText, downloadText } from './export-file';
import { ReviewEditor, type ReviewEditorHandle } from './ReviewEditor';
import { periodLabel, whenLabel } from './review-format';

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** One saved review: its editor, and regenerating, exporting, copying, printing and deleting it. */
export function ReviewPage({ id }: { id: string }) {
  const [review, setReview] = useState<Review | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editorRef = useRef<ReviewEditorHandle>(null);
  const { ask, dialog } = useConfirm();

  useEffect(() => {
    call(api.reviews.get({ id }))
      .then(setReview)
      .catch((e: unknown) => setError(e instanceof ApiCallError && e.code === 'not_found' ? 'This review no longer exists.' : message(e)));
  }, [id]);

  /** Everything typed is saved first, so exports and regeneration work on what the person sees. */
  const saved = async (): Promise<Review | null> => {
    const r = (await editorRef.current?.flush()) ?? null;
    if (!r) showToast('Your latest edits are not saved yet: see the message under the review.', { tone: 'error' });
    return r;
  };

  const confirmReplace = () =>
    ask({
      title: 'Replace your edits?',
      body: (
        <p>
          You have edited this review since it was generated. Generating it again from your journal replaces the whole
          text, <strong>including your edits</strong>.
        </p>
      ),
      confirm: 'Replace my edits',
    });

  const regenerate = async () => {
    const current = await saved();
    if (!current) return;
    if (current.edited && !(await confirmReplace())) return;
    setBusy(true);
    try {
      const run = (replaceEdits: boolean) => call(api.reviews.regenerate({ id, revision: current.revision, replaceEdits }));
      let next: Review;
      try {
        next = await run(current.edited);
      } catch (e) {
        // Edited elsewhere since this page loaded: the core refuses, so ask here too.
        if (!(e instanceof ApiCallError && e.code === 'conflict' && e.field === 'replaceEdits')) throw e;
        if (!(await confirmReplace())) return;
        next = await run(true);
      }
      editorRef.current?.replace(next);
      showToast('Generated again from your journal.');
    } catch (e) {
      showToast(`Not generated: ${message(e)}`, { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const exportAs = async (format: ExportFormat) => {
    if (!(await saved())) return;
    try {
      const file = await call(api.reviews.export({ id, format }));
      const shell = window.scopebookShell;
      if (shell && typeof shell.saveFile === 'function') {
        // The desktop app refuses downloads: main asks where and writes the file itself.
        const path = await shell.saveFile({ suggestedName: file.filename, format, content: file.content });
        if (path) showToast(`Saved to ${path}.`);
        return;
      }
      downloadText(file.filename, file.mimeType, file.content);
      showToast(`Saved ${file.filename} to your downloads.`);
    } catch (e) {
      showToast(`Not exported: ${message(e)}`, { tone: 'error' });
    }
  };

  const copy = async (as: 'rich' | 'markdown') => {
    if (!(await saved())) return;
    try {
      const markdown = await call(api.reviews.export({ id, format: 'markdown' }));
      if (as === 'markdown') {
        await navigator.clipboard.writeText(markdown.content);
        showToast('Copied as Markdown.');
        return;
      }
      const html = await call(api.reviews.export({ id, format: 'html' }));
      const how = await copyRichText(clipboardFragment(html.content), markdown.content);
      showToast(how === 'rich' ? 'Copied as rich text (with Markdown as plain text).' : 'Copied as Markdown text.');
    } catch (e) {
      showToast(`Not copied: ${message(e)}`, { tone: 'error' });
    }
  };

  // The desktop app prints straight to a PDF file; the browser host opens the browser's print dialog.
  const desktopPdf = typeof window.scopebookShell?.savePdf === 'function';
  const print = async () => {
    const current = await saved();
    if (!current) return;
    const shell = window.scopebookShell;
    if (!shell || typeof shell.savePdf !== 'function') {
      window.print();
      return;
    }
    try {
      const path = await shell.savePdf({ suggestedName: current.title });
      if (path) showToast(`Saved the PDF to ${path}.`);
    } catch (e) {
      showToast(`PDF not saved: ${message(e)}`, { tone: 'error' });
    }
  };

  const remove = async () => {
    const ok = await ask({
      title: 'Delete this review?',
      body: <p>The review and your edits to it are deleted. Your journal entries are not touched.</p>,
      confirm: 'Delete review',
    });
    if (!ok) return;
    try {
      await call(api.reviews.delete({ id }));
      showToast('Review deleted.');
      navigate('/reviews');
    } catch (e) {
      showToast(`Not deleted: ${message(e)}`, { tone: 'error' });
    }
  };

  return (
    <div className="page review-page">
      <header className="page-header review-page-header">
        <div>
          <a className="back-link" href="#/reviews">
            ← All reviews
          </a>
          <h1 tabIndex={-1} className="review-print-title">
            {review?.title ?? 'Review'}
          </h1>
          {review && (
            <div className="subtitle">
              {periodLabel(review.period)} · {review.templateName} · updated {whenLabel(review.updatedAt)}
              {review.edited && ' · edited by you'}
            </div>
          )}
        </div>
      </header>
      {error && (
        <div className="notice notice-warning" role="alert">
          {error}
        </div>
      )}
      {review && (
        <>
          <div className="review-actions" role="group" aria-label="Review actions">
            <button type="button" className="button" disabled={busy} onClick={() => void regenerate()}>
              Generate again
            </button>
            <button type="button" className="button" onClick={() => void exportAs('markdown')}>
              Export Markdown
            </button>
            <button type="button" className="button" onClick={() => void exportAs('html')}>
              Export HTML
            </button>
            <button type="button" className="button" onClick={() => void copy('rich')}>
              Copy
            </button>
            <button type="button" className="button" onClick={() => void copy('markdown')}>
              Copy as Markdown
            </button>
            {desktopPdf ? (
              <button type="button" className="button" onClick={() => void print()}>
                Save as PDF
              </button>
            ) : (
              <button type="button" className="button" onClick={() => void print()} title="Choose “Save as PDF” in the print dialog">
                Print or save as PDF
              </button>
            )}
            <button type="button" className="button-link review-delete" onClick={() => void remove()}>
              Delete review
            </button>
          </div>
          <ReviewEditor key={review.id} ref={editorRef} review={review} onStored={setReview} />
        </>
      )}
      {dialog}
    </div>
  );
}
