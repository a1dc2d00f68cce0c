/** Influence 1–5 as pips, with its number for screen readers. */
export function Influence({ value }: { value: number }) {
  return (
    <span className="influence" role="img" aria-label={`Influence ${value} of 5`} title={`Influence ${value} of 5`}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= value ? 'pip is-on' : 'pip'} />
      ))}
    </span>
  );
}
