"""The window is the schema: every setting, on its group's page, with its words."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from backmove.core.settings import GROUPS, SPECS, Settings, Spec
from tests.gui.settings.conftest import open_window


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.key)
def test_every_setting_has_an_editor_with_its_label_on_its_groups_page(
    shared_window, spec: Spec
) -> None:
    window = shared_window
    row = window.rows.get(spec.key)
    assert row is not None, f"{spec.key} (kind {spec.kind}) has no editor in the window"
    window.show_page(spec.group)
    assert row.isVisible()
    assert window.pages[spec.group].isAncestorOf(row)
    assert row.title.text() == spec.label
    assert row.help.isVisible() == bool(spec.help)
    assert row.help.text() == spec.help
    assert row.editor.accessibleName() == spec.label
    assert row.editor.accessibleDescription() == spec.help
    assert row.editor.value() == spec.default


def test_pages_are_the_schemas_groups_in_order_then_the_extra_pages(qtbot) -> None:
    extra = QLabel("Notifier status")
    w = open_window(qtbot, extra_pages={"Diagnostics": extra})
    assert w.page_names() == [*GROUPS, "Diagnostics"]
    assert [w.nav.item(i).text() for i in range(w.nav.count())] == [*GROUPS, "Diagnostics"]
    w.show_page("Diagnostics")
    assert extra.isVisible()
    w.close()


def test_the_window_shows_the_settings_it_is_given_and_takes_new_ones(qtbot) -> None:
    given = Settings(
        {
            "interval_min": 45,
            "focus_areas": ["neck"],
            "weekly_checkin_day": "mon",
            "days_off": ["2026-12-24"],
            "snooze_options_min": [5, 20],
        }
    )
    w = open_window(qtbot, given)
    for key, value in given.items():
        assert w.editors[key].value() == value, key
    later = given.replace(interval_min=25, theme="dark")
    w.set_settings(later)
    assert w.editors["interval_min"].value() == 25
    assert w.editors["theme"].value() == "dark"
    assert w.settings() == later
    w.close()
