import { describe, expect, it } from 'vitest';
import type { ReviewDraft } from '../../../common/contract';
import { doc, ok, openJournal } from '../test-helpers';
import { docLines, sectionLines } from './test-journal';

const TOPICS = {
  billing: ['Moved billing invoices to the pricing engine', 'Fixed invoice rounding in billing pricing', 'Billing invoices per pricing plan'],
  hiring: ['Ran interviews for the hiring loop', 'Rewrote the hiring rubric for interviews', 'Hiring debrief after interviews'],
  cluster: ['Upgraded the kubernetes cluster deploy', 'Kubernetes deploy retries in the cluster', 'Cluster deploy docs for kubernetes'],
};

describe('Areas of focus', () => {
  it('groups the period’s entries into named themes in the Brag document, each entry told once', () => {
    const { core } = openJournal();
    let day = 1;
    for (const texts of Object.values(TOPICS)) {
      for (const text of texts) {
        ok(core, 'entries:create', { body: doc(text), occurredOn: `2026-01-${String(day++).padStart(2, '0')}`, ownershipLevel: 'task' });
      }
    }
    const draft = ok(core, 'reviews:preview', {
      templateId: 'brag-document',
      period: { preset: 'custom', from: '2026-01-01', to: '2026-01-31' },
    }) as ReviewDraft;
    expect(docLines(draft.document).filter((l) => l.startsWith('## '))).toEqual(['## Areas of focus']);
    const lines = sectionLines(draft.document, 'Areas of focus')!;
    const heads = lines.filter((l) => /: 3 entries, up to Task level\.$/.test(l));
    expect(heads).toHaveLength(3);
    for (const word of ['billing', 'hiring', 'kubernetes']) expect(heads.some((h) => h.includes(word))).toBe(true);
    // Each theme's entries follow it, each entry once in the whole draft.
    const told = lines.filter((l) => /Task, \d+ Jan 2026$/.test(l));
    expect(told).toHaveLength(9);
    expect(new Set(told).size).toBe(9);
    const billingAt = lines.findIndex((l) => l.includes('billing') && l.endsWith('Task level.'));
    expect(lines.slice(billingAt + 1, billingAt + 4).every((l) => /billing|invoice/i.test(l))).toBe(true);
  });
});
