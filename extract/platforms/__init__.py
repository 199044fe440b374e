"""Platform families of Vietnamese government portals, and which one a page belongs to."""

from __future__ import annotations

from lxml.html import HtmlElement

from extract.platforms.base import Adapter
from extract.platforms.common_title import COMMON_TITLE
from extract.platforms.dotnetnuke import DOTNETNUKE
from extract.platforms.drupal import DRUPAL
from extract.platforms.generic import GENERIC
from extract.platforms.hatinh import HATINH
from extract.platforms.liferay import LIFERAY
from extract.platforms.mojoportal import MOJOPORTAL
from extract.platforms.sharepoint_trang import SHAREPOINT_TRANG
from extract.platforms.tandan import TANDAN
from extract.platforms.vnpt import VNPT
from extract.platforms.wordpress import WORDPRESS

# Most specific fingerprints first: a DotNetNuke skin may carry mojoPortal's AspNet-Menu, and a
# WordPress theme the Hà Tĩnh platform's "post-item" class
ADAPTERS: tuple[Adapter, ...] = (
    TANDAN,
    SHAREPOINT_TRANG,
    VNPT,
    COMMON_TITLE,
    DOTNETNUKE,
    LIFERAY,
    DRUPAL,
    WORDPRESS,
    MOJOPORTAL,
    HATINH,
)


def by_name(name: str) -> Adapter:
    """The adapter of a family by its name, the generic one for any other name."""
    return next((a for a in ADAPTERS if a.name == name), GENERIC)


def detect(tree: HtmlElement) -> Adapter:
    """The adapter whose markup fingerprints the page carries, else the generic one."""
    for adapter in ADAPTERS:
        if adapter.matches(tree):
            return adapter
    return GENERIC


__all__ = ["ADAPTERS", "GENERIC", "Adapter", "by_name", "detect"]
