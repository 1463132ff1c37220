"""git set up for maps (``journeymap git-setup``): a merge driver and a diff driver.

Like ``nbdime config-git --enable``: the attributes line ``*.journey merge=journeymap
diff=journeymap`` (in the repository's .gitattributes, or the user's global attributes
file), and in git's config the commands behind those names: ``journeymap merge`` for
three-way merges (conflicts are kept in the map; git stops the merge as usual) and
``journeymap show --textconv`` so that ``git diff`` and ``git log -p`` show a map's
changes in words. Running it again changes nothing; ``remove`` takes it all back out.

A repository without the config (a teammate who has not run it) still works: git falls
back to its own text merge and diff for a driver it does not know.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from journeymap.util.i18n import tr

DRIVER = "journeymap"
ATTRIBUTES_LINE = f"*.journey merge={DRIVER} diff={DRIVER}"
_ELEMENT_HEADER = (
    r"^((map|stage|lane|persona|touchpoint|pain point|opportunity|metric|flow|comment|conflict) .*)$"
)


class GitSetupError(Exception):
    """git is missing, or not in a repository when one is needed; the message says which."""


@dataclass(frozen=True)
class GitSetup:
    """Where the settings go: one repository (``root``) or the user's global git config."""

    root: Path | None  # None: --global

    @property
    def scope(self) -> list[str]:
        return ["--global"] if self.root is None else ["--local"]

    def attributes_file(self) -> Path:
        if self.root is not None:
            return self.root / ".gitattributes"
        configured = _git(["config", "--global", "--get", "core.attributesFile"], None, check=False).strip()
        if configured:
            return Path(os.path.expanduser(configured))
        config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
        return Path(config_home) / "git" / "attributes"


def setup_for(folder: Path, *, global_: bool) -> GitSetup:
    """The repository holding ``folder`` (or the global config); GitSetupError if none."""
    if global_:
        _git(["--version"], None)  # says so if git is missing
        return GitSetup(None)
    top = _git(["rev-parse", "--show-toplevel"], folder, check=False).strip()
    if not top:
        raise GitSetupError(
            tr("{folder}: not in a git repository (run it inside one, or use --global)").format(folder=folder)
        )
    return GitSetup(Path(top))


def driver_config(program: str) -> dict[str, str]:
    """The git config that defines the two drivers; ``program`` runs journeymap."""
    return {
        f"merge.{DRIVER}.name": "journeymap: three-way merge of .journey maps",
        f"merge.{DRIVER}.driver": f"{program} merge --quiet %O %A %B -o %A --path %P",
        f"diff.{DRIVER}.textconv": f"{program} show --textconv",
        f"diff.{DRIVER}.xfuncname": _ELEMENT_HEADER,
    }


def enable(setup: GitSetup, program: str) -> list[str]:
    """Write the config and the attributes line; return what was done, for people."""
    done = []
    for key, value in driver_config(program).items():
        _git(["config", *setup.scope, key, value], setup.root)
    done.append(
        tr("set the {driver} merge and diff drivers in git's {scope} config").format(
            driver=DRIVER, scope=_scope_name(setup)
        )
    )
    path = setup.attributes_file()
    lines = _lines(path)
    if ATTRIBUTES_LINE not in lines:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        separator = "" if not text or text.endswith("\n") else "\n"
        path.write_text(f"{text}{separator}{ATTRIBUTES_LINE}\n", encoding="utf-8")
        done.append(tr("added {line!r} to {path}").format(line=ATTRIBUTES_LINE, path=path))
    else:
        done.append(tr("{path} already has {line!r}").format(line=ATTRIBUTES_LINE, path=path))
    return done


def disable(setup: GitSetup) -> list[str]:
    """Take the config sections and the attributes line back out; return what was done."""
    done = []
    for section in (f"merge.{DRIVER}", f"diff.{DRIVER}"):
        if _git(["config", *setup.scope, "--get-regexp", f"^{section}\\."], setup.root, check=False):
            _git(["config", *setup.scope, "--remove-section", section], setup.root)
            done.append(
                tr("removed [{section}] from git's {scope} config").format(
                    section=section, scope=_scope_name(setup)
                )
            )
    path = setup.attributes_file()
    lines = _lines(path)
    if ATTRIBUTES_LINE in lines:
        kept = [line for line in lines if line != ATTRIBUTES_LINE]
        if any(line.strip() for line in kept):
            path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        else:
            path.unlink()
        done.append(tr("removed {line!r} from {path}").format(line=ATTRIBUTES_LINE, path=path))
    if not done:
        done.append(tr("nothing to remove: git was not set up for maps here"))
    return done


def _scope_name(setup: GitSetup) -> str:
    return tr("global") if setup.root is None else tr("repository")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def _git(args: list[str], cwd: Path | None, *, check: bool = True) -> str:
    try:
        run = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitSetupError(tr("git is not installed (or not on PATH)")) from None
    if check and run.returncode != 0:
        raise GitSetupError(
            tr("git {args} failed: {error}").format(args=" ".join(args), error=run.stderr.strip())
        )
    return run.stdout if run.returncode == 0 else ""
