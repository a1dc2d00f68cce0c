import { LEVEL_INFO, OWNERSHIP_LEVELS } from '../../../common/vocabulary';
import { LevelBadge } from '../ui/LevelBadge';

/** The first-run explanation of the two ideas Scopebook is built on. */
export function Welcome({ hasExample, onDismiss }: { hasExample: boolean; onDismiss: () => void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">Welcome to your work journal</h2>
      <div className="welcome-grid">
        <div>
          <h3>Ownership level</h3>
          <p>
            Every entry records how far your ownership reached: a task you did, a milestone, a whole project, the
            product’s value, or the business’s leverage. Over months the mix shows whether your scope is growing.
          </p>
          <p className="welcome-levels" aria-label="The five levels">
            {OWNERSHIP_LEVELS.map((l) => (
              <LevelBadge key={l} level={l} />
            ))}
          </p>
        </div>
        <div>
          <h3>Who saw it</h3>
          <p>
            Good work only counts when the people who decide know about it. Mention them with <kbd>@</kbd> as you
            write, and Scopebook shows whose view of your work is missing.
          </p>
          {hasExample && (
            <p className="muted small">
            Below is an example entry at the {LEVEL_INFO.milestone.label.toLocaleLowerCase()} level: delete it
            whenever you like.
            </p>
          )}
        </div>
      </div>
      <button type="button" className="button" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
