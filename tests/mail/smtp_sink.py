#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
"""A real SMTP server for CaseDesk's mail tests (Debian's python3-aiosmtpd).

Stores each message it accepts as NNNN.eml (the bytes as received, dot-unstuffed) and
NNNN.json (envelope plus Python's own decoding of the headers and body, an independent check
of CaseDesk's RFC 2047 and quoted-printable encoding). Files appear atomically (written, then
renamed). Prints "READY <port>" when it listens and stops when its stdin closes.

    /usr/bin/python3 smtp_sink.py --port N --out DIR [--reject ADDR] [--tempfail ADDR]
        [--starttls CERT KEY | --tls CERT KEY] [--auth USER:PASSWORD] [--delay SECONDS]
"""

import argparse
import asyncio
import email
import email.policy
import itertools
import json
import os
import ssl
import sys
import threading
import time

try:
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword
except ImportError as error:  # the test harness turns this into a failure, never a skip
    print(f"aiosmtpd is missing ({error}): apt-get install python3-aiosmtpd", file=sys.stderr, flush=True)
    sys.exit(3)


class Sink:
    def __init__(self, out, reject, tempfail, delay):
        self.out = out
        self.reject = {a.lower() for a in reject}
        self.tempfail = {a.lower() for a in tempfail}
        self.delay = delay
        self.counter = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: no such mailbox" % address
        if address.lower() in self.tempfail:
            return "451 4.3.0 Mailbox temporarily unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "authenticated": bool(getattr(session, "authenticated", False)),
            "tls": session.ssl is not None,
            "subject": str(message["Subject"]),
            "from": str(message["From"]),
            "to": str(message["To"]),
            "date": str(message["Date"]),
            "message_id": str(message["Message-ID"]),
            "content_type": message.get_content_type(),
            "charset": message.get_content_charset(),
            "transfer_encoding": str(message["Content-Transfer-Encoding"]),
            "body": body.get_content() if body is not None else None,
            "defects": [type(d).__name__ for d in message.defects],
        }
        with self.lock:
            number = next(self.counter)
        base = os.path.join(self.out, "%04d-%d" % (number, os.getpid()))
        for suffix, data in ((".eml", raw), (".json", json.dumps(record, ensure_ascii=False).encode("utf-8"))):
            with open(base + suffix + ".tmp", "wb") as f:
                f.write(data)
            os.rename(base + suffix + ".tmp", base + suffix)
        return "250 2.0.0 Message accepted"


def tls_context(cert, key):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--tempfail", action="append", default=[])
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--auth", metavar="USER:PASSWORD")
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    handler = Sink(args.out, args.reject, args.tempfail, args.delay)
    kwargs = {}
    if args.starttls:
        kwargs["tls_context"] = tls_context(*args.starttls)
        kwargs["require_starttls"] = True
    if args.tls:
        kwargs["ssl_context"] = tls_context(*args.tls)
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535

        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = bool(args.starttls or args.tls)

    controller = Controller(handler, hostname="127.0.0.1", port=args.port, **kwargs)
    try:
        controller.start()
    except Exception as error:  # noqa: BLE001 - report anything to the harness
        print(f"cannot start the SMTP sink on port {args.port}: {error}", file=sys.stderr, flush=True)
        sys.exit(2)
    print(f"READY {args.port}", flush=True)
    try:
        sys.stdin.read()  # until the test closes our stdin (or dies)
    finally:
        controller.stop()
        time.sleep(0.05)


if __name__ == "__main__":
    main()
