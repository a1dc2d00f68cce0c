/**
 * Pure edits to a template's list of sections, as the review form makes them: move one up
 * or down, turn one on or off. Each returns a new list and leaves the given one alone.
 */
import type { TemplateSection } from '../../../common/contract';

/** The list with the section at `index` moved by `delta` places (clamped at both ends). */
export function moveSection(sections: readonly TemplateSection[], index: number, delta: number): TemplateSection[] {
  const list = [...sections];
  const to = Math.min(list.length - 1, Math.max(0, index + delta));
  if (index < 0 || index >= list.length || to === index) return list;
  const [moved] = list.splice(index, 1);
  list.splice(to, 0, moved!);
  return list;
}

/** The list with the section `id` turned on or off. */
export function setSectionEnabled(sections: readonly TemplateSection[], id: string, enabled: boolean): TemplateSection[] {
  return sections.map((s) => (s.id === id ? { ...s, enabled } : s));
}

/** Whether the user rearranged or switched sections compared with the template (so "save as template" is worth offering). */
export function sectionsDiffer(a: readonly TemplateSection[], b: readonly TemplateSection[]): boolean {
  return a.length !== b.length || a.some((s, i) => s.id !== b[i]!.id || s.enabled !== b[i]!.enabled || s.title !== b[i]!.title);
}

/** How many sections will be generated. */
export function enabledCount(sections: readonly TemplateSection[]): number {
  return sections.filter((s) => s.enabled).length;
}

/**
 * Sections the built-in templates offer that `current` lacks (first occurrence of each id), so
 * a template of the user's own — perhaps saved before a section existed — can gain them.
 */
export function missingSections(current: readonly TemplateSection[], templates: readonly { sections: readonly TemplateSection[] }[]): TemplateSection[] {
  const have = new Set(current.map((s) => s.id));
  const out: TemplateSection[] = [];
  for (const t of templates) {
    for (const s of t.sections) {
      if (have.has(s.id)) continue;
      have.add(s.id);
      out.push({ ...s, enabled: true });
    }
  }
  return out;
}
