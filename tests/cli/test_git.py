"""git with journeymap's drivers, for real: ``journeymap git-setup`` in a temporary
repository, two branches, a clean merge with both edits, a conflict that stops the merge as
git does and leaves a map that opens with its conflicts listed, and ``git log -p`` telling
the map's changes in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.formats import journey_file
from journeymap.model.elements import Touchpoint
from journeymap.model.operations import Add
from tests.git_support import commit_edit, git, make_repo, retitle


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return make_repo(tmp_path, monkeypatch)


def test_setup_writes_the_attributes_line_and_drivers_once(repo: Path) -> None:
    assert main(["git-setup"]) == 0  # again: nothing doubles
    assert (repo / ".gitattributes").read_text() == "*.journey merge=journeymap diff=journeymap\n"
    config = git(repo, "config", "--local", "--get-regexp", "journeymap").stdout
    assert (
        "merge.journeymap.driver " in config
        and "-m journeymap merge --quiet %O %A %B -o %A --path %P" in config
    )
    assert "diff.journeymap.textconv " in config and "-m journeymap show --textconv" in config
    assert git(repo, "check-attr", "merge", "diff", "--", "shop.journey").stdout.splitlines() == [
        "shop.journey: merge: journeymap",
        "shop.journey: diff: journeymap",
    ]


def test_branches_that_edit_different_parts_merge_with_both_edits(repo: Path) -> None:
    card = Touchpoint(id="tp-gift-card", stage="st-purchase", lane="ln-web", title="Gift card")
    commit_edit(repo, "ours", retitle("tp-search-ad", "Search ad (ours)"))
    commit_edit(repo, "theirs", retitle("tp-checkout", "One-page checkout"), Add(card))
    git(repo, "checkout", "-q", "ours")
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 0, merged.stdout + merged.stderr
    journey = journey_file.load(repo / "shop.journey")
    assert journey["tp-search-ad"].title == "Search ad (ours)"
    assert journey["tp-checkout"].title == "One-page checkout"
    assert journey["tp-gift-card"] == card
    assert journey.records("conflict") == []


def test_a_real_conflict_stops_the_merge_and_leaves_a_map_with_its_conflicts(repo: Path) -> None:
    commit_edit(repo, "ours", retitle("tp-search-ad", "Ours"))
    commit_edit(repo, "theirs", retitle("tp-search-ad", "Theirs"))
    git(repo, "checkout", "-q", "ours")
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 1
    assert "CONFLICT (content): Merge conflict in shop.journey" in merged.stdout
    assert "shop.journey: conflict: touchpoint “Ours”: title changed on both sides" in merged.stdout
    assert git(repo, "status", "--porcelain").stdout == "UU shop.journey\n"
    journey = journey_file.load(repo / "shop.journey")  # opens: no conflict markers, a valid map
    (conflict,) = journey.records("conflict")
    assert (conflict.element, conflict.ours, conflict.theirs, conflict.base) == (
        "tp-search-ad", "Ours", "Theirs", 'Search ad: "linen bedding"',
    )  # fmt: skip


def test_git_log_p_shows_the_maps_changes_in_words(repo: Path) -> None:
    commit_edit(repo, "main", retitle("tp-search-ad", "Search ad: wool throws"), start="main")
    log = git(repo, "log", "-p", "-1").stdout
    assert '-touchpoint ‘Search ad: "linen bedding"’ [tp-search-ad] in “Awareness” / “Ads”' in log
    assert "+touchpoint “Search ad: wool throws” [tp-search-ad] in “Awareness” / “Ads”" in log
    assert '"id": "tp-search-ad"' not in log  # the words, not the JSON


def test_remove_takes_everything_back_out(repo: Path) -> None:
    assert main(["git-setup", "--remove"]) == 0
    assert not (repo / ".gitattributes").exists()
    assert git(repo, "config", "--local", "--get-regexp", "journeymap", check=False).stdout == ""
    assert main(["git-setup", "--remove"]) == 0  # again: nothing to do, no error


def test_global_setup_goes_to_the_users_config_and_attributes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # not a repository
    assert main(["git-setup"]) == 2
    assert "not in a git repository" in capsys.readouterr().err
    assert main(["git-setup", "--global"]) == 0
    attributes = Path.home() / "config" / "git" / "attributes"  # XDG_CONFIG_HOME from the test setup
    assert attributes.read_text() == "*.journey merge=journeymap diff=journeymap\n"
    assert "show --textconv" in git(tmp_path, "config", "--global", "diff.journeymap.textconv").stdout
    assert main(["git-setup", "--global", "--remove"]) == 0
    assert not attributes.exists()
    assert git(tmp_path, "config", "--global", "--get-regexp", "journeymap", check=False).stdout == ""
