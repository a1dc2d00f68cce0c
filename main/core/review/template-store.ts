/** The user's own review templates (built-ins live in code, see templates.ts). */
import type { ReviewTemplate, TemplateSection } from '../../../common/contract';
import { type Clock, instant } from '../clock';
import type { Db } from '../db';
import { invalid, notFound } from '../errors';
import { newId } from '../ids';
import { builtInTemplates } from './templates';

/** A `review_templates` row as stored (the journal export reads them too). */
export interface TemplateRow {
  id: string;
  name: string;
  description: string | null;
  sections: string;
  created_at: string;
  updated_at: string;
}

function toTemplate(row: TemplateRow): ReviewTemplate {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    builtIn: false,
    sections: JSON.parse(row.sections) as TemplateSection[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Built-ins in their fixed order, then the user's templates by name. */
export function listTemplates(db: Db): ReviewTemplate[] {
  const rows = db.prepare('SELECT * FROM review_templates ORDER BY name COLLATE NOCASE, id').all() as TemplateRow[];
  return [...builtInTemplates(), ...rows.map(toTemplate)];
}

/** A built-in or user template by id; not_found otherwise. */
export function getTemplate(db: Db, id: string): ReviewTemplate {
  const builtIn = builtInTemplates().find((t) => t.id === id);
  if (builtIn) return builtIn;
  const row = db.prepare('SELECT * FROM review_templates WHERE id = ?').get(id) as TemplateRow | undefined;
  if (!row) throw notFound('Review template', id);
  return toTemplate(row);
}

export interface TemplateInput {
  id?: string | undefined;
  name: string;
  description: string | null;
  sections: TemplateSection[];
}

/** Creates a template, or replaces the user template `input.id`. */
export function saveTemplate(db: Db, clock: Clock, input: TemplateInput): ReviewTemplate {
  const now = instant(clock);
  const sections = JSON.stringify(input.sections);
  if (input.id === undefined) {
    const id = newId(clock.now().getTime());
    db.prepare(
      'INSERT INTO review_templates (id, name, description, sections, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(id, input.name, input.description, sections, now, now);
    return getTemplate(db, id);
  }
  const changed = db
    .prepare('UPDATE review_templates SET name = ?, description = ?, sections = ?, updated_at = ? WHERE id = ?')
    .run(input.name, input.description, sections, now, input.id).changes;
  if (changed === 0) throw notFound('Review template', input.id);
  return getTemplate(db, input.id);
}

/** Deletes a user template; built-ins cannot be deleted. */
export function deleteTemplate(db: Db, id: string): void {
  if (builtInTemplates().some((t) => t.id === id)) {
    throw invalid('Built-in templates cannot be deleted; turn their sections off in a copy instead', 'id');
  }
  const changed = db.prepare('DELETE FROM review_templates WHERE id = ?').run(id).changes;
  if (changed === 0) throw notFound('Review template', id);
}
