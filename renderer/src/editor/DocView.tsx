import type { ReactNode } from 'react';
import type { DocNode } from '../../../common/contract';

/** Only these link targets are ever made clickable. */
function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  return /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null;
}

function renderMarks(node: DocNode, text: ReactNode): ReactNode {
  let out = text;
  for (const mark of node.marks ?? []) {
    switch (mark.type) {
      case 'bold':
        out = <strong>{out}</strong>;
        break;
      case 'italic':
        out = <em>{out}</em>;
        break;
      case 'strike':
        out = <s>{out}</s>;
        break;
      case 'underline':
        out = <u>{out}</u>;
        break;
      case 'code':
        out = <code>{out}</code>;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        out = href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {out}
          </a>
        ) : (
          out
        );
        break;
      }
    }
  }
  return out;
}

function renderNode(node: DocNode, key: number): ReactNode {
  const children = node.content?.map((c, i) => renderNode(c, i));
  switch (node.type) {
    case 'doc':
      return <>{children}</>;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    case 'heading': {
      const level = Number(node.attrs?.level);
      if (level <= 2) return <h3 key={key}>{children}</h3>;
      if (level === 3) return <h4 key={key}>{children}</h4>;
      return <h5 key={key}>{children}</h5>;
    }
    case 'bulletList':
      return <ul key={key}>{children}</ul>;
    case 'orderedList':
      return <ol key={key}>{children}</ol>;
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'mention':
      return (
        <span key={key} className="mention">
          @{String(node.attrs?.label ?? node.attrs?.id ?? '')}
        </span>
      );
    case 'text':
      return <span key={key}>{renderMarks(node, node.text ?? '')}</span>;
    default:
      return <span key={key}>{children}</span>;
  }
}

/** An entry's document, read-only, rendered without HTML strings (nothing in a document can run or style the page). */
export function DocView({ doc }: { doc: DocNode }) {
  return <div className="doc-view prose">{renderNode(doc, 0)}</div>;
}
