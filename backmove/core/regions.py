"""The body regions of the weekly check-in (docs/evidence.md#weekly-body-map).

They are the nine regions of the Nordic Musculoskeletal Questionnaire (Kuorinka et al. 1987),
kept as stable ids because the ids are what the check-ins store: a region may be renamed on
screen or translated, never re-keyed. `REGIONS` is also the display order, head to feet, so the
map, the rating rows and the dashboard list them alike.
"""

from __future__ import annotations

from collections.abc import Mapping

REGIONS: tuple[str, ...] = (
    "neck",
    "shoulders",
    "upper_back",
    "elbows",
    "low_back",
    "wrists_hands",
    "hips_thighs",
    "knees",
    "ankles_feet",
)

LOW_BACK = "low_back"
"""The region backmove is about; the map draws it emphasised."""


def check_regions(mapping: Mapping[str, int]) -> dict[str, int]:
    """The check-in's answers in display order, or ValueError for an unknown region or a value
    that is not a whole number from 0 to 10 (a bug or a damaged import, never a user's slip)."""
    for region, value in mapping.items():
        if region not in REGIONS:
            raise ValueError(f"unknown body region {region!r}")
        if type(value) is not int or not 0 <= value <= 10:
            raise ValueError(f"region {region!r}: {value!r} is not a whole number 0-10")
    return {region: mapping[region] for region in REGIONS if region in mapping}
