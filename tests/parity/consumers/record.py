#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records what a real Asterisk makes of the consumer cases (tests/parity/consumers/).

For each case folder it writes the case's websocket_client.conf, ari.conf, extensions.conf
(and the files they include) into the Asterisk's config folder, starts that Asterisk afresh
(a full start per case: the facts are "at start-up" facts, and a reload keeps objects from
the previous case), waits until it has fully booted, and records into expected.json:

- "log": every notice, warning and error logged while it started (level, source file,
  message; timestamps, thread ids and the start-up lines every case has are dropped,
  channel names written <channel>, the config folder <confdir>);
- "connect_attempts": the URIs res_http_websocket tried to reach while starting (persistent
  clients; the servers are never there);
- "outbound_websockets": the rows of `ari show outbound-websockets`, and per row the
  lines of `ari show outbound-websocket <id>` (secrets are shown as ******** there);
- "ari_users": the user names of `ari show users`; "ari_enabled" from `ari show status`;
- "dial_results": per extension of context [calls] listed in "dials", what one call to it
  logged (originated through ARI's REST side as Local/<exten>@calls: its ;2 half runs the
  extension, the ;1 half never gets further than the Dial).

The Asterisk itself is not part of this repository (see docs/ASTERISK-PARITY.md); tell this
script where it is:

  --asterisk   the asterisk binary
  --config     its asterisk.conf (the instance; never one another process uses)
  --confdir    its config folder (astetcdir)
  --log        its log file with notice,warning,error
  --commit     the git commit it was built from
  --ari        its ARI base URL on 127.0.0.1 (http://127.0.0.1:PORT/ari), and
  --ari-user   user:password of the ARI user the cases define (for the calls)

    record.py --asterisk ... [CASE...]    # every case folder by default
"""
import argparse
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
CASE_FILES = ("websocket_client.conf", "ari.conf", "extensions.conf")

LOG_LINE = re.compile(r"^\[[^\]]*\] (?P<level>[A-Z]+)\[\d+\](?:\[[^\]]*\])? "
                      r"(?P<source>[^:\s]+): (?P<message>.*)$")
# Logged at every start whatever the case holds.
START_UP = [("loader.c", "modules will be loaded"), ("cdr.c", "CDR logging disabled"),
            ("indications.c", ""), ("manager.c", "Unable to open AMI"),
            ("res_musiconhold.c", "No music on hold classes")]
CHANNEL = re.compile(r"Local/[^\s:;]+;[12]|WebSocket/[^\s:]+-[0-9a-f]{8}")


class Asterisk:
    def __init__(self, args):
        self.args = args

    def rx(self, command, check=True):
        out = subprocess.run([self.args.asterisk, "-C", self.args.config, "-rx", command],
                             capture_output=True, text=True, errors="replace")
        if check and out.returncode != 0:
            raise SystemExit("asterisk -rx %r failed: %s" % (command, out.stdout + out.stderr))
        return out.stdout

    def running(self):
        return subprocess.run([self.args.asterisk, "-C", self.args.config, "-rx",
                               "core show uptime"], capture_output=True).returncode == 0

    def stop(self):
        if self.running():
            self.rx("core stop now", check=False)
        deadline = time.time() + 90
        while self.running():
            if time.time() > deadline:
                raise SystemExit("the Asterisk did not stop")
            time.sleep(0.2)

    def start(self):
        console = open(os.path.join(os.path.dirname(self.args.log), "console.out"), "ab")
        subprocess.Popen([self.args.asterisk, "-C", self.args.config, "-f"], stdin=subprocess.DEVNULL,
                         stdout=console, stderr=console, start_new_session=True)
        deadline = time.time() + 30
        while subprocess.run([self.args.asterisk, "-C", self.args.config, "-rx",
                              "core waitfullybooted"], capture_output=True).returncode != 0:
            if time.time() > deadline:
                raise SystemExit("the Asterisk did not start")
            time.sleep(0.3)


def log_since(path, start, confdir):
    with open(path, "rb") as f:
        f.seek(start)
        text = f.read().decode("latin-1")
    entries, attempts = [], []
    for line in text.splitlines():
        m = LOG_LINE.match(line)
        if not m or m["level"] not in ("NOTICE", "WARNING", "ERROR"):
            continue
        source, message = m["source"], m["message"].strip()
        if any(source == s and p in message for s, p in START_UP):
            continue
        if source == "res_http_websocket.c" and message.endswith(": Unable to connect"):
            uri = message[: -len(": Unable to connect")]
            if uri not in attempts:
                attempts.append(uri)
            continue
        message = CHANNEL.sub("<channel>", message.replace(confdir, "<confdir>"))
        entries.append({"level": m["level"], "source": source, "message": message})
    return entries, attempts


def originate(args, exten):
    url = "%s/channels?endpoint=Local/%s@calls&context=calls&extension=%s" % (args.ari, exten,
                                                                              exten)
    request = urllib.request.Request(url, method="POST")
    request.add_header("Authorization",
                       "Basic " + base64.b64encode(args.ari_user.encode()).decode())
    try:
        urllib.request.urlopen(request, timeout=10).read()
    except urllib.error.URLError as e:
        raise SystemExit("originate %s failed: %s" % (exten, e))


def parse_owcs(asterisk):
    rows = []
    lines = asterisk.rx("ari show outbound-websockets").splitlines()
    for line in lines[2:]:
        if not line.strip():
            continue
        # "%-32s %-15s %-32s %-7s %s": a long name or app list shifts the columns, and apps
        # may hold blanks; name, type, status and uri never do.
        words = line.split()
        row = {"name": words[0], "type": words[1], "apps": " ".join(words[2:-2]),
               "status": words[-2], "uri": words[-1]}
        detail = asterisk.rx("ari show outbound-websocket %s" % row["name"], check=False)
        row["detail"] = [l.rstrip() for l in detail.splitlines() if l.strip()]
        rows.append(row)
    return rows


def record_case(asterisk, args, folder):
    with open(os.path.join(folder, "expected.json")) as f:
        expected = json.load(f)
    asterisk.stop()
    for name in os.listdir(args.confdir):
        if name in CASE_FILES or name.startswith(("ari_", "ext_", "wsc_")):
            os.remove(os.path.join(args.confdir, name))
    for name in os.listdir(folder):
        if name.endswith(".conf"):
            shutil.copyfile(os.path.join(folder, name), os.path.join(args.confdir, name))
    start = os.path.getsize(args.log)
    asterisk.start()
    time.sleep(1.5)  # the persistent clients' first attempt, logged by their own threads
    owcs = parse_owcs(asterisk)
    users = [l.split()[-1] for l in asterisk.rx("ari show users").splitlines()[2:] if l.strip()]
    status = asterisk.rx("ari show status")
    log, attempts = log_since(args.log, start, args.confdir)
    dials = []
    for exten in expected.get("dials", []):
        before = os.path.getsize(args.log)
        originate(args, exten)
        time.sleep(1.0)
        dial_log, dial_attempts = log_since(args.log, before, args.confdir)
        dials.append({"exten": exten, "log": dial_log, "connect_attempts": dial_attempts})
    expected.update({
        "asterisk": args.commit,
        "log": log,
        "connect_attempts": attempts,
        "outbound_websockets": owcs,
        "ari_users": users,
        "ari_enabled": "Enabled: Yes" in status,
        "dial_results": dials,
    })
    with open(os.path.join(folder, "expected.json"), "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--asterisk", required=True)
    parser.add_argument("--config", required=True)
    parser.add_argument("--confdir", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--commit", required=True)
    parser.add_argument("--ari", required=True)
    parser.add_argument("--ari-user", required=True)
    parser.add_argument("cases", nargs="*")
    args = parser.parse_args()
    names = args.cases or sorted(d for d in os.listdir(HERE)
                                 if os.path.isfile(os.path.join(HERE, d, "expected.json")))
    asterisk = Asterisk(args)
    for name in names:
        print(name, flush=True)
        record_case(asterisk, args, os.path.join(HERE, name))
    asterisk.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
