/**
 * Building blocks of the API contract: the operation declaration helper, the result
 * envelope, typed errors and the schemas every domain reuses.
 * Pure TypeScript + zod: safe to load in the core, the preload and the renderer.
 */
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, GOAL_STATUSES, OWNERSHIP_LEVELS } from '../vocabulary';
import { normaliseTag } from '../tags';

export const ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'storage'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The only error shape that ever crosses a process boundary. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Dotted path of the offending input field, when one is to blame. */
  field?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Whether an operation changes the journal (runs in one write transaction). */
export type OpKind = 'read' | 'write';

export interface OpDef<I extends z.ZodType, R> {
  kind: OpKind;
  input: I;
  /** Phantom: carries the result type, never read at run time. */
  result?: R;
  summary: string;
}

/** Declare an operation: `op<ResultType>()('write', schema, 'what it does')`. */
export function op<R>() {
  return <I extends z.ZodType>(kind: OpKind, input: I, summary: string): OpDef<I, R> => ({ kind, input, summary });
}

// ---------------------------------------------------------------- primitives

/** A local calendar day, `YYYY-MM-DD`, that really exists (no 2023-02-30). */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar day written YYYY-MM-DD')
  .refine(isRealDay, 'is not a real calendar day');

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** Ids are UUIDv7 strings made by the core. */
export const Id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be an id');

/** An id a caller chooses for a new row: a lower-case UUIDv7 (common/ids.ts makes one). */
export const NewId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a lower-case UUIDv7 (version 7, RFC 9562)');

export const Level = z.enum(OWNERSHIP_LEVELS);
export const DirectionSchema = z.enum(DIRECTIONS);
export const ChannelSchema = z.enum(CHANNELS);
export const GoalStatusSchema = z.enum(GOAL_STATUSES);

/** Short single-line text: trimmed; empty becomes null. */
export function shortText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => s.trim())
    .transform((s) => (s === '' ? null : s));
}

/** Longer free text (notes, motivations): kept as typed, empty becomes null. */
export function longText(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => (s.trim() === '' ? null : s));
}

export const TagName = z
  .string()
  .max(60, 'must be at most 60 characters')
  .transform(normaliseTag)
  .refine((s) => s.length > 0, 'must not be empty');

export { normaliseTag };

// ---------------------------------------------------------------- documents

/** A TipTap / ProseMirror JSON node. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

export const DOC_LIMITS = { maxDepth: 64, maxNodes: 200_000, maxTextChars: 2_000_000 } as const;

/**
 * Checks an untrusted value is a well-formed document, iteratively (hostile nesting
 * cannot overflow the stack) and within size limits. Returns an error message or null.
 */
export function checkDoc(value: unknown): string | null {
  if (!isPlainObject(value) || value.type !== 'doc') return 'must be a document whose root node has type "doc"';
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: value, depth: 1, path: 'body' }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (depth > DOC_LIMITS.maxDepth) return `${path}: nested more than ${DOC_LIMITS.maxDepth} levels deep`;
    if (++nodes > DOC_LIMITS.maxNodes) return `has more than ${DOC_LIMITS.maxNodes} nodes`;
    if (!isPlainObject(node)) return `${path}: must be a node object`;
    for (const key of Object.keys(node)) {
      if (!['type', 'attrs', 'content', 'marks', 'text'].includes(key)) return `${path}: unknown key "${key}"`;
    }
    if (typeof node.type !== 'string' || node.type.length === 0 || node.type.length > 64) {
      return `${path}.type: must be a node type name`;
    }
    if (node.attrs !== undefined && !isPlainObject(node.attrs)) return `${path}.attrs: must be an object`;
    if (node.text !== undefined) {
      if (typeof node.text !== 'string') return `${path}.text: must be a string`;
      chars += node.text.length;
      if (chars > DOC_LIMITS.maxTextChars) return `has more than ${DOC_LIMITS.maxTextChars} characters of text`;
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return `${path}.marks: must be a list`;
      for (const mark of node.marks) {
        if (!isPlainObject(mark) || typeof mark.type !== 'string' || mark.type.length === 0) {
          return `${path}.marks: each mark needs a type`;
        }
        if (mark.attrs !== undefined && !isPlainObject(mark.attrs)) return `${path}.marks: attrs must be an object`;
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return `${path}.content: must be a list`;
      node.content.forEach((child, i) => stack.push({ node: child, depth: depth + 1, path: `${path}.content.${i}` }));
    }
  }
  return null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const Doc = z.unknown().transform((v, ctx): DocNode => {
  const problem = checkDoc(v);
  if (problem) {
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return v as DocNode;
});

/** An empty TipTap document. */
export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

// ---------------------------------------------------------------- paging

export const PageInput = {
  limit: z.number().int().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
};

export interface Page<T> {
  items: T[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
}
