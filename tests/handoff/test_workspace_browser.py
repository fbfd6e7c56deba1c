"""The HTML workspace in a real browser (Debian's headless Chromium driven by selenium), on a packet made
from the sample data: the password gate, the tasks, the return file, and no network request."""

from __future__ import annotations

import json
import shutil
import time
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest

from ushiro_desk.cli.commands import bundle as bundle_command
from ushiro_desk.cli.main import main as cli
from ushiro_desk.paths import DataPaths
from ushiro_desk.services.handoff import bundles, returns, secrets
from ushiro_desk.services.store import open_store
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.storage import chores_repo

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "k7m2-x9qa-3fhp-wq8e-5rtz"
CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")

class FixedDay(date):
    """The packet's day (the sample data's), for the CLI's `date.today()`: the disclosure has not expired."""

    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return TODAY


pytestmark = [
    pytest.mark.skipif(CHROMIUM is None or CHROMEDRIVER is None, reason="needs Debian's chromium and chromium-driver (installed by .ci/run)"),
    pytest.mark.slow,
    # chromedriver is driven over loopback; the page itself may reach nothing (checked below)
    pytest.mark.allow_hosts(["127.0.0.1", "::1"]),
]


def start_browser(profile: Path, downloads: Path):  # type: ignore[no-untyped-def]
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM  # type: ignore[assignment]
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
                "--window-size=1180,900", "--lang=ja"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    driver = start_browser(tmp_path / "chrome-profile", downloads)
    driver.downloads = downloads  # type: ignore[attr-defined]
    yield driver
    driver.quit()


def requested_urls(driver) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(document, url) of every request the browser saw since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append((message["params"].get("documentURL", ""), message["params"]["request"]["url"]))
    return urls


def network_requests(seen: list[tuple[str, str]]) -> list[str]:
    """Requests made by the page (its document is a file: or blob: URL) for anything but file:, blob: or
    data:, and any request by anyone for the network (the browser's own chrome:// pages are not)."""
    local = ("file:", "blob:", "data:")
    return [url for document, url in seen
            if (document.startswith(local) and not url.startswith(local)) or url.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]


def unlock(driver, password: str) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    field = driver.find_element(By.ID, "pw")
    field.clear()
    field.send_keys(password)
    driver.find_element(By.ID, "unlock").click()


