"""The documentation site in a real browser: headless Chromium over loopback HTTP.

Every page is opened and must load without a console error, a failed request or a request to
anywhere but the loopback server. Then, as a reader would: the home page, a resource page with its
tables, the relationship diagram (drawn, sized, with a box per resource that leads to its page)
and the built-in search.

Set ``DIDWW_SKIP_BROWSER=1`` to skip these tests; otherwise a missing Chromium fails them (see
``tests/docs/site.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import (
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Route,
    expect,
    sync_playwright,
)
from playwright.sync_api import Error as PlaywrightError

from generator.loader import load_spec
from tests.docs.site import (
    CHROMIUM_ARGS,
    ROOT,
    SKIP_VARIABLE,
    SiteError,
    check_chromium,
    ensure_site,
    serve,
    skip_requested,
)

pytestmark = pytest.mark.skipif(skip_requested(), reason=f"{SKIP_VARIABLE} is set")

VERSION = "2026-04-16"
REFERENCE = f"reference/{VERSION}"


@dataclass
class Watch:
    """What the browser did that a page must not do."""

    base: str
    console_errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.console_errors.clear()
        self.external.clear()
        self.failed.clear()

    def problems(self) -> list[str]:
        return (
            [f"console error: {e}" for e in self.console_errors]
            + [f"external request: {u}" for u in self.external]
            + [f"failed request: {u}" for u in self.failed]
        )


@dataclass
class Browser:
    context: BrowserContext
    page: Page
    watch: Watch

    def open(self, path: str) -> Page:
        self.watch.clear()
        self.page.goto(self.watch.base + path, wait_until="load")
        return self.page


@pytest.fixture(scope="module")
def site() -> Path:
    try:
        return ensure_site()
    except SiteError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.fixture(scope="module")
def browser(base_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    try:
        chromium = check_chromium()
    except SiteError as exc:
        pytest.fail(str(exc), pytrace=False)
    watch = Watch(base_url)
    # Only requests that leave the loopback server are routed through here (and refused).
    elsewhere = re.compile(rf"^(?!{re.escape(base_url)}|data:|blob:|about:)")

    def refuse(route: Route) -> None:
        watch.external.append(route.request.url)
        route.abort()

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            watch.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def on_failed(request: Request) -> None:
        # ERR_ABORTED is the browser cancelling a load because the test moved to the next page.
        if request.failure != "net::ERR_ABORTED":
            watch.failed.append(f"{request.url} ({request.failure})")

    with sync_playwright() as playwright:
        try:
            context = playwright.chromium.launch_persistent_context(
                str(tmp_path_factory.mktemp("chromium-profile")),
                executable_path=str(chromium),
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
            )
        except PlaywrightError as exc:
            pytest.fail(f"Chromium at {chromium} did not start: {exc}", pytrace=False)
        try:
            context.route(elsewhere, refuse)
            page = context.pages[0] if context.pages else context.new_page()
            page.on("console", on_console)
            page.on("pageerror", lambda error: watch.console_errors.append(str(error)))
            page.on("requestfailed", on_failed)
            page.on(
                "response",
                lambda response: (
                    watch.failed.append(f"{response.url} (HTTP {response.status})")
                    if response.status >= 400
                    else None
                ),
            )
            yield Browser(context, page, watch)
        finally:
            context.close()


def title(text: str) -> re.Pattern[str]:
    """A page heading: the text, then the permalink sign."""
    return re.compile(rf"^{re.escape(text)}¶?$")


def pages_of(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_every_page_loads_cleanly(site: Path, browser: Browser) -> None:
    """No page logs a console error, fails a request or asks anything of another host."""
    pages = pages_of(site)
    assert len(pages) > 60, pages
    problems: dict[str, list[str]] = {}
    for path in pages:
        page = browser.open(path)
        found = browser.watch.problems()
        if not page.locator("h1").first.is_visible():
            found.append("no visible heading")
        if found:
            problems[path] = found
    assert problems == {}


def test_home_page(browser: Browser) -> None:
    page = browser.open("index.html")
    expect(page).to_have_title("didww Python SDK")
    expect(page.locator("h1").first).to_be_visible()
    navigation = page.locator("nav.md-nav--primary")
    for section in ("Guides", "Cookbook", "API", "Reference"):
        expect(navigation.get_by_text(section, exact=True).first).to_be_visible()
    assert browser.watch.problems() == []


def test_resource_page_shows_its_tables(browser: Browser) -> None:
    page = browser.open(f"{REFERENCE}/resources/dids.html")
    expect(page.locator("h1")).to_have_text(title("DID"))
    attributes = page.locator("table", has=page.locator("th", has_text="Attribute"))
    expect(attributes).to_be_visible()
    for name in ("number", "capacity_limit", "billing_cycles_count", "terminated"):
        expect(attributes.locator("td code", has_text=name).first).to_be_visible()
    operations = page.locator("table", has=page.locator("th", has_text="Operation"))
    expect(operations).to_contain_text("client.dids.list(params)")
    expect(operations).to_contain_text("await client.dids.list(params)")
    relationships = page.locator("table", has=page.locator("th", has_text="Relationship"))
    expect(relationships.locator("a", has_text="voice_in_trunks")).to_be_visible()
    # The async signatures are a tab away.
    page.get_by_text("Async", exact=True).first.click()
    expect(page.get_by_text("async def list(self, params").first).to_be_visible()
    assert browser.watch.problems() == []


def test_diagram_of_every_resource(browser: Browser) -> None:
    types = sorted(r.type for r in load_spec(ROOT / "spec" / "2026-04-16").resources)
    page = browser.open(f"{REFERENCE}/index.html")
    image = page.locator('img[src$="diagrams/all.svg"]')
    expect(image).to_be_visible()
    size = image.evaluate("img => [img.complete, img.naturalWidth, img.naturalHeight]")
    assert size[0] is True and size[1] > 500 and size[2] > 300, size
    box = image.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 100, box

    # Opened on its own, the SVG is a document: one visible box per resource, each a link.
    page = browser.open(f"{REFERENCE}/diagrams/all.svg")
    boxes = page.locator("g.resource")
    expect(boxes).to_have_count(len(types))
    drawn = sorted(boxes.evaluate_all("gs => gs.map(g => g.dataset.resource)"))
    assert drawn == types
    for key in ("dids", "voice_in_trunks", "countries"):
        rect = page.locator(f'g.resource[data-resource="{key}"] rect').bounding_box()
        assert rect is not None and rect["width"] > 20 and rect["height"] > 20, (key, rect)
    page.locator('g.resource[data-resource="dids"] a').click()
    page.wait_for_url("**/resources/dids.html")
    expect(page.locator("h1")).to_have_text(title("DID"))
    assert browser.watch.problems() == []


def test_area_and_resource_pages_embed_their_diagrams(browser: Browser) -> None:
    for path, diagram in (
        (f"{REFERENCE}/capacity/index.html", "diagrams/capacity.svg"),
        (f"{REFERENCE}/resources/capacity_pools.html", "diagrams/resources/capacity_pools.svg"),
    ):
        page = browser.open(path)
        image = page.locator(f'img[src$="{diagram}"]')
        expect(image).to_be_visible()
        assert image.evaluate("img => img.complete && img.naturalWidth > 0") is True, path
    assert browser.watch.problems() == []


def test_search_finds_a_resource_by_name(browser: Browser) -> None:
    page = browser.open("index.html")
    field = page.locator("input.md-search__input")
    field.click()
    # Typed key by key, as a reader would: the search listens to key events, and a query typed
    # before its index is built is run once it is.
    field.press_sequentially("VoiceInTrunkGroup")
    hit = page.locator(
        ".md-search-result__item a[href*='resources/voice_in_trunk_groups.html']"
    ).first
    # Building the index takes a while on a busy machine: allow for it, this is not a benchmark.
    expect(hit).to_be_visible(timeout=60_000)
    hit.click()
    page.wait_for_url("**/resources/voice_in_trunk_groups.html*")
    expect(page.locator("h1")).to_have_text(title("VoiceInTrunkGroup"))
    assert browser.watch.problems() == []


def test_cookbook_page_shows_the_script_itself(browser: Browser) -> None:
    script = (ROOT / "examples" / "orders.py").read_text(encoding="utf-8")
    page = browser.open("cookbook/orders.html")
    expect(page.locator("h1")).to_have_text(title("Orders"))
    code = page.locator("pre", has_text="def run(client").first
    expect(code).to_be_visible()
    shown = code.inner_text()
    for line in ("def run(client: didww.Client) -> Summary:", "Q = didww.QueryParams"):
        assert line in script and line in shown
