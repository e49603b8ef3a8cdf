#!/usr/bin/env python3
"""A local stand-in for the Hugging Face hub, for the model download tests.

Serves the files below --root as repository --repo at any revision, in the hub's URL layout:
  GET /api/models/<repo>/tree/<revision>/<folder>?recursive=true   listing, paged by a Link header
  GET|HEAD /<repo>/resolve/<revision>/<path>                        a file; LFS files answer 302
  GET /lfs-storage/<sha256>                                         where LFS redirects point
Files whose names end like the hub's LFS patterns (.bin, .safetensors, .onnx, .pth, ...) are
listed as LFS files (lfs.oid = SHA-256) and redirected, the others are listed with their git
blob id and served directly. Content requests honour Range (206, 416).

Faults, each applied to the first content request for the named repository path:
  --cut PATH:N     close the connection after N bytes of the body
  --corrupt PATH   flip one byte in the middle of the body
  --stall PATH     send the headers, then nothing (every request, not only the first)
  --missing PATH   answer 404 (every request)
--require-token T answers 401 unless "Authorization: Bearer T" is sent.
--log FILE appends one JSON line per request (kind, path, range start, bytes sent).
The chosen port is written to --port-file once the server listens on 127.0.0.1.
"""
import argparse
import hashlib
import json
import os
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

LFS_SUFFIXES = (".bin", ".safetensors", ".onnx", ".pth", ".pt", ".ckpt", ".h5", ".msgpack")
COMMIT = "0123456789abcdef0123456789abcdef01234567"


class Repository:
    def __init__(self, root: Path):
        self.files = {}
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            rel = path.relative_to(root).as_posix()
            entry = {"data": data, "size": len(data),
                     "git_sha1": hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest(),
                     "lfs": rel.endswith(LFS_SUFFIXES)}
            if entry["lfs"]:
                entry["sha256"] = hashlib.sha256(data).hexdigest()
            self.files[rel] = entry
        self.by_sha256 = {f["sha256"]: p for p, f in self.files.items() if f["lfs"]}

    def tree(self, folder: str):
        prefix = folder.rstrip("/") + "/" if folder else ""
        entries, dirs = [], set()
        for rel, f in self.files.items():
            if not rel.startswith(prefix):
                continue
            parts = rel.split("/")
            for i in range(1, len(parts)):
                if "/".join(parts[:i]).startswith(prefix):
                    dirs.add("/".join(parts[:i]))
            entry = {"type": "file", "oid": f["git_sha1"], "size": f["size"], "path": rel}
            if f["lfs"]:
                # The git object of an LFS file is its pointer; its id is not the content's.
                entry["oid"] = hashlib.sha1(rel.encode()).hexdigest()
                entry["lfs"] = {"oid": f["sha256"], "size": f["size"], "pointerSize": 134}
            entries.append(entry)
        for d in dirs:
            entries.append({"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(),
                            "size": 0, "path": d})
        return sorted(entries, key=lambda e: e["path"])


