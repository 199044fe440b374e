"""Platform families of Vietnamese government portals, and which one a page belongs to."""

from __future__ import annotations

from lxml.html import HtmlElement

from extract.platforms.base import Adapter
from extract.platforms.generic import GENERIC
from extract.platforms.hatinh import HATINH
from extract.platforms.mojoportal import MOJOPORTAL
from extract.platforms.tandan import TANDAN

ADAPTERS: tuple[Adapter, ...] = (TANDAN, MOJOPORTAL, HATINH)


def detect(tree: HtmlElement) -> Adapter:
    """The adapter whose markup fingerprints the page carries, else the generic one."""
    for adapter in ADAPTERS:
        if adapter.matches(tree):
            return adapter
    return GENERIC


__all__ = ["ADAPTERS", "GENERIC", "Adapter", "detect"]
