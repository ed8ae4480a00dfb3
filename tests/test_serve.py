"""The linked-data server: one URL per resource, format by extension or Accept, SPARQL."""

from __future__ import annotations

import io
import json
import threading
import urllib.request
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from rdflib import Graph

from delibgraph.build import build
from delibgraph.serve import make_app
from delibgraph.store import GraphStore

from conftest import EXAMPLES

ACT = "/id/act/062-216204982-20231206-DLB17_06122023-DE"


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    store = GraphStore(tmp_path_factory.mktemp("serve") / "s")
    build([EXAMPLES / "lens_2023-12-06.txt"], store, jobs=1)
    return make_app(store)


def get(app, path: str, accept: str = "", query: str = "", method: str = "GET", body: bytes = b"",
        content_type: str = ""):
    status = {}
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_ACCEPT": accept, "REQUEST_METHOD": method,
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type, "wsgi.input": io.BytesIO(body)}
    out = b"".join(app(environ, lambda s, headers: status.update(code=s, headers=dict(headers))))
    return status["code"], status["headers"]["Content-Type"], out.decode("utf-8")


def test_a_deliberation_by_extension_and_by_accept(app):
    code, media, body = get(app, ACT + ".ttl")
    assert code == "200 OK" and media.startswith("text/turtle")
    g = Graph().parse(data=body, format="turtle")
    assert len(g) > 10
    code, media, body = get(app, ACT, accept="application/ld+json")
    assert media.startswith("application/ld+json") and json.loads(body)
    code, media, body = get(app, ACT, accept="text/html")
    assert "REALISATION D" in body and "/id/act/" in body


def test_unknown_resource_and_format(app):
    assert get(app, "/id/act/nothing")[0] == "404 Not Found"
    assert get(app, "/nowhere")[0] == "404 Not Found"


def test_sparql_endpoint_get_and_post(app):
    q = "SELECT (COUNT(?p) AS ?n) WHERE { ?s dg:present ?p }"
    code, media, body = get(app, "/sparql", query="query=" + urllib.request.quote(q))
    assert code == "200 OK" and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "31"
    code, media, body = get(app, "/sparql", method="POST", body=q.encode(), content_type="application/sparql-query",
                            accept="text/csv")
    assert media.startswith("text/csv") and body.splitlines()[1].strip() == "31"
    assert get(app, "/sparql", query="query=SELECT+WHERE")[0] == "400 Bad Request"


def test_home_lists_the_sessions(app):
    code, media, body = get(app, "/")
    assert "Lens" in body and "2023-12-06" in body


def test_a_real_server_on_localhost(app):
    class Quiet(WSGIRequestHandler):
        def log_message(self, *args):
            pass

    with make_server("127.0.0.1", 0, app, handler_class=Quiet) as httpd:
        thread = threading.Thread(target=httpd.handle_request, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{httpd.server_port}{ACT}.nt"
        with urllib.request.urlopen(url, timeout=10) as resp:
            assert resp.headers["Content-Type"].startswith("application/n-triples")
            assert len(Graph().parse(data=resp.read(), format="nt")) > 10
        thread.join(timeout=10)
