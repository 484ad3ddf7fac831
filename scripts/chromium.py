"""Drive headless Chromium over the DevTools protocol, with the standard library only.

Chromium is started with ``--remote-debugging-pipe``: it reads protocol messages on file
descriptor 3 and writes them on descriptor 4, each a JSON object ended by a NUL byte.  That
is enough to open a page, read the DOM, catch console errors and take screenshots without
selenium or a websocket client.  Used by ``tests/test_browser.py`` and
``scripts/screenshot_seed.py``.

Run ``python scripts/chromium.py PAGE.html OUT.png`` to screenshot a local page.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ["BrowserError", "Chromium", "find_chromium"]

#: Binaries tried in order; the QUOTEATTR_CHROMIUM environment variable overrides them.
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")

#: Flags for a quiet, isolated, offline headless run (root needs --no-sandbox).
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--mute-audio",
    "--remote-debugging-pipe",
)


class BrowserError(RuntimeError):
    """Chromium could not be started, answered with an error, or did not answer in time."""


def find_chromium() -> str | None:
    """Path of a Chromium or Chrome binary, or ``None`` when none is installed."""
    env = os.environ.get("QUOTEATTR_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless browser with one page; use as a context manager.

    Args:
        binary: The Chromium executable; ``None`` finds one with :func:`find_chromium`.
        width: Viewport width in CSS pixels.
        height: Viewport height in CSS pixels.
        timeout: Seconds to wait for any single answer.
    """

    def __init__(
        self, binary: str | None = None, *, width: int = 1280, height: int = 900, timeout: float = 60.0
    ) -> None:
        binary = binary or find_chromium()
        if binary is None:
            raise BrowserError(f"no Chromium binary found (tried {', '.join(CANDIDATES)})")
        self.timeout = timeout
        self.width, self.height = width, height
        self._profile = tempfile.TemporaryDirectory(prefix="quoteattr-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire() -> None:  # runs in the child: the protocol wants fds 3 and 4
            # Move both ends above 9 first so that neither dup2 clobbers the other or is a
            # no-op that would keep the close-on-exec flag.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_chrome_r, from_chrome_w)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)
            for fd in high:
                os.close(fd)

        args = [binary, *FLAGS, f"--user-data-dir={self._profile.name}",
                f"--window-size={width},{height}", "about:blank"]  # fmt: skip
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            preexec_fn=wire,
            # Our pipe ends are close-on-exec (PEP 446); only the dup2'ed 3 and 4 survive
            # exec.  pass_fds would close 3 and 4 again after ``wire`` has run.
            close_fds=False,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._stderr: list[bytes] = []
        self._inbox: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._next_id = 0
        self.events: list[dict[str, Any]] = []
        self._threads = [
            threading.Thread(target=self._read, daemon=True),
            threading.Thread(target=self._drain_stderr, daemon=True),
        ]
        for t in self._threads:
            t.start()
        self.session = self._open_page()

    # -- plumbing -----------------------------------------------------------------------
    def _read(self) -> None:
        buf = b""
        with os.fdopen(self._from_chrome, "rb", buffering=0) as fh:
            while True:
                chunk = fh.read(65536)
                if not chunk:
                    break
                buf += chunk
                *messages, buf = buf.split(b"\0")
                for raw in messages:
                    self._inbox.put(json.loads(raw))
        self._inbox.put(None)

    def _drain_stderr(self) -> None:
        assert self._proc.stderr is not None
        for line in self._proc.stderr:
            self._stderr.append(line)

    def send(self, method: str, params: dict[str, Any] | None = None, *, page: bool = True) -> Any:
        """Send one protocol command and return its result.

        Args:
            method: The protocol method, e.g. ``"Runtime.evaluate"``.
            params: Its parameters.
            page: Send it to the page's session (``False``: to the browser itself).
        """
        self._next_id += 1
        msg: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if page:
            msg["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(msg).encode() + b"\0")
        while True:
            reply = self._get(f"the answer to {method}")
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method} failed: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str) -> dict[str, Any]:
        """Wait for the next event named ``method`` (events seen earlier are kept too)."""
        for n, ev in enumerate(self.events):
            if ev.get("method") == method:
                return self.events.pop(n)
        while True:
            ev = self._get(f"the event {method}")
            if ev.get("method") == method:
                return ev
            self.events.append(ev)

    def _get(self, what: str) -> dict[str, Any]:
        try:
            msg = self._inbox.get(timeout=self.timeout)
        except queue.Empty:
            raise BrowserError(f"Chromium sent no {what} within {self.timeout} s") from None
        if msg is None:
            err = b"".join(self._stderr[-20:]).decode(errors="replace")
            raise BrowserError(f"Chromium exited while waiting for {what}:\n{err}")
        return msg

    def _open_page(self) -> str:
        target = self.send("Target.createTarget", {"url": "about:blank"}, page=False)["targetId"]
        attached = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, page=False)
        self.session = attached["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": self.width, "height": self.height, "deviceScaleFactor": 1, "mobile": False},
        )
        return self.session

    # -- page actions -------------------------------------------------------------------
    def open(self, url: str) -> None:
        """Load ``url`` and wait for its load event."""
        self.events = [e for e in self.events if e.get("method") != "Page.loadEventFired"]
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"could not open {url}: {result['errorText']}")
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression evaluated in the page."""
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}
        )
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} raised {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen so far."""
        self.evaluate("0")  # flush events that arrived before now
        out = []
        for ev in self.events:
            method, params = ev.get("method"), ev.get("params", {})
            if method == "Runtime.exceptionThrown":
                d = params["exceptionDetails"]
                out.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                out.append(f"{params['entry'].get('source')}: {params['entry'].get('text')}")
        return out

    def mouse_move(self, x: float, y: float) -> None:
        """Move the mouse to viewport coordinates ``(x, y)``."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self, *, full_page: bool = True) -> bytes:
        """PNG bytes of the viewport, or of the whole page when ``full_page``."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": self.width,
                              "height": max(self.height, int(size["height"])), "scale": 1}  # fmt: skip
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.send("Page.captureScreenshot", params)["data"])

    def close(self) -> None:
        """Close the browser and remove its temporary profile."""
        if self._proc.poll() is None:
            try:
                self.send("Browser.close", page=False)
            except (BrowserError, OSError):
                pass
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        try:
            os.close(self._to_chrome)
        except OSError:
            pass
        for t in self._threads:
            t.join(timeout=5)
        if self._proc.stderr is not None:
            self._proc.stderr.close()
        self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main(argv: list[str]) -> int:
    """Screenshot a local HTML page: ``chromium.py PAGE.html OUT.png [WIDTH]``."""
    if len(argv) not in (2, 3):
        print(main.__doc__, file=sys.stderr)
        return 2
    page, out = Path(argv[0]).resolve(), Path(argv[1])
    width = int(argv[2]) if len(argv) == 3 else 1280
    with Chromium(width=width) as browser:
        browser.open(page.as_uri())
        out.write_bytes(browser.screenshot())
        for err in browser.errors():
            print("console error:", err, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
