#!/usr/bin/env python3
"""Static file server for www/ with explicit MIME types (.wasm must be
application/wasm for WebAssembly.instantiateStreaming; .js/.mjs text/javascript),
whatever the system's mime.types says. Development only: no caching."""

import functools
import http.server
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "www")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".html": "text/html; charset=utf-8",
        ".css": "text/css; charset=utf-8",
        ".svg": "image/svg+xml",
        ".png": "image/png",
        ".ts": "text/plain; charset=utf-8",
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


def main():
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "8080"))
    handler = functools.partial(Handler, directory=os.path.abspath(ROOT))
    with http.server.ThreadingHTTPServer((host, port), handler) as httpd:
        print(f"kubeplay: serving {os.path.abspath(ROOT)} on http://{host}:{port}/ (Ctrl-C stops)",
              flush=True)
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
