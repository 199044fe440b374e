"""`python -m extract.platforms.scaffold NAME "Description"`: the files of a new platform family,
an adapter module to fill in and sample templates to adapt (see extract/platforms/README.md)."""

from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

PLATFORMS_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PLATFORMS_DIR.parent.parent / "samples" / "templates"
# The family whose sample templates a new family's start from
STARTING_TEMPLATES = "drupal"
# A family name: lower-case words joined by hyphens, e.g. "common-title"
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

ADAPTER_TEMPLATE = '''"""{description}"""

import re

from extract.platforms.base import Adapter

{constant} = Adapter(
    name="{name}",
    # CSS selectors whose matches all mark a page of the family; cite where each is evidenced
    fingerprints=(),
    title=(),
    date=(),
    lead=(),
    body=(),
    drop=(),
    listing_links=(),
    # the family's article URLs, e.g. /tin-tuc/<slug>-<id>.html (None: judged by markup alone)
    article_url=None,
    listing_url=re.compile(r"$^"),
)
'''


def scaffold(
    name: str,
    description: str,
    platforms_dir: Path = PLATFORMS_DIR,
    templates_dir: Path = TEMPLATES_DIR,
) -> list[Path]:
    """Writes the adapter module and the sample templates of a new family (into platforms_dir
    and templates_dir); returns them."""
    if not NAME_RE.match(name):
        raise ValueError(f"{name!r} is not a family name like 'common-title'")
    module = platforms_dir / f"{name.replace('-', '_')}.py"
    templates = templates_dir / name
    if module.exists() or templates.exists():
        raise FileExistsError(f"{name} exists already")
    constant = name.replace("-", "_").upper()
    module.write_text(
        ADAPTER_TEMPLATE.format(description=description, constant=constant, name=name),
        encoding="utf-8",
    )
    shutil.copytree(TEMPLATES_DIR / STARTING_TEMPLATES, templates)
    return [module, templates]


def main(argv: list[str] | None = None) -> int:
    """Scaffolds a family and prints what is left to do."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name")
    parser.add_argument("description")
    args = parser.parse_args(argv)
    for path in scaffold(args.name, args.description):
        print(f"wrote {path}")
    print("next: add the adapter to ADAPTERS in extract/platforms/__init__.py, a Family to")
    print("samples/build.py FAMILIES, a stored page to tests/gold/adapters/ (README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
