#!/usr/bin/env python3
"""The back office as an editor's browser uses it: sign in, open an article for editing, Save and publish.

  backoffice.py open-article BASE KEYS_FILE [--opens=N]     -> JSON: requests to open one article, p95 per kind
  backoffice.py publish-to-visible BASE KEY PUBLIC_PATH [--publishes=N]   -> JSON: publish-to-visible times

Credentials come from BENCH_USER_EMAIL / BENCH_USER_PASSWORD (the unattended administrator the bench site creates).
Everything goes through the running site's HTTP endpoints, with its cookies and antiforgery tokens, as a browser
would: no database access.

open-article: a first open (empty browser cache) fetches the workspace page and what it references (stylesheet,
module script and what those import, icons); that list is the request count. Then each of N articles spread over the
tree is opened with a warm browser cache, as an editor moving through the tree does: the workspace page is asked for
again, and the fingerprinted assets (cached for a year) are not; the assets are timed as well, N times each, so every
request of a first open has a p95.

publish-to-visible: N times, changes the article's summary to a new text through the workspace form (Save and
publish), then polls the public page until the new text shows; the time runs from sending the publish to the first
answer that shows it.
"""
import html, html.parser, http.cookiejar, json, math, os, re, sys, time, urllib.error, urllib.parse, urllib.request


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def request(self, path, data=None, headers=None):
        """-> (status, body text, seconds, location); follows no redirect, so each request is timed on its own."""
        url = path if path.startswith("http") else self.base + path
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        req = urllib.request.Request(url, data=body, headers={"Accept-Encoding": "identity", **(headers or {})})
        start = time.perf_counter()
        try:
            with self.opener.open(req, timeout=30) as r:
                text = r.read()
                status, location = r.status, r.headers.get("Location")
        except urllib.error.HTTPError as e:
            text, status, location = e.read(), e.code, e.headers.get("Location")
        return status, text.decode("utf-8", "replace"), time.perf_counter() - start, location

    def sign_in(self, email, password):
        status, page, _, _ = self.request("/umbraco/login")
        token = hidden(page, "__RequestVerificationToken")
        status, _, _, location = self.request("/umbraco/login", {
            "Input.Email": email, "Input.Password": password, "__RequestVerificationToken": token})
        if status not in (302, 303) or "login" in (location or "").lower():
            sys.exit(f"signing in as {email} failed (HTTP {status}, to {location})")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def hidden(page, name):
    m = re.search(r'<input[^>]*name="' + re.escape(name) + r'"[^>]*value="([^"]*)"', page) \
        or re.search(r'<input[^>]*value="([^"]*)"[^>]*name="' + re.escape(name) + r'"', page)
    if not m:
        sys.exit(f"no {name} field on the page")
    return html.unescape(m.group(1))


class References(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get("rel") or "").lower().split()
        if tag == "link" and a.get("href") and set(rel) & {"stylesheet", "icon", "preload", "modulepreload", "manifest"}:
            self.urls.append(a["href"])
        elif tag in ("script", "img", "iframe") and a.get("src"):
            self.urls.append(a["src"])


def referenced(base, page_url, text, content_type):
    """URLs a browser fetches for a resource: HTML references, CSS url()/@import, module imports."""
    if "html" in content_type:
        parser = References()
        parser.feed(text)
        found = parser.urls
    elif "css" in content_type:
        found = re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", text) + re.findall(r"@import\s+['\"]([^'\"]+)['\"]", text)
    elif "javascript" in content_type:
        found = re.findall(r"""(?:^|[;\s])import\s*(?:[^'"]*?from\s*)?['"](\.{0,2}/[^'"]+)['"]""", text) \
            + re.findall(r"""import\(\s*['"](\.{0,2}/[^'"]+)['"]\s*\)""", text)
    else:
        found = []
    urls = []
    for u in found:
        if u.startswith("data:"):
            continue
        absolute = urllib.parse.urldefrag(urllib.parse.urljoin(page_url, u))[0]
        if absolute.startswith(base):
            urls.append(absolute[len(base):])
        else:
            urls.append(absolute)
    return urls


