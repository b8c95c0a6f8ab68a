"""Bar charts as plain SVG data, drawn by a template: no script, nothing fetched, works offline."""

from __future__ import annotations

from typing import Any

BAR_HEIGHT = 22
LABEL_WIDTH = 220
PLOT_WIDTH = 480


def bar_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows of (label, value) as bars scaled to the largest value; NULL values count 0."""
    values = [float(r["value"] or 0) for r in rows]
    top = max(values, default=0.0) or 1.0
    bars = [
        {
            "label": str(r["label"]),
            "value": value,
            "text": f"{value:,.0f}",
            "y": i * BAR_HEIGHT,
            "width": max(1.0, PLOT_WIDTH * value / top) if value > 0 else 0.0,
        }
        for i, (r, value) in enumerate(zip(rows, values, strict=True))
    ]
    return {
        "bars": bars,
        "height": max(1, len(bars)) * BAR_HEIGHT,
        "label_width": LABEL_WIDTH,
        "width": LABEL_WIDTH + PLOT_WIDTH + 140,
    }
