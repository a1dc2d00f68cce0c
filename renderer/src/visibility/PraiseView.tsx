import { useId } from 'react';
import type { Praise } from '../../../common/contract';
import { useConfirm } from '../ui/confirm';
import { useToday } from '../ui/useToday';
import { PraiseForm } from './PraiseForm';
import { PraiseList } from './PraiseList';
import { usePraise } from './usePraise';

/** The whole praise log, newest first, with a form to record more. The self-review quotes it. */
export function PraiseView() {
  const today = useToday();
  const id = useId();
  const { list, added, remove } = usePraise();
  const { ask, dialog } = useConfirm();
  const confirmRemove = async (p: Praise) => {
    if (await ask({ title: 'Remove this praise?', body: <p>“{p.words}” will be gone for good.</p>, confirm: 'Remove' })) void remove(p);
  };
  return (
    <>
      <section className="section" aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>Record praise</h2>
        <p className="muted small">Did anybody tell you that you did something well? Write it down while you remember the words.</p>
        <PraiseForm today={today} onAdded={added} />
      </section>
      <section className="section" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>Praise received</h2>
        {list.error && <p className="field-error">{list.error}</p>}
        {list.value && list.value.length === 0 && <p className="muted">Nothing recorded yet.</p>}
        {list.value && list.value.length > 0 && <PraiseList praise={list.value} onDelete={(p) => void confirmRemove(p)} />}
      </section>
      {dialog}
    </>
  );
}
