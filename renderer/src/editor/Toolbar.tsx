import { type Editor, useEditorState } from '@tiptap/react';
import { useState } from 'react';

interface Tool {
  label: string;
  shortcut: string;
  text: string;
  isActive: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const TOOLS: Tool[] = [
  { label: 'Bold', shortcut: 'Mod+B', text: 'B', isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', shortcut: 'Mod+I', text: 'I', isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Heading', shortcut: '## ', text: 'H', isActive: (e) => e.isActive('heading'), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Bulleted list', shortcut: '- ', text: '•', isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', shortcut: '1. ', text: '1.', isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
  { label: 'Quote', shortcut: '> ', text: '❝', isActive: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
  { label: 'Code', shortcut: 'Mod+E', text: '</>', isActive: (e) => e.isActive('code'), run: (e) => e.chain().focus().toggleCode().run() },
];

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
function shortcutText(s: string): string {
  return s.replace('Mod+', isMac ? '⌘' : 'Ctrl+');
}

/** Applies a typed link address to the selection; only web and mail links are accepted. */
function applyLink(editor: Editor, href: string): boolean {
  const trimmed = href.trim();
  if (trimmed === '') {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    return true;
  }
  const url = /^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!/^(https?:|mailto:)/i.test(url)) return false;
  editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
  return true;
}

/** A small formatting bar; every tool has a keyboard or markdown shortcut too. Re-renders only when formatting at the cursor changes. */
export function Toolbar({ editor, label }: { editor: Editor; label: string }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => [...TOOLS.map((t) => t.isActive(e)), e.isActive('link')].join(','),
  });
  const flags = active.split(',').map((f) => f === 'true');
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState('');
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {TOOLS.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          className="tool"
          aria-label={tool.label}
          aria-pressed={flags[i]}
          title={`${tool.label} (${shortcutText(tool.shortcut)})`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => tool.run(editor)}
        >
          {tool.text}
        </button>
      ))}
      <button
        type="button"
        className="tool"
        aria-label="Link"
        aria-pressed={flags[TOOLS.length]}
        aria-expanded={linking}
        title="Link (or paste a URL onto selected text)"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setHref(String(editor.getAttributes('link').href ?? ''));
          setLinking((v) => !v);
        }}
      >
        Link
      </button>
      {linking && (
        <input
          className="link-input"
          type="url"
          aria-label="Link address (leave empty to remove the link)"
          placeholder="https://…  Enter to apply, Esc to cancel"
          autoFocus
          value={href}
          onChange={(e) => setHref(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (applyLink(editor, href)) setLinking(false);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setLinking(false);
              editor.commands.focus();
            }
          }}
        />
      )}
    </div>
  );
}
