import { useId, useState } from 'react';
import '../styles/visibility.css';
import type { Praise } from '../../../common/contract';
import { useConfirm } from '../ui/confirm';
import { useToday } from '../ui/useToday';
import { PraiseForm } from './PraiseForm';
import { PraiseList } from './PraiseList';
import { usePraise } from './usePraise';

/** On a person's page: the praise they gave, and a form to add more. */
export function PersonPraise({ id, name }: { id: string; name: string }) {
  const today = useToday();
  const titleId = useId();
  const { list, added, remove } = usePraise(id);
  const [adding, setAdding] = useState(false);
  const { ask, dialog } = useConfirm();

  const confirmRemove = async (p: Praise) => {
    if (await ask({ title: 'Remove this praise?', body: <p>“{p.words}” will be gone for good.</p>, confirm: 'Remove' })) void remove(p);
  };

  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>Praise from {name}</h2>
      {list.error && <p className="field-error">{list.error}</p>}
      {list.value && list.value.length === 0 && !adding && (
        <p className="muted">Nothing recorded yet. When {name} tells you that you did something well, write it down here.</p>
      )}
      {list.value && list.value.length > 0 && <PraiseList praise={list.value} showWho={false} onDelete={(p) => void confirmRemove(p)} />}
      {adding ? (
        <PraiseForm
          today={today}
          person={{ id, name }}
          onAdded={(p) => {
            setAdding(false);
            added(p);
          }}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          Add praise from {name}
        </button>
      )}
      {dialog}
    </section>
  );
}
