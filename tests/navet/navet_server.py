#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
"""A stand-in for Navet's personpostXML service for CaseDesk's tests: HTTPS on 127.0.0.1 that
REQUIRES a client certificate issued by the test's CA (Python's ssl, CERT_REQUIRED).

It reads the SOAP request with ElementTree (so a request that is not well-formed XML in the
right namespaces is refused) and answers with the fixture whose person has the requested
PersonId; an unknown PersonId gets fault-not-found.xml, an OrgNr or BestallningsId other than
the expected ones gets fault-bad-order-id.xml (both with HTTP 500, as SOAP 1.1 asks). Each
request it reads is kept as request-N.xml in --out. Prints "READY <port>" when it listens and
stops when its stdin closes.

    /usr/bin/python3 navet_server.py --cert SERVER.pem --key SERVER.key --client-ca CA.pem
        --fixtures DIR --org-nr NR --order-id ID --out DIR
        [--stall SECONDS] [--content-type TYPE] [--huge BYTES]
"""

import argparse
import glob
import http.server
import itertools
import os
import re
import ssl
import sys
import threading
import time
import xml.etree.ElementTree as ElementTree

SOAP = "{http://schemas.xmlsoap.org/soap/envelope/}"
NAVET = "{http://xmls.skatteverket.se/se/skatteverket/folkbokforing/na/epersondata/V1}"


def fixtures_by_person(folder):
    people = {}
    for path in sorted(glob.glob(os.path.join(folder, "personpost-*.xml"))):
        with open(path, "rb") as f:
            data = f.read()
        # The first PersonNr is the person's own; relations come after it.
        match = re.search(rb"<PersonNr>(\d{12})</PersonNr>", data)
        if match:
            people[match.group(1).decode()] = data
    return people


def read_file(folder, name):
    with open(os.path.join(folder, name), "rb") as f:
        return f.read()


def make_handler(options, people, counter):
    not_found = read_file(options.fixtures, "fault-not-found.xml")
    bad_order = read_file(options.fixtures, "fault-bad-order-id.xml")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format, *args):
            pass

        def answer(self, status, body, content_type="text/xml; charset=utf-8", length=True):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
            self.close_connection = True

        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            with open(os.path.join(options.out, "request-%d.xml" % next(counter)), "wb") as f:
                f.write(body)
            if not self.headers.get("Content-Type", "").startswith("text/xml") or "SOAPAction" not in self.headers:
                self.answer(415, b"SOAP 1.1 wants text/xml and a SOAPAction header", "text/plain")
                return
            try:
                root = ElementTree.fromstring(body)
                request = root.find(SOAP + "Body").find(NAVET + "PersonpostRequest")
                org_nr = request.find(NAVET + "Bestallning").find(NAVET + "OrgNr").text
                order_id = request.find(NAVET + "Bestallning").find(NAVET + "BestallningsId").text
                person_id = request.find(NAVET + "PersonId").text
            except (ElementTree.ParseError, AttributeError) as error:
                self.answer(400, ("not a personpostXML request: %s" % error).encode(), "text/plain")
                return
            if options.stall:
                time.sleep(options.stall)
            if options.huge:
                # No Content-Length: the client must stop reading by itself.
                self.send_response(200)
                self.send_header("Content-Type", "text/xml; charset=utf-8")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"<?xml version=\"1.0\"?><!-- ")
                chunk = b" " * 65536
                for _ in range(options.huge // len(chunk) + 1):
                    try:
                        self.wfile.write(chunk)
                    except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                        break
                self.close_connection = True
                return
            if org_nr != options.org_nr or order_id != options.order_id:
                self.answer(500, bad_order)
            elif person_id in people:
                self.answer(200, people[person_id], options.content_type)
            else:
                self.answer(500, not_found)

    return Handler


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client refused in the handshake (no or a wrong certificate) is part of the tests.
        print("refused %s: %s" % (client_address, sys.exc_info()[1]), file=sys.stderr, flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--client-ca", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--org-nr", required=True)
    parser.add_argument("--order-id", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--stall", type=float, default=0)
    parser.add_argument("--content-type", default="text/xml; charset=utf-8")
    parser.add_argument("--huge", type=int, default=0)
    options = parser.parse_args()

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(options.cert, options.key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(options.client_ca)

    people = fixtures_by_person(options.fixtures)
    server = Server(("127.0.0.1", 0), make_handler(options, people, itertools.count(1)))
    # The handshake runs in the request's own thread, so a refused client never holds up others.
    server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("READY %d" % server.server_address[1], flush=True)
    sys.stdin.read()
    server.shutdown()


if __name__ == "__main__":
    main()