class State:
    def __init__(self, args):
        self.repo_id = args.repo
        self.repository = Repository(Path(args.root))
        self.page_size = args.page_size
        self.cut = {}
        for spec in args.cut:
            path, n = spec.rsplit(":", 1)
            self.cut[path] = int(n)
        self.corrupt = set(args.corrupt)
        self.stall = set(args.stall)
        self.missing = set(args.missing)
        self.token = args.require_token
        self.log_path = args.log
        self.lock = threading.Lock()
        self.stopping = threading.Event()

    def log(self, record):
        if not self.log_path:
            return
        with self.lock, open(self.log_path, "a") as out:
            out.write(json.dumps(record) + "\n")

    def take_fault(self, table, path):
        with self.lock:
            if path in table:
                if isinstance(table, dict):
                    return table.pop(path)
                table.discard(path)
                return True
        return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: State = None

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.route(head=True)

    def do_GET(self):
        self.route(head=False)

    def send_plain(self, status, text, extra=None):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def route(self, head):
        st = self.state
        url = urllib.parse.urlsplit(self.path)
        path = urllib.parse.unquote(url.path)
        query = urllib.parse.parse_qs(url.query)
        if st.token and self.headers.get("Authorization") != "Bearer " + st.token \
                and not path.startswith("/lfs-storage/"):
            return self.send_plain(401, "Invalid credentials", {
                "X-Error-Message": "Invalid credentials in Authorization header"})
        tree_prefix = "/api/models/" + st.repo_id + "/tree/"
        resolve_prefix = "/" + st.repo_id + "/resolve/"
        if path.startswith(tree_prefix):
            rest = path[len(tree_prefix):]
            folder = rest.split("/", 1)[1] if "/" in rest else ""
            return self.serve_tree(folder, query)
        if path.startswith(resolve_prefix):
            rest = path[len(resolve_prefix):]
            if "/" not in rest:
                return self.send_plain(404, "no path")
            return self.serve_resolve(rest.split("/", 1)[1], head)
        if path.startswith("/lfs-storage/"):
            sha = path[len("/lfs-storage/"):]
            rel = st.repository.by_sha256.get(sha)
            if rel is None:
                return self.send_plain(404, "no such object")
            return self.serve_content(rel, head, {})
        return self.send_plain(404, "not a hub address: " + path)

    def serve_tree(self, folder, query):
        st = self.state
        entries = st.repository.tree(folder)
        if not entries:
            return self.send_plain(404, "no such folder", {"X-Error-Code": "EntryNotFound"})
        start = int(query.get("cursor", ["0"])[0])
        page = entries[start:start + st.page_size]
        st.log({"kind": "tree", "cursor": start, "recursive": query.get("recursive", [""])[0]})
        body = json.dumps(page).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if start + st.page_size < len(entries):
            host = "http://127.0.0.1:%d" % self.server.server_address[1]
            nxt = urllib.parse.urlsplit(self.path)._replace(
                query=urllib.parse.urlencode({"recursive": "true",
                                              "cursor": start + st.page_size}))
            self.send_header("Link", '<%s%s>; rel="next"' % (host, nxt.geturl()))
        self.end_headers()
        self.wfile.write(body)

    def serve_resolve(self, rel, head):
        st = self.state
        f = st.repository.files.get(rel)
        if f is None or rel in st.missing:
            st.log({"kind": "missing", "path": rel})
            return self.send_plain(404, "Entry not found", {
                "X-Error-Code": "EntryNotFound", "X-Repo-Commit": COMMIT,
                "X-Error-Message": "Entry not found"})
        if f["lfs"]:
            host = "http://127.0.0.1:%d" % self.server.server_address[1]
            self.send_response(302)
            self.send_header("Location", host + "/lfs-storage/" + f["sha256"])
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("ETag", '"%s"' % f["sha256"])
            self.send_header("X-Linked-Etag", '"%s"' % f["sha256"])
            self.send_header("X-Linked-Size", str(f["size"]))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        return self.serve_content(rel, head, {"X-Repo-Commit": COMMIT,
                                              "ETag": '"%s"' % f["git_sha1"]})

    def serve_content(self, rel, head, extra):
        st = self.state
        f = st.repository.files[rel]
        data, size = f["data"], f["size"]
        start, end = 0, size - 1
        ranged = self.headers.get("Range")
        if ranged and ranged.startswith("bytes="):
            first, _, last = ranged[len("bytes="):].partition("-")
            start = int(first) if first else 0
            end = min(int(last), size - 1) if last else size - 1
            if start >= size:
                st.log({"kind": "content", "path": rel, "start": start, "sent": 0, "status": 416})
                return self.send_plain(416, "range not satisfiable",
                                       {"Content-Range": "bytes */%d" % size})
        body = data[start:end + 1]
        self.send_response(206 if ranged else 200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Accept-Ranges", "bytes")
        if ranged:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, size))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        if head:
            return
        if rel in st.stall:
            st.log({"kind": "content", "path": rel, "start": start, "sent": 0, "stalled": True})
            self.wfile.flush()
            while not st.stopping.is_set():
                time.sleep(0.1)
            return
        cut = st.take_fault(st.cut, rel)
        if st.take_fault(st.corrupt, rel):
            middle = len(body) // 2
            body = body[:middle] + bytes([body[middle] ^ 0xFF]) + body[middle + 1:]
        if cut is not None and cut < len(body):
            self.wfile.write(body[:cut])
            self.wfile.flush()
            st.log({"kind": "content", "path": rel, "start": start, "sent": cut, "cut": True})
            self.close_connection = True
            self.connection.shutdown(2)
            return
        try:
            self.wfile.write(body)
        except (ConnectionError, BrokenPipeError):
            # The client went away (a cancelled download): logged without a byte count.
            st.log({"kind": "content", "path": rel, "start": start, "aborted": True})
            self.close_connection = True
            return
        st.log({"kind": "content", "path": rel, "start": start, "sent": len(body)})


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", required=True)
    parser.add_argument("--repo", default="tk93/V-Express")
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--page-size", type=int, default=4)
    parser.add_argument("--cut", action="append", default=[])
    parser.add_argument("--corrupt", action="append", default=[])
    parser.add_argument("--stall", action="append", default=[])
    parser.add_argument("--missing", action="append", default=[])
    parser.add_argument("--require-token", default="")
    parser.add_argument("--log", default="")
    args = parser.parse_args()
    Handler.state = State(args)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    tmp = args.port_file + ".tmp"
    with open(tmp, "w") as out:
        out.write(str(server.server_address[1]))
    os.replace(tmp, args.port_file)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    finally:
        Handler.state.stopping.set()


if __name__ == "__main__":
    main()
