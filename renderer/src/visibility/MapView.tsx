import { api, call } from '../api';
import { navigate } from '../app/router';
import { useToday } from '../ui/useToday';
import { MapTable } from './MapTable';
import { PeopleMapSvg } from './PeopleMapSvg';
import { RecencyLegend } from './RecencyLegend';
import { useLoad } from './useLoad';

/** The people map, drawn or as a table (`?as=table`), with its legend. */
export function MapView({ asTable }: { asTable: boolean }) {
  const today = useToday();
  const map = useLoad(() => call(api.visibility.map({ today })), [today]);

  if (map.error) {
    return (
      <div className="notice notice-warning" role="alert">
        Could not load the map: {map.error}{' '}
        <button type="button" className="button-link" onClick={map.reload}>
          Try again
        </button>
      </div>
    );
  }
  if (!map.value) return <div aria-busy="true" />;
  if (map.value.people.length === 0) {
    return (
      <div className="empty">
        <h2>Nobody on the map yet</h2>
        <p>
          Add the people who see your work on the <a href="#/people">People</a> page, or mention them with @ in an entry.
        </p>
      </div>
    );
  }
  return (
    <section aria-label="People map">
      <div className="vis-map-head">
        <RecencyLegend />
        <button
          type="button"
          className="chip-button"
          aria-pressed={asTable}
          onClick={() => navigate(asTable ? '/visibility/map' : '/visibility/map?as=table', { replace: true })}
        >
          <span aria-hidden="true">☰</span> Table
        </button>
      </div>
      {asTable ? <MapTable map={map.value} /> : <PeopleMapSvg map={map.value} />}
    </section>
  );
}
