"""VNPT "ArticleInMenu" portals (sonla, ninhbinh and its departments, cantho), whose lists page
through a POST call (../shared/notes/real-portals.md, "VNPT ArticleInMenu portal")."""

import re

from extract.platforms.base import Adapter, ListCall

# The call the listing page's script makes for its further pages (evidenced: real-portals.md)
LOAD_ARTICLE = "/DesktopModule/UIArticleInMenu/ArticleInMenuPagination.aspx/LoadArticle"

VNPT = Adapter(
    name="vnpt-articleinmenu",
    # evidenced: listing ".ArticleInMenu", ".UIListNews_Default .item a"; detail ".ArticleHeader"
    fingerprints=(".ArticleInMenu, .ArticleHeader, .UIListNews_Default",),
    # evidenced: title .ArticleHeader (also .PostTitle), date .PostDate (.ArticleDate), lead
    # .ArticleSummary, body .ArticleContent (.PostContent, .ArticleBody)
    title=(".ArticleHeader", ".PostTitle"),
    date=(".PostDate", ".ArticleDate"),
    lead=(".ArticleSummary",),
    body=(".ArticleContent", ".PostContent", ".ArticleBody"),
    listing_links=(".ArticleInMenu a", ".UIListNews_Default .item a"),
    # evidenced: articles end in "-<numeric id>.html", e.g. /tin-chinh-tri/hop-ubnd-12345.html
    article_url=re.compile(r"-\d+\.html$"),
    # the call's menu id and page size as attributes of the list box is this project's sample's
    # form (the real script's parameters are not evidenced); the body is ASP.NET PageMethod JSON
    list_calls=(
        ListCall(
            marker=".ArticleInMenu[data-menuid]",
            endpoint=LOAD_ARTICLE,
            body='{{"menuId": "{menu}", "pageIndex": "{page}", "pageSize": "{size}"}}',
            fields=(("menu", "data-menuid"), ("size", "data-pagesize")),
        ),
    ),
)