def wait_for(condition, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    """Polls until the condition holds (a page's work finishing, not a timed assertion)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("the page did not get there")


@pytest.fixture
def packet(demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    recipient = find_recipient(demo_store, "田中")
    assert recipient is not None
    shown = bundles.preview(demo_store, recipient, *NOV)
    entry, _ = bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, TODAY),
                              tmp_path / "tanaka.html", password=PASSWORD, today=TODAY)
    secrets.store_password(recipient.id, PASSWORD)
    return tmp_path / "tanaka.html", shown, entry


def test_a_wrong_password_is_refused_and_shows_nothing(browser, packet) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    page, shown, _ = packet
    browser.get(page.as_uri())
    before = browser.execute_script("return document.documentElement.outerHTML")
    titles = [dict(t.chore.fields)["title"] for t in shown.plan.tasks]
    assert not [t for t in [shown.plan.recipient, *titles] if t in before]
    unlock(browser, "wrong-password-123")
    message = wait_for(lambda: browser.find_element(By.ID, "msg").text if "…" not in browser.find_element(By.ID, "msg").text else "")
    assert message == "パスワードが違います。もう一度入力してください。"
    assert browser.find_element(By.ID, "ws").get_attribute("hidden") is not None
    assert not browser.find_elements(By.CSS_SELECTOR, ".task")


def test_the_secretary_works_in_the_page_and_the_return_file_applies_exactly_that(browser, packet, demo_store, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    from ushiro_desk.services import expenses
    from ushiro_desk.services.expenses.sample_files import receipt_png

    page, shown, entry = packet
    browser.get(page.as_uri())
    unlock(browser, PASSWORD)
    wait_for(lambda: browser.execute_script("return document.getElementById('ws').dataset.ready === '1'"))
    shown_titles = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".task h3")]
    assert shown_titles == [dict(t.chore.fields)["title"] for t in shown.plan.tasks]
    (done_id, _, _), (asked_id, _, _) = shown.occurrences[0], shown.occurrences[1]
    untouched = [o[0] for o in shown.occurrences[2:]]
    browser.find_element(By.ID, f"st-{done_id}-done").click()
    browser.find_element(By.ID, f"min-{done_id}").send_keys("45")
    browser.find_element(By.ID, f"note-{done_id}").send_keys("銀行の明細と照合済み")
    browser.find_element(By.ID, f"st-{asked_id}-question").click()
    browser.find_element(By.ID, f"note-{asked_id}").send_keys("この経費の勘定科目は？")
    receipt = tmp_path / "20261118_文具店_1200.png"
    receipt.write_bytes(receipt_png("文具店 1200", seed=3))
    task_id = shown.plan.tasks[0].chore.record_id
    browser.find_element(By.ID, f"file-{task_id}").send_keys(str(receipt))
    wait_for(lambda: receipt.name in browser.find_element(By.ID, f"task-{task_id}").text)
    browser.find_element(By.ID, "make-return").click()
    returned = wait_for(lambda: [p for p in browser.downloads.glob("*.ushiro-return")])  # type: ignore[attr-defined]
    (back,) = returned
    assert back.name == f"return-{entry.bundle_id[:8]}.ushiro-return"
    seen = requested_urls(browser)
    assert any(url == page.as_uri() for _, url in seen)  # the log does see the page's own requests
    assert network_requests(seen) == []

    # the work in progress is kept encrypted: nothing the secretary typed is in localStorage in plain
    kept = browser.execute_script("return Object.values(localStorage).join('\\n')")
    assert kept and "照合済み" not in kept and "45" not in kept.split("\n")

    drafts = expenses.draft_count(demo_store)
    root = demo_store.paths.root
    demo_store.close()
    # what the owner runs: the password comes from the keyring, the same review applies it
    monkeypatch.setattr(bundle_command, "date", FixedDay)
    assert cli(["bundle", "import", str(back), "--apply", "--data-dir", str(root)]) == 0
    assert "Applied" in capsys.readouterr().out
    store = open_store(DataPaths(root))
    try:
        with store.db.snapshot() as conn:
            done = chores_repo.load_occurrence(conn, done_id)
            asked = chores_repo.load_occurrence(conn, asked_id)
            others = [chores_repo.load_occurrence(conn, o).state.value for o in untouched]
        assert (done.state.value, done.minutes, done.note) == ("done", 45, f"{entry.recipient_name}: 銀行の明細と照合済み")
        assert asked.state.value == "open" and [q.text for q in returns.open_questions(store)] == ["この経費の勘定科目は？"]
        assert set(others) <= {"open"}
        assert expenses.draft_count(store) == drafts + 1
        assert cli(["bundle", "import", str(back), "--data-dir", str(root)]) == 1  # a repeat is refused
    finally:
        store.close()


def test_a_receipt_in_the_companion_file_opens_from_the_picked_file_one_chunk_at_a_time(browser, demo_store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    from ushiro_desk.reports.handoff import workspace

    monkeypatch.setattr(workspace, "COMPANION_OVER", 0)
    monkeypatch.setattr(workspace, "CHUNK", 512)
    recipient = find_recipient(demo_store, "田中")
    assert recipient is not None
    shown = bundles.preview(demo_store, recipient, *NOV)
    bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, TODAY), tmp_path / "big.html", password=PASSWORD, today=TODAY)
    browser.get((tmp_path / "big.html").as_uri())
    unlock(browser, PASSWORD)
    wait_for(lambda: browser.execute_script("return document.getElementById('ws').dataset.ready === '1'"))
    browser.find_element(By.ID, "companion").send_keys(str(tmp_path / "big.ushiro-files"))
    button = browser.find_element(By.CSS_SELECTOR, "button.open-file")
    browser.execute_script("arguments[0].click()", button)
    shown_el = wait_for(lambda: browser.find_elements(By.ID, "shown"))
    name = browser.find_element(By.CSS_SELECTOR, "#viewer strong").text
    assert name and shown_el[0].get_attribute("src").startswith("blob:")
    # every chunk passed its GCM check (a failed one shows an alert instead of the viewer)
    data, files = workspace.open_workspace((tmp_path / "big.html").read_bytes(), PASSWORD, (tmp_path / "big.ushiro-files").read_bytes())
    first = data["files"][int(button.get_attribute("data-file"))]  # type: ignore[index]
    assert first["chunks"] > 1 and files[first["member"]] and name == first["name"]
    assert network_requests(requested_urls(browser)) == []
