"""Relationship diagrams as static SVG, from a small layered (Sugiyama-style) layout.

The input is a set of boxes (resources) and directed links (relationships); the output is a
:class:`DiagramView` of plain numbers and strings that ``templates/docs/diagram.svg.j2`` prints.
Every step is deterministic: ties are broken by name or by the previous position, and coordinates
are rounded when formatted, so the same spec always gives the same bytes.

The steps:

1. links between the same two boxes are merged into one edge (labelled with every relationship
   name, arrowheads at the ends they point to); a link from a box to itself becomes a loop;
2. edges are oriented top to bottom along an order that reverses as few links as it can (the
   greedy heuristic of Eades, Lin and Smyth), so referring resources sit above the ones they
   refer to;
3. boxes are put in layers by longest path, sources pulled down next to what they point at;
   edges spanning several layers get a waypoint in each layer they cross;
4. each layer is ordered by barycenters, sweeping down and up, keeping the order with the fewest
   crossings;
5. x positions move each box towards its neighbours while keeping the order and a minimum gap
   (an isotonic regression per layer, solved exactly by pooling adjacent violators);
6. labels go on the edge in the gap between two layers, at the first candidate place that
   overlaps no box and no earlier label.

Boxes with no links at all are set out in a last row.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

# Geometry, in SVG user units (pixels at 100%). Text is set in a monospace font, so its width is
# known from its length: 0.6 em per character, plus a little slack for font differences.
NAME_FONT = 13.0
CAPTION_FONT = 11.0
LABEL_FONT = 11.0
CHAR_EM = 0.62
BOX_HEIGHT = 42.0
BOX_PADDING = 12.0
MIN_BOX_WIDTH = 90.0
LAYER_GAP = 78.0
BOX_GAP = 28.0
WAYPOINT_WIDTH = 14.0
LOOP_ROOM = 34.0
MARGIN = 24.0
LOOSE_ROW_WIDTH = 1100.0
LABEL_HEIGHT = 14.0
ORDER_SWEEPS = 16
POSITION_SWEEPS = 24


@dataclass(frozen=True)
class Box:
    """A resource to draw: ``name`` in bold, ``caption`` under it, linking to ``href``.

    ``style`` is ``""``, ``"focus"`` (the subject of the diagram) or ``"outside"`` (dashed: a
    neighbour from elsewhere)."""

    key: str
    name: str
    caption: str
    href: str
    style: str = ""


@dataclass(frozen=True)
class Link:
    """A relationship ``label`` from box ``source`` to box ``target``."""

    source: str
    target: str
    label: str
    to_many: bool


@dataclass(frozen=True)
class BoxView:
    key: str
    name: str
    caption: str
    href: str
    style: str
    x: str
    y: str
    width: str
    height: str
    name_x: str
    name_y: str
    caption_y: str
    title: str


@dataclass(frozen=True)
class EdgeView:
    path: str
    marker_start: str
    marker_end: str
    label: str
    label_x: str
    label_y: str
    label_box_x: str
    label_box_y: str
    label_box_width: str
    title: str


@dataclass(frozen=True)
class LegendItem:
    kind: str
    text: str
    x: str
    y: str
    rect_y: str
    text_x: str
    text_y: str


@dataclass(frozen=True)
class DiagramView:
    """Everything the SVG template prints."""

    title: str
    description: str
    width: str
    height: str
    view_box: str
    boxes: list[BoxView]
    edges: list[EdgeView]
    legend: list[LegendItem]
    name_font: str
    caption_font: str
    label_font: str
    label_height: str


def num(value: float) -> str:
    """A coordinate as short, stable text: one decimal at most, no ``-0``."""
    text = f"{round(value, 1):.1f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def mean(values: Sequence[float]) -> float:
    """The mean of ``values``, correctly rounded: ``sum()`` adds floats differently from Python
    3.12 on, and the diagrams must come out byte for byte the same on every supported Python."""
    return math.fsum(values) / len(values)


def text_width(text: str, font: float) -> float:
    return len(text) * font * CHAR_EM


# --- the graph ------------------------------------------------------------------------------------


@dataclass
class _Edge:
    """Links between two boxes merged into one edge, oriented ``upper`` -> ``lower`` for layout."""

    upper: str
    lower: str
    down: list[Link] = field(default_factory=list)  # links from upper to lower
    up: list[Link] = field(default_factory=list)  # links from lower to upper

    @property
    def label(self) -> str:
        """The relationship names, each way; past two names one way, a count stands for the rest
        (the edge's tooltip lists them all)."""
        return " / ".join(_names(links) for links in (self.down, self.up) if links)


def _names(links: list[Link]) -> str:
    names = sorted({link.label for link in links})
    if len(names) <= 2:
        return ", ".join(names)
    return f"{names[0]} +{len(names) - 1} more"


def _merge(
    boxes: dict[str, Box], links: Iterable[Link]
) -> tuple[list[_Edge], dict[str, list[Link]]]:
    pairs: dict[tuple[str, str], list[Link]] = defaultdict(list)
    loops: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        if link.source not in boxes or link.target not in boxes:
            raise ValueError(f"link {link.label!r} names a box that is not drawn")
        if link.source == link.target:
            loops[link.source].append(link)
        else:
            first, second = sorted((link.source, link.target))
            pairs[(first, second)].append(link)
    edges = []
    for (first, second), members in sorted(pairs.items()):
        edge = _Edge(first, second)
        for link in sorted(members, key=lambda k: (k.source, k.label)):
            (edge.down if link.source == first else edge.up).append(link)
        edges.append(edge)
    return edges, dict(loops)


def _feedback_order(nodes: list[str], edges: list[_Edge]) -> list[str]:
    """Eades-Lin-Smyth: an order of the nodes in which few links point backwards."""
    succ: dict[str, set[str]] = {n: set() for n in nodes}
    pred: dict[str, set[str]] = {n: set() for n in nodes}
    for edge in edges:
        if edge.down:
            succ[edge.upper].add(edge.lower)
            pred[edge.lower].add(edge.upper)
        if edge.up:
            succ[edge.lower].add(edge.upper)
            pred[edge.upper].add(edge.lower)
    left: list[str] = []
    right: list[str] = []
    remaining = set(nodes)

    def drop(node: str) -> None:
        remaining.discard(node)
        for other in succ[node]:
            pred[other].discard(node)
        for other in pred[node]:
            succ[other].discard(node)

    while remaining:
        changed = True
        while changed:
            changed = False
            for node in sorted(remaining):
                if not succ[node] & remaining:
                    right.insert(0, node)
                    drop(node)
                    changed = True
            for node in sorted(remaining):
                if not pred[node] & remaining:
                    left.append(node)
                    drop(node)
                    changed = True
        if remaining:
            best = max(
                sorted(remaining),
                key=lambda n: len(succ[n] & remaining) - len(pred[n] & remaining),
            )
            left.append(best)
            drop(best)
    return left + right


def _orient(nodes: list[str], edges: list[_Edge]) -> None:
    position = {n: i for i, n in enumerate(_feedback_order(nodes, edges))}
    for edge in edges:
        if position[edge.upper] > position[edge.lower]:
            edge.upper, edge.lower = edge.lower, edge.upper
            edge.down, edge.up = edge.up, edge.down


def _layers(nodes: list[str], edges: list[_Edge]) -> dict[str, int]:
    """Longest-path layering from the top; sources then move down next to their targets."""
    succ: dict[str, list[str]] = {n: [] for n in nodes}
    pred: dict[str, list[str]] = {n: [] for n in nodes}
    for edge in edges:
        succ[edge.upper].append(edge.lower)
        pred[edge.lower].append(edge.upper)
    layer: dict[str, int] = {}

    def depth(node: str) -> int:
        if node not in layer:
            layer[node] = max((depth(p) + 1 for p in pred[node]), default=0)
        return layer[node]

    for node in nodes:
        depth(node)
    for node in sorted(nodes, key=lambda n: (-layer[n], n)):
        if not pred[node] and succ[node]:
            layer[node] = min(layer[s] for s in succ[node]) - 1
    low = min(layer.values(), default=0)
    return {n: v - low for n, v in layer.items()}


# --- layout -------------------------------------------------------------------------------------


@dataclass
class _Slot:
    """A box or a waypoint of an edge, in one layer."""

    key: str
    width: float
    box: Box | None
    up: list[str] = field(default_factory=list)  # slots in the layer above, linked to this one
    down: list[str] = field(default_factory=list)  # slots in the layer below
    x: float = 0.0  # centre


def _crossings(rows: list[list[str]], slots: dict[str, _Slot]) -> int:
    total = 0
    for upper, lower in pairwise(rows):
        where = {k: i for i, k in enumerate(lower)}
        ends = [(i, where[d]) for i, k in enumerate(upper) for d in slots[k].down]
        for index, (a1, b1) in enumerate(ends):
            for a2, b2 in ends[index + 1 :]:
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
    return total


def _order(rows: list[list[str]], slots: dict[str, _Slot]) -> list[list[str]]:
    """Barycenter sweeps; returns the ordering with the fewest crossings seen."""
    best = [list(r) for r in rows]
    best_count = _crossings(best, slots)
    current = [list(r) for r in rows]
    for sweep in range(ORDER_SWEEPS):
        downward = sweep % 2 == 0
        indices = range(1, len(current)) if downward else range(len(current) - 2, -1, -1)
        for i in indices:
            fixed = current[i - 1] if downward else current[i + 1]
            where = {k: p for p, k in enumerate(fixed)}
            row = current[i]

            def barycenter(
                key: str, row: list[str] = row, where: dict[str, int] = where, down: bool = downward
            ) -> float:
                near = slots[key].up if down else slots[key].down
                if not near:
                    return float(row.index(key))
                return sum(where[n] for n in near) / len(near)

            current[i] = sorted(row, key=lambda k: (barycenter(k), row.index(k)))
        count = _crossings(current, slots)
        if count < best_count:
            best, best_count = [list(r) for r in current], count
    return best


def _pool_adjacent_violators(targets: list[float]) -> list[float]:
    """The non-decreasing sequence closest (least squares) to ``targets``."""
    blocks: list[list[float]] = []  # [sum, count]
    for value in targets:
        blocks.append([value, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    out: list[float] = []
    for total, count in blocks:
        out.extend([total / count] * int(count))
    return out


def _place_row(row: list[str], slots: dict[str, _Slot], wanted: list[float]) -> None:
    """Put the row's centres as close to ``wanted`` as the order and the gaps allow."""
    offsets = [0.0]
    for left, right in pairwise(row):
        offsets.append(offsets[-1] + (slots[left].width + slots[right].width) / 2 + BOX_GAP)
    fitted = _pool_adjacent_violators([w - o for w, o in zip(wanted, offsets, strict=True)])
    for key, base, offset in zip(row, fitted, offsets, strict=True):
        slots[key].x = base + offset


def _position(rows: list[list[str]], slots: dict[str, _Slot]) -> None:
    for row in rows:
        _place_row(row, slots, [0.0] * len(row))
    for sweep in range(POSITION_SWEEPS):
        downward = sweep % 2 == 0
        both = sweep >= POSITION_SWEEPS - 4
        indices = range(1, len(rows)) if downward else range(len(rows) - 2, -1, -1)
        for i in indices:
            row = rows[i]
            wanted = []
            for key in row:
                slot = slots[key]
                near = slot.up + slot.down if both else (slot.up if downward else slot.down)
                xs = [slots[n].x for n in near]
                wanted.append(mean(xs) if xs else slot.x)
            _place_row(row, slots, wanted)


def _controls(
    start: tuple[float, float], end: tuple[float, float], vertical: bool
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Control points of a cubic leaving and entering along the layer axis."""
    (x0, y0), (x1, y1) = start, end
    if vertical:
        mid = (y1 - y0) / 2
        return (x0, y0 + mid), (x1, y1 - mid)
    mid = (x1 - x0) / 2
    return (x0 + mid, y0), (x1 - mid, y1)


def _curve(points: Sequence[tuple[float, float]], vertical: bool) -> str:
    """A smooth path through points, tangent to the layer axis at each one."""
    (x0, y0), rest = points[0], points[1:]
    parts = [f"M{num(x0)},{num(y0)}"]
    for x1, y1 in rest:
        across = abs(x1 - x0) if vertical else abs(y1 - y0)
        if across < 0.05:
            parts.append(f"L{num(x1)},{num(y1)}")
        else:
            c1, c2 = _controls((x0, y0), (x1, y1), vertical)
            parts.append(
                f"C{num(c1[0])},{num(c1[1])} {num(c2[0])},{num(c2[1])} {num(x1)},{num(y1)}"
            )
        x0, y0 = x1, y1
    return " ".join(parts)


def _bezier_point(
    start: tuple[float, float], end: tuple[float, float], t: float, vertical: bool
) -> tuple[float, float]:
    """A point of the cubic that :func:`_curve` draws from ``start`` to ``end``."""
    (x0, y0), (x1, y1) = start, end
    c1, c2 = _controls(start, end, vertical)
    u = 1 - t
    x = u**3 * x0 + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * x1
    y = u**3 * y0 + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * y1
    return x, y


Rect = tuple[float, float, float, float]  # x, y, width, height


def _overlap(a: Rect, b: Rect) -> float:
    dx = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    dy = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    return dx * dy if dx > 0 and dy > 0 else 0.0


def _box_width(box: Box) -> float:
    return max(
        MIN_BOX_WIDTH,
        text_width(box.name, NAME_FONT) + 2 * BOX_PADDING,
        text_width(box.caption, CAPTION_FONT) + 2 * BOX_PADDING,
    )


def _loop_room(links: list[Link]) -> float:
    """Room right of a box for its loop and the loop's label."""
    return LOOP_ROOM + text_width(_names(links), LABEL_FONT) + 10


def _marker(links: list[Link]) -> str:
    if not links:
        return ""
    return "many" if any(link.to_many for link in links) else "one"


def _title(links: list[Link]) -> str:
    return "; ".join(
        f"{link.source}.{link.label} -> {link.target} ({'many' if link.to_many else 'one'})"
        for link in links
    )


def layout(
    title: str,
    description: str,
    boxes: Sequence[Box],
    links: Iterable[Link],
    outside_legend: str = "",
    direction: str = "down",
) -> DiagramView:
    """Lay out ``boxes`` and ``links`` and return what the SVG template prints.

    Layers run down the page (``direction="down"``) or across it (``"right"``, for a resource
    with many neighbours: they stack in a column instead of filling a wide row).
    ``outside_legend`` explains dashed boxes in the legend (none when empty)."""
    if direction not in ("down", "right"):
        raise ValueError(f"unknown direction {direction!r}")
    vertical = direction == "down"
    by_key = {b.key: b for b in boxes}
    if len(by_key) != len(boxes):
        raise ValueError("two boxes share a key")
    edges, loops = _merge(by_key, links)
    linked = sorted({e.upper for e in edges} | {e.lower for e in edges} | set(loops))
    loose = [b for b in sorted(boxes, key=lambda b: b.key) if b.key not in linked]
    _orient(linked, edges)
    layer = _layers(linked, edges)

    # Along a layer, a slot takes its box's width (down) or height (right), plus room for a loop:
    # right of the box going down, above it going right.
    slots: dict[str, _Slot] = {}
    room: dict[str, float] = {}
    for key in linked:
        room[key] = _loop_room(loops[key]) if key in loops and vertical else 0.0
        if key in loops and not vertical:
            room[key] = LOOP_ROOM + LABEL_HEIGHT
        extent = _box_width(by_key[key]) if vertical else BOX_HEIGHT + BOX_GAP / 2
        slots[key] = _Slot(key, extent + room[key], by_key[key])
    chains: list[tuple[_Edge, list[str]]] = []
    for edge in edges:
        chain = [edge.upper]
        for depth in range(layer[edge.upper] + 1, layer[edge.lower]):
            waypoint = f"{edge.upper}>{edge.lower}@{depth}"
            slots[waypoint] = _Slot(waypoint, WAYPOINT_WIDTH, None)
            layer[waypoint] = depth
            chain.append(waypoint)
        chain.append(edge.lower)
        for upper, lower in pairwise(chain):
            slots[upper].down.append(lower)
            slots[lower].up.append(upper)
        chains.append((edge, chain))

    depth_count = max(layer.values(), default=-1) + 1
    rows: list[list[str]] = [[] for _ in range(depth_count)]
    for key in sorted(slots, key=lambda k: (layer[k], k)):
        rows[layer[key]].append(key)
    rows = _order(rows, slots)
    _position(rows, slots)

    # Shift so the first slot of any layer starts at the margin.
    shift = MARGIN - min((s.x - s.width / 2 for s in slots.values()), default=0.0)
    for slot in slots.values():
        slot.x += shift

    # Where each layer starts and ends on the layer axis. Going right, a column is as wide as
    # its widest box, and the gap after it as wide as the longest label crossing it.
    band: list[tuple[float, float]] = []
    cursor = MARGIN
    for depth, row in enumerate(rows):
        if vertical:
            extent = BOX_HEIGHT
            gap = LAYER_GAP
        else:
            extent = max(
                [_box_width(by_key[k]) for k in row if slots[k].box is not None] + [WAYPOINT_WIDTH]
            )
            crossing = [
                text_width(edge.label, LABEL_FONT)
                for edge, chain in chains
                if layer[chain[0]] <= depth < layer[chain[-1]]
            ]
            gap = max([LAYER_GAP] + [w + 48 for w in crossing])
        band.append((cursor, cursor + extent))
        cursor += extent + gap

    def point(position: float, depth_position: float) -> tuple[float, float]:
        return (position, depth_position) if vertical else (depth_position, position)

    box_rects: dict[str, Rect] = {}
    for key in linked:
        slot = slots[key]
        width = _box_width(by_key[key])
        start, stop = band[layer[key]]
        if vertical:
            box_rects[key] = (slot.x - slot.width / 2, start, width, BOX_HEIGHT)
        else:
            top = slot.x - slot.width / 2 + room[key]
            box_rects[key] = ((start + stop - width) / 2, top, width, BOX_HEIGHT)
    width = max([r[0] + r[2] + MARGIN for r in box_rects.values()] + [MARGIN])
    height = max([r[1] + r[3] for r in box_rects.values()] + [0.0])

    # Boxes with no links: rows at the bottom, left to right.
    y = height + (LAYER_GAP if linked else MARGIN)
    x = MARGIN
    for box in loose:
        box_width = _box_width(box)
        if x > MARGIN and x + box_width > max(width, LOOSE_ROW_WIDTH) - MARGIN:
            x, y = MARGIN, y + BOX_HEIGHT + BOX_GAP
        box_rects[box.key] = (x, y, box_width, BOX_HEIGHT)
        x += box_width + BOX_GAP
    width = max([width] + [r[0] + r[2] + MARGIN for r in box_rects.values()])
    bottom = max((r[1] + r[3] for r in box_rects.values()), default=MARGIN)

    def port(key: str, side: str, other: str) -> tuple[float, float]:
        """Where an edge to ``other`` meets ``key``'s box: its far side (``down``) or near side,
        spread in the order of the far ends so that edges do not cross at the box."""
        bx, by, bw, bh = box_rects[key]
        near = slots[key].down if side == "down" else slots[key].up
        ordered = sorted(near, key=lambda n: (slots[n].x, n))
        fraction = (ordered.index(other) + 1) / (len(ordered) + 1)
        if vertical:
            return bx + bw * (0.1 + 0.8 * fraction), by + (bh if side == "down" else 0.0)
        return bx + (bw if side == "down" else 0.0), by + bh * (0.2 + 0.6 * fraction)

    placed: list[Rect] = list(box_rects.values())
    edge_views: list[EdgeView] = []
    for edge, chain in chains:
        points = [port(chain[0], "down", chain[1])]
        for waypoint in chain[1:-1]:
            start, stop = band[layer[waypoint]]
            points.append(point(slots[waypoint].x, start))
            points.append(point(slots[waypoint].x, stop))
        points.append(port(chain[-1], "up", chain[-2]))
        label = edge.label
        label_width = text_width(label, LABEL_FONT) + 6
        gaps = [(points[i], points[i + 1]) for i in range(0, len(points), 2)]
        candidates = [
            _bezier_point(start_point, end_point, t, vertical)
            for t in (0.5, 0.35, 0.65, 0.2, 0.8)
            for start_point, end_point in gaps
        ]
        best: tuple[float, float] = candidates[0]
        best_cost = float("inf")
        for cx, cy in candidates:
            rect = (cx - label_width / 2, cy - LABEL_HEIGHT / 2, label_width, LABEL_HEIGHT)
            cost = math.fsum(_overlap(rect, other) for other in placed)
            if cost < best_cost:
                best, best_cost = (cx, cy), cost
            if cost == 0:
                break
        lx, ly = best
        placed.append((lx - label_width / 2, ly - LABEL_HEIGHT / 2, label_width, LABEL_HEIGHT))
        width = max(width, lx + label_width / 2 + MARGIN)
        edge_views.append(
            _edge_view(
                _curve(points, vertical),
                _marker(edge.up),
                _marker(edge.down),
                label,
                (lx, ly),
                _title(edge.down + edge.up),
            )
        )
    for key, members in sorted(loops.items()):
        x0, y0, w0, h0 = box_rects[key]
        label = _names(members)
        label_width = text_width(label, LABEL_FONT) + 6
        if vertical:  # on the right of the box, label beyond it
            right = x0 + w0
            path = (
                f"M{num(right)},{num(y0 + h0 * 0.3)} "
                f"C{num(right + LOOP_ROOM)},{num(y0 - 4)} "
                f"{num(right + LOOP_ROOM)},{num(y0 + h0 + 4)} {num(right)},{num(y0 + h0 * 0.7)}"
            )
            centre = (right + LOOP_ROOM + 2 + label_width / 2, y0 + h0 / 2)
        else:  # above the box, label above it
            path = (
                f"M{num(x0 + w0 * 0.35)},{num(y0)} "
                f"C{num(x0 + w0 * 0.3)},{num(y0 - LOOP_ROOM)} "
                f"{num(x0 + w0 * 0.7)},{num(y0 - LOOP_ROOM)} {num(x0 + w0 * 0.65)},{num(y0)}"
            )
            centre = (x0 + w0 / 2, y0 - LOOP_ROOM - LABEL_HEIGHT / 2 + 4)
        edge_views.append(_edge_view(path, "", _marker(members), label, centre, _title(members)))
        width = max(width, centre[0] + label_width / 2 + MARGIN)

    legend: list[LegendItem] = []
    legend_y = bottom + MARGIN
    entries = [("one", "to-one relationship"), ("many", "to-many relationship")]
    if outside_legend:
        entries.append(("outside", outside_legend))
    x = MARGIN
    for kind, text in entries:
        legend.append(
            LegendItem(
                kind, text, num(x), num(legend_y), num(legend_y - 5), num(x + 40), num(legend_y + 4)
            )
        )
        x += 40 + text_width(text, LABEL_FONT) + 28
    height = legend_y + MARGIN
    width = max(width, x)

    box_views = []
    for box in sorted(boxes, key=lambda b: b.key):
        bx, by, bw, bh = box_rects[box.key]
        box_views.append(
            BoxView(
                key=box.key,
                name=box.name,
                caption=box.caption,
                href=box.href,
                style=box.style,
                x=num(bx),
                y=num(by),
                width=num(bw),
                height=num(bh),
                name_x=num(bx + bw / 2),
                name_y=num(by + 18),
                caption_y=num(by + 33),
                title=f"{box.name} ({box.caption})",
            )
        )
    return DiagramView(
        title=title,
        description=description,
        width=num(width),
        height=num(height),
        view_box=f"0 0 {num(width)} {num(height)}",
        boxes=box_views,
        edges=edge_views,
        legend=legend,
        name_font=num(NAME_FONT),
        caption_font=num(CAPTION_FONT),
        label_font=num(LABEL_FONT),
        label_height=num(LABEL_HEIGHT),
    )


def _edge_view(
    path: str, start: str, end: str, label: str, centre: tuple[float, float], title: str
) -> EdgeView:
    label_width = text_width(label, LABEL_FONT) + 6
    lx, ly = centre
    return EdgeView(
        path=path,
        marker_start=start,
        marker_end=end,
        label=label,
        label_x=num(lx),
        label_y=num(ly + LABEL_FONT * 0.35),
        label_box_x=num(lx - label_width / 2),
        label_box_y=num(ly - LABEL_HEIGHT / 2),
        label_box_width=num(label_width),
        title=title,
    )
