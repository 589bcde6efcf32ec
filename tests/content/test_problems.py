from pathlib import Path

from bot.content.problems import Problems, table_array


def test_table_array_yields_tables_and_names_bad_entries() -> None:
    problems = Problems()
    data = {"rules": [{"a": 1}, "oops", {"b": 2}]}
    found = list(table_array(data, "rules", Path("cues.toml"), problems))
    assert found == [("rules[0]", {"a": 1}), ("rules[2]", {"b": 2})]
    assert problems.lines == ["cues.toml: rules[1]: must be a table"]


def test_table_array_refuses_a_non_array_and_accepts_absence() -> None:
    problems = Problems()
    assert list(table_array({"lines": {"x": 1}}, "lines", "resources.toml", problems)) == []
    assert problems.lines == ["resources.toml: lines: must be an array of [[lines]] tables"]
    assert list(table_array({}, "lines", "resources.toml", problems)) == []
    assert len(problems) == 1
