#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Random websocket_client.conf cases for differential fuzzing against Asterisk.

Three kinds:
- grammar-aware: sections (plain, templates, inheritance, (+), filters), variables
  with every operator, option names in any case, values at and beyond every boundary,
  comments and block comments, escapes, directives and include files (also globs and
  cycles), line endings, BOMs, NUL bytes, control characters, long lines;
- mutations of the recorded cases in tests/parity/config (lines dropped, doubled,
  swapped, bytes changed, fragments inserted);
- option-focused: well-formed sections (templates, bases, (+)) whose option values are
  random, so that most objects load, or fail on one value, and their fields are compared.

    tests/parity/generate.py OUTDIR COUNT [SEED]   writes OUTDIR/g00000 ... (for a look)

oracle.py fuzz uses write_cases(). A case never nests block comments 128 deep (that
makes Asterisk loop forever) and never names a file outside its folder but
/nonexistent.
"""
import os
import random
import sys

import oracle

OPTIONS = ["type", "uri", "protocols", "username", "password", "connection_type",
           "connection_timeout", "reconnect_interval", "reconnect_attempts", "tls_enabled",
           "ca_list_file", "ca_list_path", "cert_file", "priv_key_file", "verify_server_cert",
           "verify_server_hostname", "proxy_host", "proxy_username", "proxy_password",
           "enable_tcp_keepalives", "tcp_keepalive_time", "tcp_keepalive_interval",
           "tcp_keepalive_probes", "enable_pingpongs", "pingpong_interval", "pingpong_probes"]
INT = {"connection_timeout", "reconnect_interval", "reconnect_attempts"}
UINT = {"tcp_keepalive_time", "tcp_keepalive_interval", "tcp_keepalive_probes",
        "pingpong_interval", "pingpong_probes"}
BOOL = {"tls_enabled", "verify_server_cert", "verify_server_hostname", "enable_tcp_keepalives",
        "enable_pingpongs"}

NUMBERS = ["0", "1", "-1", "+1", "7", "20", "500", "-5", "0x1F4", "0X10", "0x", "010", "08", "09",
           "0764", "2147483647", "2147483648", "-2147483648", "-2147483649", "4294967295",
           "4294967296", "0xffffffff", "0x100000000", "037777777777", "040000000000",
           "18446744073709551615", "18446744073709551616", "99999999999999999999", "-0", "+0",
           "00", "1.5", "1e3", "12abc", "", "- 1", "--1", "+-1", "1 2", "abc", "0x7fffffff",
           "0x80000000", "-0x80000000", "+", "-", "\t3", "3\t", "0b1"]
BOOLS = ["yes", "no", "true", "false", "y", "n", "t", "f", "1", "0", "on", "off", "YES", "No",
         "TRUE", "oN", "", "2", "yess", "enable", "-1", "yes no"]
TYPES = ["websocket_client", "websocket_client", "websocket_client", "WebSocket_Client",
         "websocket_clients", "websocket", "other", "", "websocket_client x", "WEBSOCKET_CLIENT"]
CONNECTION_TYPES = ["persistent", "per_call_config", "PERSISTENT", "Per_Call_Config", "per_call",
                    "", "none", "persistent;x"]
PROXIES = ["host:3128", "host:", "host", "[::1]:3128", "[::1]:", "[::1]", "::1", "::",
           "a:b:c", ":1", "1.2.3.4:8080", "[a]x:1", "h:p", "[]:1", "[::1", "h:1:", ""]
TEXTS = ["ws://127.0.0.1:8080/ws", "wss://h:443/p?q=1", "ws://u:p@h/", "x", "", "a b", "a\tb",
         "\xc3\xa9", "\xff\xfe", "a,b", "/etc/ca.pem", "v=w", "\"q\"", "a\\", "\\n"]
NAMES = ["c", "c", "a", "b", "C", "t", "tmpl", " c", "c ", "", "x y", "\xe9", "A"]
UNKNOWN = ["colour", "uri_params", "proto cols", "typ", "types", "[x]", "#x", ";x", "\x7f", "=",
           "uri+", "ur i"]
SPECIAL = [";", "\\;", "\\\\;", ";--", "--;", ";---", "\\", "=", "=>", "+=", "#", "[", "]", "(",
           ")", "!", "+", ",", "\x00", "\r", "\x01", "\x1f", "\x7f", "\x80", "\xef\xbb\xbf",
           " ", "\t", "\x0b", "\x0c", "\"", "<", ">", "~~1"]
ENDINGS = ["\n"] * 12 + ["\r\n"] * 3 + ["\r"]
# Values Asterisk takes, for cases meant to load.
GOOD = {"int": ["0", "1", "-1", "+7", "500", "-5", "0x1F4", "010", "2147483647", "-2147483648",
                " 20", "-0"],
        "uint": ["0", "1", "+1", "10", "0x10", "017", "4294967295", "0xffffffff", "00"],
        "proxy_host": ["host:3128", "host:", "[::1]:3128", "[::1]:", "1.2.3.4:8080", ":1",
                       "h:http"],
        "connection_type": ["persistent", "per_call_config", "PERSISTENT", "Per_Call_Config"]}


class Writer:
    def __init__(self, rng):
        self.rng = rng
        self.block_opens = 0

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def blanks(self):
        return self.pick(["", "", "", " ", "  ", "\t", " \t", "\x0b", "\x01"])

    def noise(self):
        """A short fragment with characters the reader treats specially."""
        out = ""
        for _ in range(self.rng.randint(1, 3)):
            s = self.pick(SPECIAL)
            if s.startswith(";--"):
                if self.block_opens >= 30:
                    s = ";"
                else:
                    self.block_opens += 1
            out += s
        return out

    def value_for(self, option, good=0.0):
        o = option.lower()
        kind = "int" if o in INT else "uint" if o in UINT else o
        if kind in GOOD and self.chance(good):
            return self.pick(GOOD[kind])
        if o == "type":
            v = self.pick(TYPES)
        elif o in INT or o in UINT:
            v = self.pick(NUMBERS)
        elif o in BOOL:
            v = self.pick(BOOLS)
        elif o == "connection_type":
            v = self.pick(CONNECTION_TYPES)
        elif o == "proxy_host":
            v = self.pick(PROXIES)
        else:
            v = self.pick(TEXTS)
        if self.chance(0.1):
            pos = self.rng.randint(0, len(v))
            v = v[:pos] + self.noise() + v[pos:]
        return v

    def option_name(self):
        if self.chance(0.1):
            return self.pick(UNKNOWN)
        name = self.pick(OPTIONS)
        if self.chance(0.15):
            name = "".join(c.upper() if self.chance(0.5) else c for c in name)
        return name

    def variable(self):
        name = self.option_name()
        op = self.pick(["=", "=", "=", "=", " = ", "=>", " => ", "+=", " += ", "+ =", "= >"])
        value = self.value_for(name)
        line = self.blanks() + name + self.blanks() + op + self.blanks() + value + self.blanks()
        if self.chance(0.05):
            line = "\\" + line
        if self.chance(0.1):
            line += self.pick([" ;comment", ";", " ;-- inline --; tail", "\\;x", " ; a;b"])
            if "--" in line:
                self.block_opens += 1
        return line

    def header(self, known):
        name = self.pick(NAMES)
        if self.chance(0.05):
            name += self.noise()
        opts = []
        r = self.rng.random()
        if r < 0.15:
            opts.append("!")
        elif r < 0.25 and known:
            opts.append("+")
            name = self.pick(known)
            if self.chance(0.2):
                name = name.upper()
        elif r < 0.27:
            opts.append("+" + self.pick(["type=websocket_client", "type=other", "uri=.*", ""]))
        if self.chance(0.3):
            for _ in range(self.rng.randint(1, 2)):
                base = self.pick(known + ["missing", ""]) if known else self.pick(["missing", ""])
                if self.chance(0.1):
                    base = " " + base
                opts.insert(self.rng.randint(0, len(opts)), base)
        if opts and self.chance(0.4):
            self.rng.shuffle(opts)
        text = "[" + name + "]"
        if opts or self.chance(0.05):
            text += "(" + ",".join(opts) + ")"
        if self.chance(0.05):
            text = self.pick(["[" + name, "[" + name + "](!", "[" + name + "] (!)",
                              text + " trailing", text + ";c"])
        known.append(name)
        return self.blanks() + text + self.blanks()

    def directive(self, includes):
        r = self.rng.random()
        if r < 0.55 and includes:
            target = self.pick(includes)
            word = self.pick(["include", "include", "tryinclude", "INCLUDE", "TryInclude"])
            quoted = self.pick([target, target, '"%s"' % target, "<%s>" % target,
                                '"%s' % target])
            return "#" + word + self.pick([" ", "  ", "\t"]) + quoted + self.blanks()
        if r < 0.65:
            return "#include " + self.pick(["missing.conf", "/nonexistent/x.conf", "inc*.conf",
                                            "inc?.conf", "{inc1,inc2}.conf", "sub",
                                            "nope*.conf"])
        if r < 0.72:
            return "#tryinclude " + self.pick(["missing.conf", "nope*.conf", "sub"])
        if r < 0.8:
            return "#exec /bin/echo x"
        return self.pick(["#", "#foo", "# include x", "#include", "#tryinclude  ", "#define a b"])

    def long_line(self):
        size = self.pick([8189, 8190, 8191, 8192, 8200, 9000, 17000])
        line = self.pick(["protocols = ", "; ", "[", "x"]) + "y" * size
        if self.chance(0.3):
            pos = self.rng.randint(0, len(line) - 1)
            line = line[:pos] + "\x00" + line[pos + 1:]
        if self.chance(0.3):
            pos = self.rng.randint(8000, len(line))
            line = line[:pos] + "\nusername = cut" + line[pos:]
        return line[:size]

    def body(self, known, includes, sections=None):
        lines = []
        if self.chance(0.1):
            lines.append(self.variable())
        for _ in range(sections if sections is not None else self.rng.randint(0, 5)):
            lines.append(self.header(known))
            if self.chance(0.8):
                lines.append("type = websocket_client")
            if self.chance(0.8):
                lines.append("uri = ws://127.0.0.1:8080/ws")
            for _ in range(self.rng.randint(0, 6)):
                r = self.rng.random()
                if r < 0.7:
                    lines.append(self.variable())
                elif r < 0.78:
                    lines.append(self.blanks() + self.pick(["; comment", ";-- block", "--;",
                                                            ";---", "", " words without equals",
                                                            "\\", "\\ x = 1"]))
                    if lines[-1].endswith(";-- block"):
                        self.block_opens += 1
                elif r < 0.9:
                    lines.append(self.directive(includes))
                elif r < 0.93:
                    lines.append(self.long_line())
                else:
                    pos = self.rng.randint(0, len(lines))
                    lines.insert(pos, self.noise())
        return lines

    def join(self, lines):
        eol = self.pick(ENDINGS)
        out = ""
        for line in lines:
            out += line + (self.pick(ENDINGS) if self.chance(0.05) else eol)
        if lines and self.chance(0.1):
            out = out.rstrip("\r\n")
        if self.chance(0.05):
            out = "\xef\xbb\xbf" + out
        return out


def grammar_case(rng):
    w = Writer(rng)
    include_names = ["inc1.conf", "inc2.conf", "sub/inc3.conf"]
    used = include_names[:rng.randint(0, 3)]
    known = []
    files = {"websocket_client.conf": w.join(w.body(known, used))}
    for name in used:
        # An included file includes at most one other file: cycles stay cheap.
        lines = w.body(known, [], sections=rng.randint(0, 3))
        if rng.random() < 0.3:
            lines.insert(rng.randint(0, len(lines)), "#include " + rng.choice(include_names))
        files[name] = w.join(lines)
    return files


def options_case(rng):
    """Well-formed sections whose values are the random part: so that most objects load or
    fail on one value, and their fields are compared."""
    w = Writer(rng)
    lines = []
    known = []
    if rng.random() < 0.4:
        lines += ["[tmpl](!)"] + ["%s = %s" % (o, w.value_for(o, 0.8))
                                 for o in rng.sample(OPTIONS[1:], rng.randint(1, 4))]
        known.append("tmpl")
    for k in range(rng.randint(1, 4)):
        name = "c%d" % k
        bases = [b for b in known if rng.random() < 0.6]
        lines.append("[%s]" % name + ("(%s)" % ",".join(bases) if bases else ""))
        known.append(name)
        lines.append("type = websocket_client")
        if rng.random() < 0.9:
            lines.append("uri = " + rng.choice(["ws://127.0.0.1:8080/ws", "wss://h/p",
                                                w.value_for("uri")]))
        for option in rng.sample(OPTIONS[1:], rng.randint(0, 6)):
            if rng.random() < 0.1:
                option = "".join(c.upper() if rng.random() < 0.5 else c for c in option)
            op = rng.choice(["=", "=", "=", "=>", "+="])
            lines.append(w.blanks() + option + " " + op + " " + w.value_for(option, 0.8) +
                         w.blanks())
        if rng.random() < 0.1:
            lines.append("[%s](+)" % name)
            option = rng.choice(OPTIONS[1:])
            lines.append("%s = %s" % (option, w.value_for(option, 0.8)))
    eol = rng.choice(["\n", "\n", "\r\n"])
    return {"websocket_client.conf": eol.join(lines) + eol}


def mutate(rng, files):
    w = Writer(rng)
    name = rng.choice(sorted(files))
    data = files[name].decode("latin-1")
    lines = data.split("\n")
    for _ in range(rng.randint(1, 4)):
        if not lines:
            lines = [""]
        i = rng.randrange(len(lines))
        r = rng.random()
        if r < 0.2:
            del lines[i]
        elif r < 0.35:
            lines.insert(i, lines[i])
        elif r < 0.45:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif r < 0.7:
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + w.noise() + lines[i][pos:]
        elif r < 0.85:
            lines.insert(i, w.variable())
        elif lines[i]:
            pos = rng.randrange(len(lines[i]))
            c = lines[i][pos]
            lines[i] = lines[i][:pos] + (c.swapcase() if c.isascii() and c.isalpha() else "") + lines[i][pos + 1:]
    out = dict(files)
    out[name] = "\n".join(lines).encode("latin-1")
    return out


def recorded_cases(config_dir):
    cases = []
    for case in sorted(os.listdir(config_dir)):
        folder = os.path.join(config_dir, case)
        files = {}
        for root, _, names in os.walk(folder):
            for n in names:
                if n == "expected.json":
                    continue
                path = os.path.join(root, n)
                with open(path, "rb") as f:
                    files[os.path.relpath(path, folder)] = f.read()
        cases.append(files)
    return cases


def block_opens(files):
    return sum(data.count(b";--") for data in files.values())


def write_cases(outdir, count, seed, config_dir=None):
    """Writes `count` case folders under outdir; returns their paths."""
    rng = random.Random(seed)
    recorded = recorded_cases(config_dir) if config_dir else []
    folders = []
    while len(folders) < count:
        r = rng.random()
        if recorded and r < 0.35:
            files = mutate(rng, rng.choice(recorded))
        else:
            make = grammar_case if r < 0.7 else options_case
            files = {k: v.encode("latin-1") for k, v in make(rng).items()}
        if block_opens(files) >= 120 or any(oracle.inherits_after_addition(d)
                                            for d in files.values()):
            continue
        folder = os.path.join(outdir, "g%05d" % len(folders))
        for rel, data in files.items():
            path = os.path.join(folder, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
        folders.append(folder)
    return folders


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    write_cases(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1,
                os.path.join(here, "config"))
