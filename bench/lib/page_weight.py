#!/usr/bin/env python3
"""Page weight of a first visit, as a browser with an empty cache fetches it.

  page_weight.py BASE_URL PATH   ->  JSON: requests, bytes (headers + bodies as transferred), the list, third parties

Fetches the page and every resource it references (stylesheets, scripts, images, icons, fonts and images named
in the CSS, and /favicon.ico when the page declares no icon, because browsers ask for it), each once, with curl
asking for compression as a browser does (br, gzip). Bytes are counted as transferred: the compressed body plus the
response headers. Resources on other hosts are not fetched but listed (the site must have none).
"""
import html.parser, json, re, subprocess, sys, tempfile, urllib.parse

BROWSER_HEADERS = [
    "-H", "Accept-Encoding: br, gzip, deflate",
    "-H", "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
    "-H", "User-Agent: Mozilla/5.0 (X11; Linux x86_64) ClinicCmsBench/1.0",
]


def fetch(url):
    with tempfile.NamedTemporaryFile() as body:
        out = subprocess.run(
            ["curl", "-s", "--compressed", *BROWSER_HEADERS, "-o", body.name,
             "-w", "%{http_code} %{size_header} %{size_download} %{content_type}", url],
            capture_output=True, text=True, check=True).stdout.split(" ", 3)
        return {"url": url, "status": int(out[0]), "bytes": int(out[1]) + int(out[2]),
                "type": out[3] if len(out) > 3 else "", "text": open(body.name, "rb").read().decode("utf-8", "replace")}


class References(html.parser.HTMLParser):
    FETCHED_LINKS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload", "manifest"}

    def __init__(self):
        super().__init__()
        self.urls, self.icon = [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and set((a.get("rel") or "").lower().split()) & self.FETCHED_LINKS and a.get("href"):
            self.urls.append(a["href"])
            self.icon |= "icon" in (a.get("rel") or "").lower()
        elif tag in ("script", "iframe", "embed") and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "img":
            src = a.get("src") or (a.get("srcset") or "").split(",")[0].strip().split(" ")[0]
            if src:
                self.urls.append(src)
        elif tag in ("video",) and a.get("poster"):
            self.urls.append(a["poster"])
        if a.get("style"):
            self.urls.extend(css_urls(a["style"]))


def css_urls(css):
    found = re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css)
    found += re.findall(r"@import\s+['\"]([^'\"]+)['\"]", css)
    return [u for u in found if not u.startswith("data:")]


def main(base, path):
    origin = urllib.parse.urlsplit(base).netloc
    page = fetch(urllib.parse.urljoin(base, path))
    parser = References()
    parser.feed(page["text"])
    queue = [urllib.parse.urljoin(page["url"], u) for u in parser.urls]
    if not parser.icon:
        queue.append(urllib.parse.urljoin(base, "/favicon.ico"))
    fetched, seen, third_party = [page], {page["url"]}, []
    while queue:
        url = urllib.parse.urldefrag(queue.pop(0))[0]
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        if urllib.parse.urlsplit(url).netloc != origin:
            third_party.append(url)
            continue
        resource = fetch(url)
        fetched.append(resource)
        if "css" in resource["type"]:
            queue.extend(urllib.parse.urljoin(url, u) for u in css_urls(resource["text"]))
    print(json.dumps({
        "requests": len(fetched),
        "bytes": sum(r["bytes"] for r in fetched),
        "resources": [{k: r[k] for k in ("url", "status", "bytes", "type")} for r in fetched],
        "third_party": third_party,
    }, indent=2))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
