#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Records what a real Asterisk makes of config cases, and fuzzes wscm against it.

The Asterisk side is not part of this repository: you need an Asterisk with
res_websocket_client and a CLI command that, given a file listing case folders,
loads each folder as the config folder, reloads res_websocket_client, logs
"WSCMORACLE BEGIN <folder>" / "WSCMORACLE END <folder>" around the reload and
writes one JSON line per case with the objects sorcery created (see
docs/ASTERISK-PARITY.md). Tell this script how to run it:

  --batch  'a shell command with {list} and {out} in it'
  --log    the Asterisk log file that receives the notice/warning/error lines
  --confdir  Asterisk's config folder (its paths in log lines become <confdir>)
  --asterisk-commit  the git commit the Asterisk was built from
  --restart  a shell command that restarts the oracle (fuzzing finds inputs that
             crash Asterisk: a stray '--;' followed by ';--' writes outside an array)

Commands:
  record [NAME...]   record tests/parity/config/<NAME> (all cases by default)
  fuzz --count N     generate N random configs (generate.py), record them in a
                     temporary folder and compare wscm's verdict with parity_check;
                     every disagreeing config is kept in --keep for a new case
"""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG_DIR = os.path.join(HERE, "config")

LOG_LINE = re.compile(r"^\[[^\]]*\] (?P<level>[A-Z]+)\[\d+\](?:\[[^\]]*\])? "
                      r"(?P<source>[^:\s]+): (?P<message>.*)$")
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
UUID_IN_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Asterisk names an object from a section without a name with a random UUID.
GENERATED_ID = "<generated>"


def run_batch(args, folders, start):
    """Runs the oracle on `folders`; returns {folder: (objects, log entries)}. `start`: the
    size of the log before."""
    with tempfile.TemporaryDirectory(prefix="wscm-oracle-") as tmp:
        list_path = os.path.join(tmp, "list")
        out_path = os.path.join(tmp, "out.jsonl")
        with open(list_path, "w", encoding="utf-8") as f:
            f.write("".join(os.path.abspath(d) + "\n" for d in folders))
        command = args.batch.format(list=shlex.quote(list_path), out=shlex.quote(out_path))
        subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
        results = {}
        with open(out_path, encoding="utf-8") as f:
            for line in f:
                entry = json.loads(line)
                results[entry["case"]] = entry["objects"]
        last_end = "WSCMORACLE END " + os.path.abspath(folders[-1])
        logs = read_log(args.log, start, last_end)
    out = {}
    for folder in folders:
        key = os.path.abspath(folder)
        if key not in results or key not in logs:
            raise SystemExit("the oracle gave no result for " + key)
        out[key] = (results[key], logs[key])
    return out


def read_log(path, start, last_end):
    """The log lines between each case's BEGIN and END markers (the logger is asynchronous:
    wait for the last END)."""
    deadline = time.time() + 10
    while True:
        with open(path, "rb") as f:
            f.seek(start)
            text = f.read().decode("latin-1")
        if last_end in text:
            break
        if time.time() > deadline:
            raise SystemExit("the oracle log never showed: " + last_end)
        time.sleep(0.05)
    logs = {}
    current = None
    for line in text.split("\n"):
        m = LOG_LINE.match(line)
        if not m:
            if current is not None and line.strip():
                raise SystemExit("unparsed log line: " + line)
            continue
        message = m.group("message")
        if message.startswith("WSCMORACLE BEGIN "):
            current = message[len("WSCMORACLE BEGIN "):]
            logs[current] = []
        elif message.startswith("WSCMORACLE END "):
            current = None
        elif current is not None:
            logs[current].append({"level": m.group("level"), "source": m.group("source"),
                                  "message": message})
    return logs


def normalize(args, objects, log):
    for o in objects:
        if not o.get("objectset", True):
            raise SystemExit("sorcery could not render object %r: record it by hand" % o["id"])
    objects = [{"id": GENERATED_ID if UUID.match(o["id"]) else o["id"],
                "fields": dict(sorted(o["fields"].items()))} for o in objects]
    objects.sort(key=lambda o: o["id"])
    confdir = os.path.abspath(args.confdir).rstrip("/") + "/"
    for entry in log:
        entry["message"] = UUID_IN_TEXT.sub(GENERATED_ID,
                                            entry["message"].replace(confdir, "<confdir>/"))
    return objects, log


def write_expected(args, folder, objects, log, description=None):
    path = os.path.join(folder, "expected.json")
    expected = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            expected = json.load(f)
    if description is not None:
        expected["description"] = description
    expected["asterisk"] = args.asterisk_commit
    expected["objects"] = objects
    expected["log"] = log
    with open(path, "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write("\n")


# Anywhere on a line: blanks, comments or escapes before it may not hide it from Asterisk.
HEADER_OPTIONS = re.compile(rb"\[([^\]\n]*)\]\(([^)\n]*)\)")


def inherits_after_addition(data):
    """"[c](+,c)": once (+) has switched to the existing section, a base that is that
    section itself (its name without case, or an empty name, which is the first section)
    makes Asterisk copy a list into itself for ever."""
    for m in HEADER_OPTIONS.finditer(data):
        name = m.group(1).lower()
        items = m.group(2).split(b",")
        plus = [i for i, item in enumerate(items) if item.startswith(b"+")]
        if plus and any(item == b"" or item.lower() == name for item in items[plus[0] + 1:]):
            return True
    return False


def safe_for_oracle(folder):
    """Two inputs make Asterisk loop for ever: block comments nested 128 deep (the depth can
    never exceed the number of ';--' in the case's files) and a base after (+)."""
    opens = 0
    for root, _, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), "rb") as f:
                data = f.read()
            opens += data.count(b";--")
            if inherits_after_addition(data):
                return False
    return opens < 128