def percentile(values, p):
    """Nearest rank: the smallest value at or above p percent of them."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def first_open(browser, path):
    """Every request of opening PATH with an empty cache: [(path, status, seconds)], page first."""
    done, queue, out = set(), [path], []
    while queue:
        p = queue.pop(0)
        if p in done:
            continue
        done.add(p)
        if p.startswith("http"):
            out.append((p, 0, 0.0))  # another host: counted, never fetched (there must be none)
            continue
        url = browser.base + p
        req = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
        start = time.perf_counter()
        with browser.opener.open(req, timeout=30) as r:
            text, status, ctype = r.read().decode("utf-8", "replace"), r.status, r.headers.get("Content-Type", "")
        out.append((p, status, time.perf_counter() - start))
        queue.extend(referenced(browser.base, url, text, ctype))
    return out


def open_article(base, keys_file, opens):
    browser = Browser(base)
    browser.sign_in(os.environ["BENCH_USER_EMAIL"], os.environ["BENCH_USER_PASSWORD"])
    keys = [k.strip() for k in open(keys_file) if k.strip()]
    edit = "/umbraco/section/content/workspace/document/edit/"
    first = first_open(browser, edit + keys[-1])
    if first[0][1] != 200:
        sys.exit(f"opening {first[0][0]} answered HTTP {first[0][1]}")
    # Warm-up (JIT, connection pool), not timed.
    for key in keys[:5]:
        browser.request(edit + key)
    step = max(1, len(keys) // opens)
    chosen = [keys[(i * step + step // 2) % len(keys)] for i in range(opens)]
    page_times = []
    for key in chosen:
        status, _, seconds, _ = browser.request(edit + key)
        if status != 200:
            sys.exit(f"opening {edit + key} answered HTTP {status}")
        page_times.append(seconds)
    kinds = [{"url": "workspace page (" + str(opens) + " articles across the tree)", "p95_ms": percentile(page_times, 95) * 1000,
              "max_ms": max(page_times) * 1000}]
    for path, status, _ in first[1:]:
        if path.startswith("http"):
            continue
        times = [browser.request(path)[2] for _ in range(opens)]
        kinds.append({"url": path.split("?")[0], "p95_ms": percentile(times, 95) * 1000, "max_ms": max(times) * 1000})
    return {"requests": len(first), "third_party": [p for p, _, _ in first if p.startswith("http")],
            "first_open": [p.split("?")[0] for p, _, _ in first], "kinds": kinds,
            "screens": other_screens(browser, keys, opens)}


def other_screens(browser, keys, runs):
    """The back office's other screens with the big tree (information): p95 of each over RUNS requests."""
    lists_file = os.environ.get("BENCH_LIST_KEYS", "")
    folder = next((k.strip() for k in open(lists_file) if k.strip()), None) if os.path.exists(lists_file) else None
    content = "/umbraco/section/content"
    screens = [("content section (tree)", content), ("recycle bin", content + "/recycle-bin"),
               ("rollback of an article", f"{content}/rollback/{keys[-1]}"), ("preview of an article", f"/umbraco/preview/{keys[-1]}")]
    if folder:
        screens += [("tree children of a topic list", f"{content}/tree/children/{folder}"),
                    ("topic list workspace", f"{content}/workspace/document/edit/{folder}"),
                    ("sort children of a topic list", f"{content}/sort/{folder}")]
    result = []
    for name, path in screens:
        status = browser.request(path)[0]
        times = [browser.request(path)[2] for _ in range(runs)]
        result.append({"screen": name, "status": status, "p95_ms": percentile(times, 95) * 1000})
    return result


def publish_to_visible(base, key, public_path, publishes):
    browser = Browser(base)
    browser.sign_in(os.environ["BENCH_USER_EMAIL"], os.environ["BENCH_USER_PASSWORD"])
    public = Browser(base)  # an anonymous visitor, as the public page is seen
    edit = f"/umbraco/section/content/workspace/document/edit/{key}"
    times = []
    run = f"{time.time_ns() % 10**9:09d}"
    for i in range(publishes):
        status, page, _, _ = browser.request(edit)
        if status != 200:
            sys.exit(f"opening {edit} answered HTTP {status}")
        marker = f"Bench revision {run}-{i:03d}."
        form = {"__RequestVerificationToken": hidden(page, "__RequestVerificationToken"),
                "Input.Version": hidden(page, "Input.Version"), "Input.Name": hidden(page, "Input.Name"),
                "Input.Action": "publish", "v.summary~": "", "v.summary": marker}
        start = time.perf_counter()
        status, _, _, location = browser.request(edit, form)
        if status not in (302, 303):
            sys.exit(f"Save and publish answered HTTP {status} (publish {i + 1})")
        while True:
            status, text, _, _ = public.request(public_path)
            if status == 200 and marker in text:
                break
            if time.perf_counter() - start > 30:
                sys.exit(f"publish {i + 1}: the change did not show on {public_path} within 30 s")
            time.sleep(0.002)
        times.append(time.perf_counter() - start)
    return {"publishes": publishes, "p50_ms": percentile(times, 50) * 1000, "p99_ms": percentile(times, 99) * 1000,
            "max_ms": max(times) * 1000}


def main(argv):
    opts = {a.split("=")[0]: a.split("=", 1)[1] for a in argv if a.startswith("--") and "=" in a}
    args = [a for a in argv if not a.startswith("--")]
    if args[:1] == ["open-article"]:
        result = open_article(args[1], args[2], int(opts.get("--opens", "40")))
    elif args[:1] == ["publish-to-visible"]:
        result = publish_to_visible(args[1], args[2], args[3], int(opts.get("--publishes", "50")))
    else:
        sys.exit(__doc__)
    json.dump(result, sys.stdout, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
