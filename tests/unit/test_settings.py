"""The settings file as a user meets it: defaults, edits, mistakes, and files from elsewhere."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backmove.core import settings as s
from backmove.core.messages import (
    SettingBadFormat,
    SettingNotAChoice,
    SettingOutOfRange,
    SettingOutsideRecommended,
    SettingsFileNewer,
    SettingsFileRepaired,
    SettingsFileUnreadable,
    SettingUnknown,
    SettingWrongType,
)

STAMP = "20260330-091500"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_is_defined_once_with_label_group_and_a_valid_default() -> None:
    keys = [spec.key for spec in s.SPECS]
    assert len(keys) == len(set(keys))
    for spec in s.SPECS:
        assert spec.label, spec.key
        assert spec.group in s.GROUPS, spec.key
        assert s.validate(spec.key, spec.default) is None, spec.key
        if spec.kind == "int":
            assert spec.lo is not None and spec.hi is not None
            assert spec.rec_lo is not None and spec.rec_hi is not None
            assert spec.lo <= spec.rec_lo <= spec.default <= spec.rec_hi <= spec.hi, spec.key


def test_defaults_follow_the_evidence() -> None:
    d = s.Settings()
    assert d["interval_min"] == 30
    assert d["micro_break_s"] == 120
    assert d["walk_break_min"] == 5 and d["walk_every_nth"] == 2
    assert d["idle_threshold_min"] == 3
    assert d["daily_goal"] == 6 and d["daily_cap"] == 16
    assert d["snooze_options_min"] == [5, 10, 15] and d["snooze_limit"] == 2
    assert d.working_ranges(0)[0][0].isoformat() == "09:00:00"
    assert d.working_ranges(4)[0][1].isoformat() == "17:30:00"
    assert d.working_ranges(5) == [] and d.working_ranges(6) == []
    assert d["floor_moves"] is False and d["full_screen_break"] is False


def test_a_missing_file_gives_defaults_and_no_message(tmp_path: Path) -> None:
    result = s.load(tmp_path / "settings.toml", STAMP)
    assert result.settings == s.Settings()
    assert result.messages == ()


def test_saved_settings_come_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.toml"
    mine = s.Settings().replace(
        interval_min=45,
        working_hours={"mon": ["08:00-12:00", "13:00-16:30"], "sat": ["10:00-12:00"]},
        days_off=["2026-12-24", "2026-12-25"],
        focus_areas=["neck", "low_back"],
        theme="dark",
        end_of_day_time="16:45",
    )
    assert s.save(path, mine) is None
    again = s.load(path, STAMP)
    assert again.messages == ()
    assert again.settings == mine
    assert again.settings.working_ranges(0)[1][0].isoformat() == "13:00:00"
    assert tomllib.loads(path.read_text())["schema_version"] == s.SCHEMA_VERSION
    assert (path.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.toml"]


@pytest.mark.parametrize(
    ("key", "value", "kind"),
    [
        ("interval_min", 0, SettingOutOfRange),
        ("interval_min", 241, SettingOutOfRange),
        ("interval_min", "30", SettingWrongType),
        ("interval_min", True, SettingWrongType),
        ("sound", "yes", SettingWrongType),
        ("theme", "purple", SettingNotAChoice),
        ("theme", 3, SettingWrongType),
        ("end_of_day_time", "5pm", SettingBadFormat),
        ("end_of_day_time", "24:00", SettingBadFormat),
        ("days_off", ["2026-02-30"], SettingBadFormat),
        ("days_off", "2026-12-24", SettingWrongType),
        ("working_hours", {"mon": ["17:00-09:00"]}, SettingBadFormat),
        ("working_hours", {"mon": ["09:00-12:00", "11:00-13:00"]}, SettingBadFormat),
        ("working_hours", {"monday": ["09:00-17:00"]}, SettingNotAChoice),
        ("working_hours", {"mon": "09:00-17:00"}, SettingWrongType),
        ("working_hours", ["09:00-17:00"], SettingWrongType),
        ("snooze_options_min", [], SettingWrongType),
        ("snooze_options_min", [5, 500], SettingOutOfRange),
        ("snooze_options_min", [1, 2, 3, 4, 5, 6], SettingOutOfRange),
        ("focus_areas", ["toes"], SettingNotAChoice),
        ("no_such_key", 1, SettingUnknown),
    ],
)
def test_each_kind_of_bad_value_is_named_with_key_and_value(key, value, kind) -> None:
    problem = s.validate(key, value)
    assert isinstance(problem, kind)
    assert problem.key == key


def test_out_of_range_says_what_is_allowed() -> None:
    problem = s.validate("interval_min", 0)
    assert problem == SettingOutOfRange("interval_min", 0, 1, 240)


def test_short_intervals_are_allowed_for_trying_things_out() -> None:
    assert s.validate("interval_min", 1) is None


def test_outside_recommended_is_allowed_with_a_note() -> None:
    assert s.validate("interval_min", 90) is None
    assert s.advise("interval_min", 90) == SettingOutsideRecommended("interval_min", 90, 20, 60)
    assert s.advise("interval_min", 30) is None


def test_bad_keys_fall_back_the_rest_is_kept_and_the_original_kept_beside(tmp_path: Path) -> None:
    path = write(
        tmp_path / "settings.toml",
        'schema_version = 1\ninterval_min = 0\ntheme = "purple"\nsound = true\n'
        "walk_break_min = 7\nmystery = 3\n",
    )
    original = path.read_bytes()
    result = s.load(path, STAMP)

    assert result.settings["interval_min"] == 30
    assert result.settings["theme"] == "system"
    assert result.settings["sound"] is True
    assert result.settings["walk_break_min"] == 7
    codes = [m.code for m in result.messages]
    assert codes.count("setting_out_of_range") == 1
    assert "setting_not_a_choice" in codes and "setting_unknown" in codes
    repaired = [m for m in result.messages if isinstance(m, SettingsFileRepaired)]
    assert repaired and set(repaired[0].keys) == {"interval_min", "theme", "mystery"}
    kept = tmp_path / f"settings.toml.broken-{STAMP}"
    assert repaired[0].kept_as == str(kept)
    assert kept.read_bytes() == original
    # The file on disk is now the repaired one, so the next start is quiet.
    assert s.load(path, "later").messages == ()


def test_a_file_that_is_not_toml_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.toml", "interval_min = = 30\n[[[")
    result = s.load(path, STAMP)
    assert result.settings == s.Settings()
    (message,) = result.messages
    assert isinstance(message, SettingsFileUnreadable)
    assert Path(message.kept_as).read_text() == "interval_min = = 30\n[[["
    assert s.load(path, "later").messages == ()


def test_binary_garbage_is_kept_aside_too(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    result = s.load(path, STAMP)
    assert isinstance(result.messages[0], SettingsFileUnreadable)


def test_a_second_break_on_the_same_second_does_not_overwrite_the_first_copy(
    tmp_path: Path,
) -> None:
    path = write(tmp_path / "settings.toml", "interval_min = 0\n")
    s.load(path, STAMP)
    write(path, "interval_min = 999\n")
    s.load(path, STAMP)
    kept = sorted(p.name for p in tmp_path.iterdir() if ".broken-" in p.name)
    assert len(kept) == 2


def test_a_file_from_a_newer_backmove_is_read_but_never_written(tmp_path: Path) -> None:
    text = 'schema_version = 99\ninterval_min = 40\nfuture_key = "x"\n'
    path = write(tmp_path / "settings.toml", text)
    result = s.load(path, STAMP)
    assert result.read_only
    assert result.settings["interval_min"] == 40
    assert result.messages == (SettingsFileNewer(str(path), 99, s.SCHEMA_VERSION),)
    assert path.read_text() == text


def test_migrations_run_in_order_from_the_files_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(s, "SCHEMA_VERSION", 3)
    steps = {
        1: lambda d: {
            **{k: v for k, v in d.items() if k != "interval"},
            "interval_min": d.get("interval", 30),
        },
        2: lambda d: {**d, "interval_min": d["interval_min"] + 1},
    }
    path = write(tmp_path / "settings.toml", "schema_version = 1\ninterval = 44\n")
    result = s.load(path, STAMP, migrations=steps)
    assert result.settings["interval_min"] == 45
    assert tomllib.loads(path.read_text())["schema_version"] == 3


def test_settings_object_refuses_bad_values() -> None:
    with pytest.raises(ValueError, match="interval_min"):
        s.Settings().replace(interval_min=-5)


def test_save_reports_a_folder_it_cannot_write(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    problem = s.save(blocker / "settings.toml", s.Settings())
    assert problem is not None and problem.code == "settings_not_saved"


@given(
    st.dictionaries(
        st.sampled_from([spec.key for spec in s.SPECS] + ["junk"]),
        st.one_of(
            st.integers(-(10**6), 10**6),
            st.text(max_size=20),
            st.booleans(),
            st.lists(st.integers(-5, 500), max_size=7),
            st.dictionaries(
                st.text(max_size=4), st.lists(st.text(max_size=12), max_size=3), max_size=3
            ),
        ),
        max_size=8,
    )
)
def test_any_mix_of_values_loads_without_error_and_every_problem_is_named(raw) -> None:
    good, problems = s.check_values(raw)
    s.Settings(good)
    named = {p.key for p in problems}
    assert named | set(good) == set(raw)
