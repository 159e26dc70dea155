"""A real SMTP server on loopback for the e-mail tests: writes each message it accepts to FOLDER as one .eml file.
Recipients whose mailbox name starts with "refused" get 550 (a permanent refusal), with "busy" 450 (try later).
Usage: /usr/bin/python3 smtp_sink.py PORT FOLDER   (prints READY when listening; exits when stdin closes)."""
import os
import sys
import uuid

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused"):
            return "550 5.1.1 No such mailbox here"
        if address.startswith("busy"):
            return "450 4.2.1 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        name = os.path.join(self.folder, uuid.uuid4().hex + ".eml")
        with open(name + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(name + ".tmp", name)  # readers never see half a message
        return "250 Message accepted for delivery"


port, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(folder, exist_ok=True)
controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
controller.start()
print("READY", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