def unfinished_case(args, start):
    """The case the oracle began and never ended, from its log since `start`."""
    with open(args.log, "rb") as f:
        f.seek(start)
        text = f.read().decode("latin-1")
    begun = None
    for m in re.finditer(r"WSCMORACLE (BEGIN|END) (\S+)", text):
        begun = m.group(2) if m.group(1) == "BEGIN" else None
    return begun


def record(args, folders, chunk=500):
    """Records every folder; returns those Asterisk died or hung on (set aside, with
    --restart; without it such a case stops the run)."""
    unsafe = [f for f in folders if not safe_for_oracle(f)]
    if unsafe:
        raise SystemExit("would hang Asterisk: " + ", ".join(unsafe))
    pending = [folders[i:i + chunk] for i in range(0, len(folders), chunk)]
    fatal = []
    while pending:
        part = pending.pop(0)
        start = os.path.getsize(args.log)
        try:
            results = run_batch(args, part, start)
        except (subprocess.CalledProcessError, json.JSONDecodeError, SystemExit) as e:
            if not args.restart:
                raise
            print("the oracle failed (%s); restarting it" % e, file=sys.stderr, flush=True)
            subprocess.run(args.restart, shell=True, check=True, stdout=subprocess.DEVNULL)
            culprit = unfinished_case(args, start)
            if culprit in part:
                fatal.append(culprit)
                rest = [f for f in part if f != culprit]
                if rest:
                    pending.insert(0, rest)
            elif len(part) > 1:
                # A crash may lose the last log lines: halve the batch until one case is left.
                pending[:0] = [part[:len(part) // 2], part[len(part) // 2:]]
            else:
                fatal.append(part[0])
            continue
        for folder, (objects, log) in results.items():
            objects, log = normalize(args, objects, log)
            write_expected(args, folder, objects, log)
    return fatal


def command_record(args):
    names = args.names or sorted(os.listdir(CONFIG_DIR))
    folders = [os.path.join(CONFIG_DIR, n) for n in names]
    for folder in folders:
        if not os.path.exists(os.path.join(folder, "websocket_client.conf")):
            raise SystemExit("not a case folder: " + folder)
    fatal = record(args, folders)
    if fatal:
        raise SystemExit("Asterisk died reading: " + ", ".join(fatal))
    print("recorded %d cases" % len(folders))


def command_fuzz(args):
    sys.path.insert(0, HERE)
    import generate
    os.makedirs(args.keep, exist_ok=True)
    total = 0
    disagreements = 0
    crashes = 0
    seed = args.seed
    while total < args.count:
        n = min(args.batch_size, args.count - total)
        with tempfile.TemporaryDirectory(prefix="wscm-fuzz-") as tmp:
            folders = generate.write_cases(tmp, n, seed, CONFIG_DIR)
            for folder in record(args, folders):
                crashes += 1
                keep(args, folder, seed, "Asterisk died or hung reading this case\n")
                folders.remove(folder)
            result = subprocess.run([args.checker, "--quiet"] + folders, capture_output=True,
                                    text=True)
            if result.returncode not in (0, 1):
                raise SystemExit("parity_check failed:\n" + result.stderr)
            failing = [line.split("\t", 1) for line in result.stdout.splitlines() if line]
            for folder, why in failing:
                disagreements += 1
                keep(args, folder, seed, why.replace("\\n", "\n") + "\n")
        total += n
        seed += 1
        print("%d configs, %d disagreements, %d that Asterisk died on" %
              (total, disagreements, crashes), flush=True)
    return 1 if disagreements else 0


def keep(args, folder, seed, why):
    target = os.path.join(args.keep, "seed%d-%s" % (seed, os.path.basename(folder)))
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    with open(os.path.join(target, "disagreement.txt"), "w") as f:
        f.write(why)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", required=True, help="oracle command with {list} and {out}")
    parser.add_argument("--log", required=True, help="the oracle's log file")
    parser.add_argument("--confdir", required=True, help="the oracle's config folder")
    parser.add_argument("--asterisk-commit", required=True)
    parser.add_argument("--restart", help="shell command that restarts the oracle after it died")
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("names", nargs="*")
    fuzz = sub.add_parser("fuzz")
    fuzz.add_argument("--count", type=int, default=10000)
    fuzz.add_argument("--seed", type=int, default=1)
    fuzz.add_argument("--batch-size", type=int, default=1000)
    fuzz.add_argument("--checker", default=os.path.join(HERE, "..", "..", "build", "tests",
                                                        "parity", "parity_check"))
    fuzz.add_argument("--keep", default=os.path.join(tempfile.gettempdir(),
                                                     "wscm-fuzz-disagreements"))
    args = parser.parse_args()
    if args.command == "record":
        command_record(args)
        return 0
    return command_fuzz(args)


if __name__ == "__main__":
    sys.exit(main())
