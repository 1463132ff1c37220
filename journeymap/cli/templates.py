"""``journeymap templates`` and ``journeymap new --template NAME [--language CODE] OUT.journey``.

Templates come in the language of the locale unless ``--language`` names another one
(``en``, ``tr``, ``pl``, ``ar``); an Arabic map is made reading right to left.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from journeymap.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, fail, refuse_out
from journeymap.util.i18n import interface_language, os_reason, tr
from journeymap.util.languages import LANGUAGES


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    listing = commands.add_parser("templates", help=tr("list the map templates"))
    _language_option(listing)
    listing.set_defaults(handler=list_templates)
    new = commands.add_parser("new", help=tr("create a map from a template"))
    new.add_argument(
        "--template", "-t", default="blank", help=tr("template name (see 'journeymap templates')")
    )
    new.add_argument("--title", help=tr("the new map's title"))
    _language_option(new)
    new.add_argument("--force", action="store_true", help=tr("overwrite OUT if it exists"))
    new.add_argument("out", metavar="OUT.journey", help=tr("the file to create"))
    new.set_defaults(handler=new_map)


def _language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        "-l",
        choices=list(LANGUAGES),
        default=None,
        help=tr("the template's language (default: the language of the locale, {language})").format(
            language=interface_language()
        ),
    )


def list_templates(args: argparse.Namespace) -> int:
    from journeymap.formats import templates

    language = args.language or interface_language()
    for name in templates.template_names():
        info = templates.load_template(name, language).journey
        print(f"{name:<22} {info.title}")
    return EXIT_OK


def new_map(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from journeymap.formats import journey_file, templates

    out = Path(args.out)
    if out.suffix != journey_file.SUFFIX:
        return fail(tr("{out}: the file name must end in .journey").format(out=out), EXIT_USAGE)
    refused = refuse_out(args.out, force=args.force)
    if refused is not None:
        return refused
    if args.template not in templates.template_names():
        known = ", ".join(templates.template_names())
        return fail(
            tr("no template {name!r}; known: {known}").format(name=args.template, known=known), EXIT_USAGE
        )
    data = templates.new_from_template(args.template, language=args.language or interface_language())
    if args.title is not None:
        try:
            info = data.journey.updated(title=args.title.strip())
        except ValidationError as error:
            return fail(f"--title: {error.errors()[0]['msg']}", EXIT_USAGE)
        data = data.model_copy(update={"journey": info})
    try:
        journey_file.save(data, out)  # over an existing map (--force), its .bak is kept
    except OSError as error:
        return fail(f"{out}: {os_reason(error)}", EXIT_PROBLEMS)
    print(tr("created {out} from template {name}").format(out=out, name=args.template))
    return EXIT_OK
