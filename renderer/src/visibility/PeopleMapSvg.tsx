import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type MapPerson, type PeopleMap, RECENCY_INFO } from '../../../common/contract';
import { DIRECTION_INFO } from '../../../common/vocabulary';
import { CENTRE_RADIUS, layoutPeople, mapBounds } from './layout';
import { lastSeenText } from './recency';
import { HOME, panBy, reveal, type View, zoomAt } from './viewport';

/** How far one arrow key press pans, in map units. */
const PAN_STEP = 40;
const ZOOM_STEP = 1.25;

function shortName(name: string): string {
  return name.length > 16 ? `${name.slice(0, 15)}…` : name;
}

/** The accessible name of a person's mark: everything the mark shows, in words. */
export function personLabel(p: MapPerson): string {
  const parts = [p.name, DIRECTION_INFO[p.direction].label, `influence ${p.influence} of 5`];
  if (p.keyDecider) parts.push('key decider');
  parts.push(p.daysSince === null ? 'has never seen your work' : `last saw your work ${lastSeenText(p)} (${RECENCY_INFO[p.recency].label.toLowerCase()})`);
  return parts.join(', ');
}

/**
 * The people map drawn as SVG: the user in the middle, everyone placed by direction, sized by
 * influence, shaded and labelled by recency, connections as lines. Each person is a link (Tab
 * to reach, Enter to open); arrow keys pan, + and − zoom, 0 resets; drag to pan, wheel to zoom.
 */
export function PeopleMapSvg({ map }: { map: PeopleMap }) {
  const placed = useMemo(() => layoutPeople(map.people), [map.people]);
  const at = useMemo(() => new Map(placed.map((p) => [p.id, p])), [placed]);
  const box = useMemo(() => mapBounds(placed), [placed]);
  const [view, setView] = useState<View>(HOME);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean; id: number } | null>(null);
  const dragged = useRef(false);

  /** Client pixels → map units (the SVG scales its viewBox to the element). */
  const unitsPerPixel = () => {
    const el = svg.current;
    return el && el.clientWidth > 0 ? Math.max(box.width / el.clientWidth, box.height / el.clientHeight) : 1;
  };

  /** A client point in the SVG's user units (viewBox coordinates). */
  const toUser = (clientX: number, clientY: number) => {
    const el = svg.current;
    const ctm = el?.getScreenCTM();
    if (!el || !ctm) return { x: 0, y: 0 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  };

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = svg.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const factor = e.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
      const point = toUser(e.clientX, e.clientY);
      setView((v) => zoomAt(v, factor, point));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
    // toUser only reads the element.
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[e.key];
    if (move) setView((v) => panBy(v, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') setView((v) => zoomAt(v, ZOOM_STEP));
    else if (e.key === '-' || e.key === '_') setView((v) => zoomAt(v, 1 / ZOOM_STEP));
    else if (e.key === '0') setView(HOME);
    else return;
    e.preventDefault();
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag.current = { x: e.clientX, y: e.clientY, moved: false, id: e.pointerId };
    dragged.current = false;
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    const dx = e.clientX - d.x;
    const dy = e.clientY - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    if (!d.moved) svg.current?.setPointerCapture(d.id);
    d.moved = true;
    dragged.current = true;
    const k = unitsPerPixel();
    setView((v) => panBy(v, dx * k, dy * k));
    d.x = e.clientX;
    d.y = e.clientY;
  };
  const endDrag = () => {
    if (drag.current?.moved) svg.current?.releasePointerCapture(drag.current.id);
    drag.current = null;
  };

  const zoomButton = (factor: number) => setView((v) => zoomAt(v, factor));

  return (
    <div className="vis-map">
      <div className="vis-map-tools" role="toolbar" aria-label="Map zoom">
        <button type="button" className="icon-button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => zoomButton(ZOOM_STEP)}>
          +
        </button>
        <button type="button" className="icon-button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => zoomButton(1 / ZOOM_STEP)}>
          −
        </button>
        <button type="button" className="button button-small" onClick={() => setView(HOME)} title="Reset (0)">
          Reset view
        </button>
        <span className="muted small" id="vis-map-help">
          Tab moves between people, Enter opens one; arrow keys pan, + and − zoom. Drag to pan, scroll to zoom.
        </span>
      </div>
      <svg
        ref={svg}
        className="vis-map-svg"
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="group"
        aria-label="People map: you in the middle, people placed by where they sit"
        aria-describedby="vis-map-help"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onClickCapture={(e) => {
          // The end of a drag is not a click on whoever is under the pointer.
          if (dragged.current) {
            e.preventDefault();
            e.stopPropagation();
            dragged.current = false;
          }
        }}
        data-scale={view.scale.toFixed(2)}
      >
        <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
          <g className="vis-guides" aria-hidden="true">
            <circle r={140} />
            <circle r={270} />
            <text x={0} y={-box.height / 2 + 34} textAnchor="middle">
              ↑ Up and above
            </text>
            <text x={-box.width / 2 + 14} y={-8} textAnchor="start">
              ← Sideways
            </text>
            <text x={box.width / 2 - 14} y={-8} textAnchor="end">
              Sideways →
            </text>
            <text x={0} y={box.height / 2 - 16} textAnchor="middle">
              ↓ Down
            </text>
          </g>
          <g className="vis-links" aria-hidden="true">
            {map.connections.map((c) => {
              const a = at.get(c.a);
              const b = at.get(c.b);
              return a && b ? <line key={`${c.a}-${c.b}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
            })}
          </g>
          <g className="vis-you" aria-hidden="true">
            <circle r={CENTRE_RADIUS} />
            <text y={5} textAnchor="middle">
              You
            </text>
          </g>
          {map.people.map((p) => {
            const pos = at.get(p.id);
            if (!pos) return null;
            const info = RECENCY_INFO[p.recency];
            return (
              <a
                key={p.id}
                href={`#/people/${p.id}`}
                className={`vis-person recency-${p.recency}${p.keyDecider ? ' is-key' : ''}`}
                aria-label={personLabel(p)}
                data-person={p.id}
                onFocus={() => setView((v) => reveal(v, pos, box))}
              >
                <title>{personLabel(p)}</title>
                {p.keyDecider && <circle className="vis-key-ring" cx={pos.x} cy={pos.y} r={pos.r + 5} />}
                <circle className="vis-mark" cx={pos.x} cy={pos.y} r={pos.r} />
                <text className="vis-mark-glyph" x={pos.x} y={pos.y + 5} textAnchor="middle" aria-hidden="true">
                  {info.glyph}
                </text>
                {p.keyDecider && (
                  <text className="vis-key-badge" x={pos.x + pos.r * 0.75} y={pos.y - pos.r * 0.6} textAnchor="middle">
                    ♛
                  </text>
                )}
                <text className="vis-name" x={pos.x} y={pos.y + pos.r + 16} textAnchor="middle">
                  {shortName(p.name)}
                </text>
                <text className="vis-recency" x={pos.x} y={pos.y + pos.r + 30} textAnchor="middle">
                  {info.glyph} {lastSeenText(p)}
                </text>
              </a>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
