#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded parity cases, written out as folders under tests/parity/config/.

Each case is a folder holding websocket_client.conf, any file it includes, and
expected.json. This script writes the config files and the "description" of
expected.json; oracle.py record fills in what the real Asterisk made of them.
Run it after changing a case here, then record again:

    tests/parity/cases.py            # (re)writes every case folder
    tests/parity/cases.py --check    # fails when a folder differs from this file

A case keeps its recorded facts when its files do not change.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONFIG_DIR = os.path.join(HERE, "config")

CASES = {}


def case(name, description, main, files=None):
    """main: bytes or str of websocket_client.conf; files: {relative path: bytes/str}."""
    assert name not in CASES, name
    all_files = {"websocket_client.conf": main}
    all_files.update(files or {})
    CASES[name] = (description, {k: v.encode("latin-1") if isinstance(v, str) else v
                                 for k, v in all_files.items()})


URI = "ws://127.0.0.1:8080/ws"


def client(name, *lines, header=None, uri=URI, type_line="type = websocket_client"):
    """A client section: header, type, uri, then the given lines."""
    out = [header if header is not None else "[%s]" % name]
    if type_line is not None:
        out.append(type_line)
    if uri is not None:
        out.append("uri = %s" % uri)
    out.extend(lines)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# File format: comments
case("comment-line", "';' starts a comment anywhere on a line, also after a value",
     "; leading comment\n[c] ; after a header\ntype = websocket_client ; after a value\n"
     "uri = ws://h:1/p;q\n  ;indented comment\n")
case("comment-only-file", "a file of comments and blanks loads nothing and logs nothing",
     "; nothing\n;\n\n   \n;-- block --;\n")
case("comment-empty-file", "an empty file", "")
case("comment-hash-is-directive", "'#' does not start a comment: '#text' is an unknown directive",
     client("c", "# this looks like a comment"))
case("comment-block-one-line", "';-- --;' on one line hides what is between",
     client("c", "protocols = a;-- hidden --;b"))
case("comment-block-multiline", "a block comment spans lines and hides sections and variables",
     client("c", ";-- start", "protocols = hidden", "[d]", "type = websocket_client", "end --;",
            "username = seen"))
case("comment-block-nested", "block comments nest: the first '--;' closes only the inner one",
     client("c", ";-- outer ;-- inner --; still hidden", "protocols = hidden", "--; username = u"))
case("comment-block-nested-deep", "100 nested block comments, then closed one by one",
     client("c", ";--" * 100, "protocols = hidden", "--; " * 99, "username = hidden",
            "--;protocols = seen"))
case("comment-block-close-reads-as-open", "'--;--;' at depth > 0 opens a block again: ';--' "
     "is looked for before '--;'", client("c", ";--", "--;--; protocols = hidden", "--;",
                                          "username = hidden", "--;", "password = seen"))
case("comment-block-three-dashes", "';---' is a plain comment, not a block comment start",
     client("c", ";--- plain comment", "protocols = seen"))
case("comment-block-four-dashes", "';----' is a plain comment too",
     client("c", "protocols = a ;---- x", "username = u"))
case("comment-block-dash-end", "';--' right at the end of a line opens a block",
     client("c", "protocols = a ;--", "username = hidden", "--;"))
case("comment-block-close-then-text", "text after '--;' on the same line is read",
     client("c", ";-- x", "y --; protocols = after"))
case("comment-block-reopen-same-line", "two block comments on one line, text between them kept",
     client("c", "protocols = a;--x--;b;--y--;c"))
case("comment-block-unterminated", "an unterminated block comment hides the rest of the file "
     "(warning with its first line)",
     client("c") + ";-- never closed\n[d]\ntype = websocket_client\nuri = ws://d/\n")
case("comment-stray-block-end", "a stray '--;' at depth 0: the line is read as is, then every "
     "later line is a comment",
     client("c", "protocols = a --;", "username = hidden") +
     "[d]\ntype = websocket_client\nuri = ws://d/\n")
case("comment-stray-block-end-reopen", "after a stray '--;' a ';--' brings the depth back to 0",
     client("c", "x --;", "protocols = hidden ;-- y", "username = seen"))
case("comment-stray-end-at-line-start", "'--;' alone on a line at depth 0",
     "[c]\ntype = websocket_client\n--;\nuri = ws://hidden/\n")
case("comment-escaped-semicolon", "'\\;' is a literal ';' and the backslash goes",
     client("c", "password = a\\;b", "protocols = x\\;y;comment"))
case("comment-escaped-semicolon-double-backslash", "'\\\\;' leaves one backslash before ';'",
     client("c", "password = a\\\\;b"))
case("comment-escaped-block-start", "'\\;--' is not a block comment",
     client("c", "password = a\\;--b", "username = u"))
case("comment-escaped-inside-block", "'\\;' inside a block comment",
     client("c", ";-- a\\;b --; protocols = p"))
case("comment-backslash-elsewhere", "a backslash not before ';' stays in the value",
     client("c", "password = a\\b\\", "username = \\n"))
case("comment-semicolon-in-uri", "an unescaped ';' cuts a URI",
     client("c", uri="ws://h/a;b=c"))
case("comment-escaped-semicolon-in-uri", "an escaped ';' stays in a URI",
     client("c", uri="ws://h/a\\;b=c"))

# ---------------------------------------------------------------------------------------
# File format: lines, blanks, line endings, bytes
case("line-crlf", "CRLF line endings", client("c", "protocols = p").replace("\n", "\r\n"))
case("line-mixed-endings", "LF and CRLF mixed",
     "[c]\r\ntype = websocket_client\nuri = ws://h/\r\nprotocols = p\n")
case("line-lone-cr", "a lone CR inside a line stays in the value; one at the end is a blank",
     client("c", "protocols = a\rb", "username = u\r"))
case("line-cr-only-endings", "old Mac line ends (CR only) make one long line",
     "[c]\rtype = websocket_client\ruri = ws://h/\r")
case("line-no-final-newline", "no newline after the last line",
     "[c]\ntype = websocket_client\nuri = ws://h/")
case("line-blanks-around", "blanks and tabs around names, operators and values",
     "  [c]  \n\t type\t=\twebsocket_client \t\n uri =   ws://h/  \n protocols=p\n")
case("line-blank-lines", "blank and whitespace-only lines", "\n\n[c]\n\n \t \ntype = websocket_client\n"
     "\n\nuri = ws://h/\n\n")
case("line-control-blanks", "control characters count as blanks around names and values",
     "[c]\ntype = websocket_client\x01\nuri = \x02ws://h/\x1f\n\x0bprotocols\x0c=\x1bp\x7f\n")
case("line-control-at-start", "a control character before '[' is a blank",
     "\x01[c]\ntype = websocket_client\nuri = ws://h/\n")
case("line-del-not-blank", "DEL (0x7f) is not a blank",
     "[c]\ntype = websocket_client\nuri = ws://h/\x7f\n")
case("line-high-bytes", "bytes 0x80-0xff are kept as they are",
     client("c", "password = \xe9t\xe9\xff", "username = \xc3\xa9"))
case("line-nul-in-value", "a NUL byte ends the line for Asterisk",
     client("c", "protocols = before\x00after", "username = u"))
case("line-nul-at-start", "a line starting with NUL is empty",
     client("c", "\x00protocols = hidden", "username = u"))
case("line-nul-in-name", "a NUL byte inside a name leaves a line without '='",
     client("c", "proto\x00cols = p"))
case("line-nul-in-header", "a NUL byte inside a section header",
     "[c\x00]\ntype = websocket_client\nuri = ws://h/\n")
case("line-bom", "a UTF-8 byte order mark at the start of the file is skipped",
     "\xef\xbb\xbf[c]\ntype = websocket_client\nuri = ws://h/\n")
case("line-bom-second-line", "a byte order mark on line 2 is not skipped",
     "[c]\n\xef\xbb\xbftype = websocket_client\nuri = ws://h/\n")
case("line-bom-only", "a byte order mark alone", "\xef\xbb\xbf")
case("line-bom-before-variable", "a BOM then a variable before any section",
     "\xef\xbb\xbftype = websocket_client\n")


def long_line(total, eol="\n", prefix="protocols = "):
    """A variable line of exactly `total` bytes before its line ending."""
    return prefix + "x" * (total - len(prefix)) + eol


for n in (8189, 8190, 8191, 8192):
    case("line-long-%d" % n, "a %d-byte line (LF); Asterisk's buffer holds 8191 bytes" % n,
         "[c]\ntype = websocket_client\nuri = ws://h/\n" + long_line(n) + "username = after\n")
for n in (8189, 8190, 8191):
    case("line-long-%d-crlf" % n, "a %d-byte line before CRLF (the CR counts)" % n,
         ("[c]\r\ntype = websocket_client\r\nuri = ws://h/\r\n" + long_line(n, "\r\n") +
          "username = after\r\n"))
case("line-long-last-no-newline", "a too long last line without a newline",
     "[c]\ntype = websocket_client\nuri = ws://h/\n" + long_line(9000, ""))
case("line-long-last-8191-no-newline", "an 8191-byte last line without a newline",
     "[c]\ntype = websocket_client\nuri = ws://h/\n" + long_line(8191, ""))
case("line-long-very", "a 30000-byte line in a section, then more lines",
     "[c]\ntype = websocket_client\n" + long_line(30000) + "uri = ws://h/\n")
case("line-long-header", "a too long section header is skipped: the variables stay in the "
     "previous section",
     client("c") + "[" + "d" * 9000 + "]\nprotocols = p\n")
case("line-long-comment", "a too long comment line", client("c") + ";" + "c" * 9000 + "\n")
case("line-long-with-nul", "a long line with a NUL byte: Asterisk reads it in 8191-byte pieces",
     "[c]\ntype = websocket_client\nuri = ws://h/\n" + "protocols = a\x00" + "y" * 8200 +
     "username = piece\n" + "z" * 8100 + "\npassword = p\n")
case("line-long-block-comment", "a too long line does not open a block comment",
     client("c") + "x" * 8200 + ";--\nprotocols = seen\n")
case("line-long-lineno", "a too long line counts as one line in later messages",
     client("c") + "x" * 9000 + "\nno equals here\n")

# ---------------------------------------------------------------------------------------
# Variables
case("var-before-section", "a variable before any section rejects the file",
     "type = websocket_client\n" + client("c"))
case("var-before-section-after-comment", "comments before the first section are fine, a variable "
     "is not", "; c\n\nuri = ws://x/\n[c]\n")
case("var-no-equals", "a line without '=' is a warning and skipped",
     client("c", "just some words", "protocols = p"))
case("var-no-equals-before-section", "a line without '=' before any section rejects the file",
     "hello\n" + client("c"))
case("var-empty-name", "'= value' has no variable name: warning, skipped",
     client("c", "= value", " =", "protocols = p"))
case("var-empty-name-append", "'+= value' without a name", client("c", "+= value"))
case("var-empty-value", "an empty value", client("c", "protocols =", "username ="))
case("var-object-operator", "'=>' is the same as '='", client("c", "protocols => p",
                                                              "username=>u"))
case("var-object-operator-spaced", "'= >' is '=' followed by a value starting with '>'",
     client("c", "protocols = > p"))
case("var-equals-in-value", "only the first '=' separates", client("c", "protocols = a=b=c",
                                                                    uri="ws://h/?a=b&c=d"))
case("var-name-with-space", "a name with a space inside is an unknown option",
     client("c", "proto cols = p"))
case("var-name-case", "option names match without case", client("c", "PROTOCOLS = p",
                                                                "UserName = u",
                                                                uri=None) + "URI = ws://h/\n")
case("var-repeat-last-wins", "the last assignment of an option wins",
     client("c", "protocols = a", "protocols = b", "connection_timeout = 1",
            "connection_timeout = 2"))
case("var-repeat-case-last-wins", "the last assignment wins whatever its case",
     client("c", "protocols = a", "PROTOCOLS = b"))
case("var-repeat-invalid-then-valid", "an invalid value rejects the object even when a later "
     "line fixes it", client("c", "connection_timeout = x", "connection_timeout = 5"))
case("var-repeat-valid-then-invalid", "a later invalid value rejects the object",
     client("c", "connection_timeout = 5", "connection_timeout = x"))
case("var-unknown-option", "an unknown option rejects the object",
     client("c", "colour = blue") + client("d"))
case("var-unknown-option-first-error", "Asterisk stops at the first error of an object",
     client("c", "colour = blue", "connection_timeout = x", "shape = round"))
case("var-two-errors-two-objects", "errors in two objects", client("c", "colour = blue") +
     client("d", "connection_timeout = x") + client("e"))
case("var-escape-first-char", "a backslash escapes the first character of a line: "
     "'\\type' is 'type'", "[c]\n\\type = websocket_client\nuri = ws://h/\n")
case("var-escape-bracket", "'\\[' makes a line that starts with '[' a variable line",
     client("c", "\\[x] = 1"))
case("var-escape-hash", "'\\#' makes a line that starts with '#' a variable line",
     client("c", "\\#protocols = p"))
case("var-escape-equals-skipped", "after '\\', the character after the escaped one is where "
     "'=' is searched from", client("c", "\\==x", "\\a=b"))
case("var-escape-space", "'\\' followed by a blank is an invalid escape",
     client("c", "\\ protocols = p"))
case("var-escape-alone", "a line of one backslash is an invalid escape", client("c", "\\"))
case("var-escape-tab", "'\\' followed by a tab is an invalid escape",
     client("c", "\\\tprotocols = p"))
case("var-escape-control", "'\\' followed by a control character",
     client("c", "\\\x01protocols = p"))
case("var-escape-high-byte", "'\\' followed by a byte above 0x7f is an invalid escape",
     client("c", "\\\xe9 = p"))
case("var-escape-del", "'\\' followed by DEL is a valid escape", client("c", "\\\x7f = p"))
case("var-escape-before-section", "an escaped line before any section",
     "\\type = websocket_client\n" + client("c"))
case("var-escape-semicolon-first", "'\\;' at the start of a line", client("c", "\\;x = 1"))

# += and inheritance of values
case("append-basic", "'+=' appends to the value", client("c", "protocols = a", "protocols += b",
                                                         "protocols +=  c d  "))
case("append-unset", "'+=' on an unset variable sets it", client("c", "protocols += p"))
case("append-blank-kept", "blanks between the old value and the appended text are kept",
     client("c", "protocols = a", "protocols +=   b"))
case("append-empty", "'+=' with nothing after it", client("c", "protocols = a", "protocols +="))
case("append-to-empty", "'+=' to an empty value: the result is trimmed",
     client("c", "protocols =", "protocols +=   b"))
case("append-object-operator", "'+=>' appends '>...'", client("c", "protocols = a",
                                                               "protocols +=> b"))
case("append-case-sensitive", "'+=' looks for the variable with case: 'PROTOCOLS += x' "
     "starts a new variable", client("c", "protocols = a", "PROTOCOLS += b"))
case("append-update-quirk", "'+=' rewrites the last variable with the same name and value "
     "(both without case)", client("c", uri="x") + "URI = X\nuri += y\n")
case("append-update-same-values", "'+=' when two lines hold the same value",
     client("c", "protocols = a", "username = u", "protocols = a", "protocols += b"))
case("append-update-empty-match", "'+=' to an empty value rewrites the last variable of "
     "that name, whatever its value", client("c", "protocols =", "PROTOCOLS = zz",
                                             "protocols += b"))
case("append-inherited", "'+=' appends to a value inherited from a template",
     "[t](!)\nprotocols = a\n[c](t)\ntype = websocket_client\nuri = ws://h/\nprotocols += b\n")
case("append-across-addition", "'+=' in a (+) block appends to the first block's value",
     client("c", "protocols = a") + "[c](+)\nprotocols += b\n")
case("append-uri", "building the uri with '+='", client("c", "uri += /more", uri="ws://h"))
case("append-type", "'type += x' changes the type", "[c]\ntype = websocket_\ntype += client\n"
     "uri = ws://h/\n[d]\ntype = websocket_client\ntype += x\nuri = ws://h/\n")
case("append-number", "'+=' makes a number from pieces", client("c", "connection_timeout = 1",
                                                                 "connection_timeout += 0"))
case("append-spaced-plus", "'+ =' is an append too (the '+' just before '=')",
     client("c", "protocols = a", "protocols+ = b", "username + = u"))
case("append-escaped-line", "an escaped line with '+='", client("c", "protocols = a",
                                                                "\\protocols += b"))

# ---------------------------------------------------------------------------------------
# Sections
case("section-basic", "two clients", client("a") + client("b", uri="wss://h:9/"))
case("section-name-blanks", "blanks inside the brackets belong to the name",
     "[ c ]\ntype = websocket_client\nuri = ws://h/\n")
case("section-name-empty", "an empty section name: Asterisk gives the object a random id",
     "[]\ntype = websocket_client\nuri = ws://h/\n")
case("section-name-empty-several", "sections without a name never clash: each object gets a "
     "random id", "[]\ntype = websocket_client\nuri = ws://a/\n[]\ntype = websocket_client\n"
     "uri = ws://b/\nprotocols = p\n[]\ntype = websocket_client\nuri = ws://c/\ncolour = blue\n")
case("section-name-case", "names differing only in case are two objects", client("c") +
     client("C"))
case("section-name-odd-chars", "odd characters in names",
     client("a b") + client("x=y") + client("é") + client("#x") + client("a;b".replace(";", "\\;")))
case("section-name-bracket", "the name ends at the first ']'",
     "[a]b]\ntype = websocket_client\nuri = ws://h/\n")
case("section-trailing-text", "text after ']' is ignored", "[c] some text\ntype = websocket_client\n"
     "uri = ws://h/\n")
case("section-space-before-paren", "'[c] (!)' is not a template: the '(' must follow ']'",
     "[c] (!)\ntype = websocket_client\nuri = ws://h/\n")
case("section-no-closing-bracket", "'[' without ']' rejects the file",
     client("a") + "[b\ntype = websocket_client\n")
case("section-no-closing-paren", "'(' without ')' rejects the file",
     client("a") + "[b](!\ntype = websocket_client\n")
case("section-paren-text-after", "text after ')' is ignored",
     "[t](!) junk\nprotocols = p\n[c](t) more\ntype = websocket_client\nuri = ws://h/\n")
case("section-empty", "a section without variables", "[c]\n[d]\n")
case("section-many", "40 clients", "".join(client("c%02d" % i) for i in range(40)))
case("section-only-type", "a client without uri", "[c]\ntype = websocket_client\n")
case("section-duplicate", "two client sections with one name reject the whole file",
     client("a") + client("c") + client("c"))
case("section-duplicate-first-invalid", "the first of two is invalid: the second loads",
     client("c", "colour = blue") + client("c", uri="ws://second/"))
case("section-duplicate-second-invalid", "the second of two is invalid: still a duplicate",
     client("c") + client("c", "colour = blue"))
case("section-duplicate-both-invalid", "both invalid", client("c", "colour = blue") +
     client("c", "shape = round"))
case("section-duplicate-not-client", "a same-named section that is not a client is no duplicate",
     client("c") + "[c]\ntype = other\n")
case("section-duplicate-template", "a template and a client with one name",
     "[c](!)\ntype = websocket_client\nuri = ws://t/\n" + client("c"))
case("section-duplicate-three", "three with one name", client("c") * 3)
case("section-duplicate-first-missing-uri", "the first has no uri (apply fails): the second loads",
     client("c", uri=None) + client("c"))

# Templates and inheritance
case("template-basic", "a template is never an object; its child is",
     "[t](!)\ntype = websocket_client\nuri = ws://t/\n[c](t)\n")
case("template-not-object", "a template with every option", "[t](!)\ntype = websocket_client\n"
     "uri = ws://t/\n")
case("template-child-overrides", "the child's own values come after the inherited ones",
     "[t](!)\ntype = websocket_client\nuri = ws://t/\nprotocols = t\n[c](t)\nprotocols = c\n")
case("template-two-bases", "bases are copied in the order listed",
     "[t1](!)\nprotocols = one\nusername = one\n[t2](!)\nprotocols = two\n"
     "[c](t1,t2)\ntype = websocket_client\nuri = ws://h/\n")
case("template-base-missing", "inheriting from a missing section rejects the file",
     client("a") + "[c](nope)\ntype = websocket_client\n")
case("template-base-later", "the base must be above", "[c](t)\ntype = websocket_client\n"
     "uri = ws://h/\n[t](!)\nprotocols = p\n")
case("template-base-normal-section", "a normal section can be a base",
     client("a", "protocols = from-a") + "[c](a)\nuri = ws://c/\n")
case("template-base-case", "the base is found without case",
     "[Tmpl](!)\ntype = websocket_client\nuri = ws://t/\n[c](tMPL)\n")
case("template-empty-parens", "'()' inherits from the first section of the file",
     "[first]\nuri = ws://first/\nprotocols = f\n[second]\nprotocols = s\n"
     "[c]()\ntype = websocket_client\n")
case("template-empty-parens-no-section", "'()' with no section above rejects the file",
     "[c]()\ntype = websocket_client\nuri = ws://h/\n")
case("template-trailing-comma", "'(t,)' also inherits from the first section",
     "[a]\nprotocols = a\n[t](!)\ntype = websocket_client\nuri = ws://t/\n[c](t,)\n")
case("template-blank-in-list", "'( t)': items are not trimmed",
     "[t](!)\ntype = websocket_client\nuri = ws://t/\n[c]( t)\n")
case("template-bang-blank", "'( ! )' is not the template mark",
     "[c]( ! )\ntype = websocket_client\nuri = ws://h/\n")
case("template-inherits", "'(!,t)' is a template that inherits",
     "[t](!)\ntype = websocket_client\n[u](!,t)\nuri = ws://u/\n[c](u)\n")
case("template-bang-after-base", "'(t,!)' is a template too",
     "[t](!)\ntype = websocket_client\nuri = ws://t/\n[u](t,!)\n[c](u)\n")
case("template-chain", "a chain of three", "[a](!)\ntype = websocket_client\n[b](!,a)\n"
     "uri = ws://b/\n[c](!,b)\nprotocols = c\n[d](c)\n")
case("template-self", "a section cannot inherit from itself (it is not there yet)",
     "[c](c)\ntype = websocket_client\nuri = ws://h/\n")
case("template-same-base-twice", "the same base twice copies its variables twice",
     "[t](!)\nprotocols = a\n[c](t,t)\ntype = websocket_client\nuri = ws://h/\nprotocols += b\n")
case("template-base-duplicate-names", "with two bases of one name the first is taken",
     "[t](!)\nprotocols = first\n[t](!)\nprotocols = second\n[c](t)\ntype = websocket_client\n"
     "uri = ws://h/\n")
case("template-base-from-later-addition", "a (+) block added to the base later does not reach "
     "the child", "[t](!)\ntype = websocket_client\nuri = ws://t/\n[c](t)\n[t](+)\n"
     "protocols = late\n")
case("template-type-in-template-only", "the type comes from the template",
     "[t](!)\ntype = websocket_client\n[c](t)\nuri = ws://h/\n[d](t)\n")
case("template-uppercase-bang", "'(!)' has no case, any other letter is a base name",
     "[c](I)\ntype = websocket_client\nuri = ws://h/\n")
case("template-base-invalid-object", "the base's values carry its errors",
     "[t](!)\ncolour = blue\n[c](t)\ntype = websocket_client\nuri = ws://h/\n")

# (+) additions
case("addition-basic", "'(+)' adds variables to an existing section",
     "[c]\ntype = websocket_client\n[d]\n[c](+)\nuri = ws://h/\n")
case("addition-missing", "'(+)' on a missing section rejects the file",
     client("a") + "[c](+)\nuri = ws://h/\n")
case("addition-to-template", "'(+)' cannot reach a template: it rejects the file",
     "[t](!)\ntype = websocket_client\n[t](+)\nuri = ws://h/\n")
case("addition-case", "'(+)' finds the section without case",
     "[Client]\ntype = websocket_client\n[cLIENT](+)\nuri = ws://h/\n")
case("addition-duplicate-names", "'(+)' adds to the first section of that name",
     "[c]\ntype = websocket_client\nuri = ws://one/\n[c]\ntype = other\n[c](+)\nprotocols = p\n")
case("addition-makes-template", "'(+,!)' turns the existing section into a template",
     client("c") + "[c](+,!)\nprotocols = p\n")
case("addition-bang-first", "'(!,+)' also turns the existing section into a template",
     client("c") + "[c](!,+)\nprotocols = p\n")
case("addition-with-base", "'(t,+)': the base's variables go to the existing section",
     "[t](!)\nprotocols = t\n" + client("c") + "[c](t,+)\nusername = u\n")
case("addition-then-base", "'(+,t)': the base's variables are appended to the existing section",
     "[t](!)\nprotocols = t\n" + client("c", "protocols = own") + "[c](+,t)\nusername = u\n")
case("addition-twice", "two (+) blocks", client("c") + "[c](+)\nprotocols = a\n[c](+)\n"
     "protocols += b\n")
case("addition-type-late", "a type added by (+) counts when no earlier type exists",
     "[c]\nuri = ws://h/\n[c](+)\ntype = websocket_client\n")
case("addition-type-conflict", "a (+) type after another type does not count",
     "[c]\ntype = other\nuri = ws://h/\n[c](+)\ntype = websocket_client\n")
case("addition-filter", "'(+type=...)' adds to the first section matching the filter",
     "[c]\ntype = other\n[c]\ntype = websocket_client\nuri = ws://h/\n"
     "[c](+type=websocket_client)\nprotocols = p\n")
case("addition-filter-nomatch", "'(+...)' with a filter nothing matches rejects the file",
     client("c") + "[c](+type=nothing)\nprotocols = p\n")
case("addition-empty-name", "'[](+)' adds to the first section",
     "[c]\ntype = websocket_client\n[d]\n[](+)\nuri = ws://h/\n")
case("addition-in-include", "a (+) block in an included file", client("c") +
     "#include extra.conf\n", {"extra.conf": "[c](+)\nprotocols = from-include\n"})

# ---------------------------------------------------------------------------------------
# Directives
case("include-basic", "#include reads another file here", client("a") + "#include other.conf\n",
     {"other.conf": client("b")})
case("include-quoted", "#include with \"\" and <>", "#include \"one.conf\"\n#include <two.conf>\n",
     {"one.conf": client("a"), "two.conf": client("b")})
case("include-quote-unbalanced", "an unbalanced quote is part of the file name",
     "#include \"one.conf\n" + client("a"), {"one.conf": client("b")})
case("include-quote-alone", "'#include \"' names the config folder: not a file",
     "#include \"\n" + client("a"))
case("include-missing", "a missing #include rejects the file", client("a") +
     "#include nope.conf\n" + client("b"))
case("include-missing-absolute", "a missing absolute #include",
     client("a") + "#include /nonexistent/wscm-parity.conf\n")
case("tryinclude-missing", "a missing #tryinclude is fine", client("a") +
     "#tryinclude nope.conf\n" + client("b"))
case("tryinclude-present", "#tryinclude reads a present file", "#tryinclude other.conf\n",
     {"other.conf": client("a")})
case("include-case", "directive names have no case", "#INCLUDE one.conf\n#TryInclude two.conf\n",
     {"one.conf": client("a"), "two.conf": client("b")})
case("include-no-argument", "#include without a file name is a warning",
     client("a") + "#include\n#include   \n#tryinclude\n")
case("include-blanks", "blanks around the file name", "#include\t  one.conf  \n",
     {"one.conf": client("a")})
case("include-subfolder", "a file in a subfolder", "#include sub/one.conf\n",
     {"sub/one.conf": client("a")})
case("include-nested", "an included file includes another", "#include one.conf\n",
     {"one.conf": client("a") + "#include two.conf\n", "two.conf": client("b")})
case("include-continues-section", "an included file continues the current section",
     "[c]\ntype = websocket_client\n#include rest.conf\nprotocols = p\n",
     {"rest.conf": "uri = ws://from-include/\n"})
case("include-section-does-not-leak", "after the include the includer's section continues",
     "[c]\ntype = websocket_client\n#include other.conf\nuri = ws://c/\n",
     {"other.conf": "[d]\ntype = websocket_client\nuri = ws://d/\n"})
case("include-first-line-variable", "a file that starts with a variable and is included "
     "before any section", "#include vars.conf\n" + client("c"),
     {"vars.conf": "protocols = p\n"})
case("include-after-addition", "an included file continues the section a (+) switched to",
     client("c") + "[d]\n[c](+)\n#include more.conf\n", {"more.conf": "protocols = p\n"})
case("include-parse-error-inside", "a parse error in an included file ends that file only",
     client("a") + "#include bad.conf\n" + client("b"),
     {"bad.conf": client("c") + "[broken\n" + client("d")})
case("include-parse-error-no-category", "a variable at the start of an included file outside "
     "any section", "#include bad.conf\n" + client("a"),
     {"bad.conf": "protocols = p\n" + client("b")})
case("include-missing-nested", "a missing #include inside an included file",
     "#include one.conf\n" + client("b"),
     {"one.conf": client("a") + "#include nope.conf\n" + client("c")})
case("include-unterminated-comment", "a block comment open at the end of an included file "
     "does not continue in the includer", "#include one.conf\n" + client("b"),
     {"one.conf": client("a") + ";-- open\n"})
case("include-comment-not-inherited", "the includer's open block comment does not hide the "
     "included file", client("a") + ";-- open\n#include one.conf\n--;\n",
     {"one.conf": client("b")})
case("include-self", "a file that includes itself: read again until the include depth runs out",
     client("a") + "#include websocket_client.conf\n")
case("tryinclude-self", "a file that #tryincludes itself is read again until the include depth "
     "runs out", "#tryinclude self.conf\n" + client("c"),
     {"self.conf": "[x]\nprotocols = p\n#tryinclude self.conf\n"})
case("include-cycle", "two files that include each other", "#include a.conf\n",
     {"a.conf": client("a") + "#include b.conf\n", "b.conf": client("b") + "#include a.conf\n"})
case("tryinclude-cycle", "two files that #tryinclude each other", "#tryinclude a.conf\n",
     {"a.conf": "[x]\nprotocols = a\n#tryinclude b.conf\n",
      "b.conf": "[y]\nprotocols = b\n#tryinclude a.conf\n"})
case("include-depth-10", "ten nested includes are fine",
     "#include d1.conf\n", dict(("d%d.conf" % i, "#include d%d.conf\n" % (i + 1))
                                for i in range(1, 10)) | {"d10.conf": client("deep")})
case("include-depth-11", "eleven nested includes exceed the limit",
     "#include d1.conf\n", dict(("d%d.conf" % i, "#include d%d.conf\n" % (i + 1))
                                for i in range(1, 11)) | {"d11.conf": client("deep")})
case("include-twice", "the same file included twice is read twice", "[c]\ntype = websocket_client\n"
     "#include part.conf\n#include part.conf\n", {"part.conf": "uri = ws://h/\nprotocols += x\n"})
case("include-twice-duplicate", "a file with a client included twice makes a duplicate",
     "#include one.conf\n#include one.conf\n", {"one.conf": client("a")})
case("include-glob", "a glob includes every matching file in name order",
     "#include parts/*.conf\n", {"parts/b.conf": client("b"), "parts/a.conf": client("a"),
                                 "parts/c.txt": client("c")})
case("include-glob-order", "glob order is byte order: upper case before lower case",
     "[x]\ntype = websocket_client\nuri = ws://h/\n#include parts/*.conf\n",
     {"parts/b.conf": "protocols = b\n", "parts/B.conf": "protocols = B\n",
      "parts/a.conf": "protocols = a\n"})
case("include-glob-none", "a glob that matches nothing rejects the file",
     client("a") + "#include parts/*.conf\n", {"parts/x.txt": "nothing\n"})
case("tryinclude-glob-none", "a #tryinclude glob that matches nothing is fine",
     client("a") + "#tryinclude parts/*.conf\n", {"parts/x.txt": "nothing\n"})
case("include-glob-question", "'?' in a glob", "#include p?.conf\n",
     {"p1.conf": client("a"), "p2.conf": client("b"), "p10.conf": client("c")})
case("include-glob-class", "'[...]' in a glob", "#include p[12].conf\n",
     {"p1.conf": client("a"), "p2.conf": client("b"), "p3.conf": client("c")})
case("include-glob-brace", "'{a,b}' in a glob (GNU brace expansion)", "#include {one,two}.conf\n",
     {"one.conf": client("a"), "two.conf": client("b"), "three.conf": client("c")})
case("include-glob-brace-missing", "a brace alternative that does not exist",
     "#include {one,nope}.conf\n", {"one.conf": client("a")})
case("include-glob-hidden", "a glob does not match hidden files", "#include parts/*\n",
     {"parts/.hidden.conf": client("h"), "parts/seen.conf": client("s")})
case("include-glob-continues-comment", "an open block comment in one globbed file continues "
     "into the next", "#include parts/*.conf\n",
     {"parts/a.conf": client("a") + ";-- open\n", "parts/b.conf": client("b") + "--;\n" +
      client("c")})
case("include-glob-parse-error", "a parse error in one globbed file skips the later files",
     "#include parts/*.conf\n" + client("z"),
     {"parts/a.conf": client("a") + "[bad\n", "parts/b.conf": client("b")})
case("include-glob-continues-section", "the second globbed file continues the first's section",
     "#include parts/*.conf\n", {"parts/a.conf": client("a"), "parts/b.conf": "protocols = b\n"})
case("include-glob-line-numbers", "line numbers run on across globbed files",
     "#include parts/*.conf\n", {"parts/a.conf": client("a") + "no equals\n",
                                 "parts/b.conf": client("b", "colour = blue")})
case("include-directory", "including a folder", client("a") + "#include parts\n",
     {"parts/x.conf": client("b")})
case("tryinclude-directory", "#tryinclude of a folder", client("a") + "#tryinclude parts\n",
     {"parts/x.conf": client("b")})
case("include-empty-file", "including an empty file", "#include empty.conf\n" + client("a"),
     {"empty.conf": ""})
case("include-bom", "a byte order mark at the start of an included file is skipped",
     "#include bom.conf\n", {"bom.conf": "\xef\xbb\xbf" + client("a")})
case("include-crlf", "an included file with CRLF", "#include crlf.conf\n",
     {"crlf.conf": client("a").replace("\n", "\r\n")})
case("include-in-block-comment", "an #include inside a block comment is not read",
     client("a") + ";--\n#include nope.conf\n--;\n")
case("include-after-comment", "an #include followed by a comment",
     "#include one.conf ; the clients\n", {"one.conf": client("a")})
case("include-semicolon-name", "an escaped ';' in an include name",
     "#include a\\;b.conf\n", {"a;b.conf": client("a")})
case("include-duplicate-across-files", "a client defined in two files", client("a") +
     "#include one.conf\n", {"one.conf": client("a")})
case("include-tryinclude-then-include", "#tryinclude then #include of the same file",
     "#tryinclude one.conf\n#include one.conf\n", {"one.conf": "[c]\nprotocols = p\n"})
case("include-error-line-numbers", "errors name the included file and its line",
     "#include one.conf\n", {"one.conf": client("a", "colour = blue", "connection_timeout = x")})
case("exec-not-run", "#exec is refused (execincludes is off): a warning, nothing read",
     client("a") + "#exec /bin/echo '[b]'\n")
case("exec-no-argument", "#exec without an argument", client("a") + "#exec\n")
case("exec-case", "#EXEC is #exec", client("a") + "#EXEC /bin/true\n")
case("directive-unknown", "an unknown directive is a warning", client("a", "#define x 1",
                                                                       "#inclde one.conf"))
case("directive-hash-alone", "'#' alone is an unknown directive with an empty name",
     client("a", "#", "# include nope.conf"))
case("directive-before-section", "a directive before any section is fine",
     "#foo\n#include one.conf\n", {"one.conf": client("a")})
case("directive-high-byte", "a byte above 0x7f ends a directive name",
     client("a") + "#include\xe9one.conf\n", {"one.conf": client("b")})
case("directive-control-separator", "a control character separates a directive from its "
     "argument", client("a") + "#include\x01one.conf\n", {"one.conf": client("b")})


# ---------------------------------------------------------------------------------------
# Options. Each case holds one object per value (o01, o02, ...) so that one file checks many.
def values_case(name, description, option, values, base=(), extra_sections=""):
    text = ""
    for i, value in enumerate(values, 1):
        lines = list(base)
        lines.append("%s = %s" % (option, value) if value is not None else "")
        text += client("o%02d" % i, *[l for l in lines if l])
    case(name, description + ": " + ", ".join(repr(v) for v in values), text + extra_sections)


INT_OPTIONS = ["connection_timeout", "reconnect_interval", "reconnect_attempts"]
UINT_OPTIONS = ["tcp_keepalive_time", "tcp_keepalive_interval", "tcp_keepalive_probes",
                "pingpong_interval", "pingpong_probes"]
BOOL_OPTIONS = ["tls_enabled", "verify_server_cert", "verify_server_hostname",
                "enable_tcp_keepalives", "enable_pingpongs"]
TEXT_OPTIONS = ["protocols", "username", "password", "ca_list_file", "ca_list_path",
                "cert_file", "priv_key_file", "proxy_username", "proxy_password"]

INT_VALID = ["0", "1", "-1", "+7", "500", "-5", "0x1F4", "0X1f4", "0764", "-0x10", "00", "0x0",
             "+0", "-0", "007"]
INT_BOUNDARY = ["2147483647", "2147483648", "-2147483648", "-2147483649", "0x7fffffff",
                "0x80000000", "-0x80000000", "-0x80000001", "017777777777", "020000000000",
                "4294967295", "9223372036854775807", "9223372036854775808",
                "99999999999999999999", "-99999999999999999999"]
INVALID_NUMBERS = ["", "abc", "12abc", "1.5", "1e3", "08", "0x", "0xg", "- 1", "--1", "+-1",
                   "1 2", "0b101", "+", "-", "1,000", "5ms", "\xd9\xa1", "1\t2"]
UINT_VALID = ["0", "1", "+5", "20", "0x14", "024", "4294967295", "0xFFFFFFFF", "037777777777",
              "+4294967295", "00", "2147483648"]
UINT_BOUNDARY = ["4294967295", "4294967296", "0x100000000", "040000000000",
                 "18446744073709551615", "18446744073709551616", "-0", "-1", "+0",
                 "-4294967295", "0xffffffffffffffff"]
BOOL_VALUES = ["yes", "no", "true", "false", "y", "n", "t", "f", "1", "0", "on", "off", "YES",
               "True", "ON", "oFf", "", "2", "yess", "enabled", "nope", "-1", "y e s", "on;x",
               "\xff"]
TEXT_VALUES = ["value", "", "with spaces inside", "tab\tinside", "utf8 \xc3\xa9", "semi\\;colon",
               "high \xff\xfe", "quote \"x\"", "=eq", "trailing backslash\\", "a,b, c",
               "x" * 300]

for option in INT_OPTIONS:
    values_case("option-%s-valid" % option, "signed int, valid values", option, INT_VALID)
    values_case("option-%s-boundary" % option, "signed int around INT_MIN/INT_MAX and UINT_MAX",
                option, INT_BOUNDARY)
    values_case("option-%s-invalid" % option, "signed int, invalid values", option,
                INVALID_NUMBERS)
for option in UINT_OPTIONS:
    values_case("option-%s-valid" % option, "unsigned int, valid values", option, UINT_VALID)
    values_case("option-%s-boundary" % option, "unsigned int around UINT_MAX and signs", option,
                UINT_BOUNDARY)
    values_case("option-%s-invalid" % option, "unsigned int, invalid values", option,
                INVALID_NUMBERS + ["-5"])
for option in BOOL_OPTIONS:
    values_case("option-%s-values" % option, "bool: ast_true words are yes, everything else no",
                option, BOOL_VALUES)
for option in TEXT_OPTIONS:
    values_case("option-%s-values" % option, "text, stored as written", option, TEXT_VALUES)
values_case("option-uri-values", "uri: any non-empty text loads", "uri",
            ["ws://h", "wss://h:443/p?q=1", "not a uri", "ws://u:p@h/", "http://x", "ws://[::1]:8/",
             "ws://h/a b", "x", "ws://h/\xc3\xa9"])
case("option-uri-empty", "an empty uri: 'Websocket client missing uri'",
     client("c", uri="") + client("d"))
case("option-uri-missing", "no uri at all", client("c", "protocols = p", uri=None))
case("option-uri-empty-after-set", "a later empty uri wins", client("c", "uri ="))
values_case("option-connection_type-values", "connection_type: persistent or per_call_config, "
            "any case", "connection_type",
            ["persistent", "per_call_config", "PERSISTENT", "Per_Call_Config", "per_call", "per-call",
             "persistent2", "", "none", "perSistent"])
case("option-connection_type-unset", "connection_type not set: the field is absent",
     client("c"))
values_case("option-proxy_host-valid", "proxy_host with a port part", "proxy_host",
            ["host:3128", "host:", "[::1]:3128", "[::1]:", "1.2.3.4:8080", ":3128", "host:port",
             "host:99999", "host:0", "[a]:x", "[]:1", "h:-1"])
values_case("option-proxy_host-invalid", "proxy_host without a usable port part", "proxy_host",
            ["host", "::1", "[::1]", "[::1", "a:b:c", "host:3128:", "[a]x:1", "[a]x", "::",
             "h: 1:2"])
case("option-proxy_host-empty", "an empty proxy_host is no proxy",
     client("c", "proxy_host =") + client("d", "proxy_host = h:1", "proxy_host ="))
case("option-name-case", "every option name in upper case",
     "[c]\nTYPE = websocket_client\nURI = ws://h/\nPROTOCOLS = p\nUSERNAME = u\nPASSWORD = s\n"
     "CONNECTION_TYPE = persistent\nCONNECTION_TIMEOUT = 1\nRECONNECT_INTERVAL = 2\n"
     "RECONNECT_ATTEMPTS = 3\nTLS_ENABLED = yes\nCA_LIST_FILE = f\nCA_LIST_PATH = d\n"
     "CERT_FILE = c\nPRIV_KEY_FILE = k\nVERIFY_SERVER_CERT = no\nVERIFY_SERVER_HOSTNAME = no\n"
     "PROXY_HOST = p:1\nPROXY_USERNAME = pu\nPROXY_PASSWORD = pp\nENABLE_TCP_KEEPALIVES = yes\n"
     "TCP_KEEPALIVE_TIME = 4\nTCP_KEEPALIVE_INTERVAL = 5\nTCP_KEEPALIVE_PROBES = 6\n"
     "ENABLE_PINGPONGS = yes\nPINGPONG_INTERVAL = 7\nPINGPONG_PROBES = 8\n")
case("option-all-set", "every option set to a non-default value",
     client("c", "protocols = a,b", "username = u", "password = s", "connection_type = persistent",
            "connection_timeout = 1000", "reconnect_interval = 250", "reconnect_attempts = 9",
            "tls_enabled = yes", "ca_list_file = /etc/ca.pem", "ca_list_path = /etc/ca",
            "cert_file = /etc/c.pem", "priv_key_file = /etc/k.pem", "verify_server_cert = no",
            "verify_server_hostname = no", "proxy_host = proxy:3128", "proxy_username = pu",
            "proxy_password = pp", "enable_tcp_keepalives = yes", "tcp_keepalive_time = 30",
            "tcp_keepalive_interval = 10", "tcp_keepalive_probes = 5", "enable_pingpongs = yes",
            "pingpong_interval = 15", "pingpong_probes = 2"))
case("option-defaults", "a client with only type and uri shows every default", client("c"))
case("option-deprecated-none", "near-miss option names are unknown",
     client("a", "connect_timeout = 1") + client("b", "reconnect_attempt = 1") +
     client("c", "tls = yes") + client("d", "proxy = h:1") + client("e", "uri_params = x"))

# ---------------------------------------------------------------------------------------
# Object rules: which sections are clients, and the apply step
case("type-case-name", "'Type' and 'TYPE' make a client (the name has no case)",
     client("a", type_line="Type = websocket_client") +
     client("b", type_line="TYPE = websocket_client"))
case("type-case-value", "the value has case: 'WebSocket_Client' is not a client",
     client("a", type_line="type = WebSocket_Client") +
     client("b", type_line="type = WEBSOCKET_CLIENT"))
case("type-other", "another type is not a client, whatever else it holds",
     client("a", "colour = blue", type_line="type = endpoint"))
case("type-missing", "no type: not a client", client("a", type_line=None))
case("type-first-counts", "only the first 'type' line counts: other then client",
     client("a", "type = websocket_client", type_line="type = other"))
case("type-first-client-then-other", "first 'type' is websocket_client, a later one is "
     "something else: a client", client("a", "type = other", type_line="type = websocket_client"))
case("type-first-case-other", "'Type = other' before 'type = websocket_client'",
     client("a", "type = websocket_client", type_line="Type = other"))
case("type-empty", "an empty type", client("a", type_line="type ="))
case("type-blanks", "blanks around the type value are trimmed",
     client("a", type_line="type =\t websocket_client \t"))
case("type-inner-blank", "'websocket client' is not the type", client("a",
                                                                   type_line="type = websocket client"))
case("type-object-operator", "'type => websocket_client'",
     client("a", type_line="type => websocket_client"))
case("type-in-base-section", "a type inherited from a normal section",
     client("a") + "[b](a)\nuri = ws://b/\n")
case("type-in-base-then-own", "an inherited type comes first, the own type is later",
     "[t](!)\ntype = other\n[c](t)\ntype = websocket_client\nuri = ws://h/\n")
case("type-escaped-name", "'\\type' is the name 'type'",
     client("a", type_line="\\type = websocket_client"))
case("type-no-equals", "'type websocket_client' is no assignment",
     client("a", type_line="type websocket_client"))
case("type-with-comment", "a comment after the type value",
     client("a", type_line="type = websocket_client;comment"))
case("type-escaped-semicolon", "an escaped ';' in the type value",
     client("a", type_line="type = websocket_client\\;"))
case("object-invalid-others-load", "an invalid object does not stop the others",
     client("a") + client("b", "connection_timeout = x") + client("c"))
case("object-missing-uri-and-invalid-field", "a field error comes before the apply step",
     client("c", "connection_timeout = x", uri=None))
case("object-keepalive-zero-time", "keepalives on with time 0",
     client("c", "enable_tcp_keepalives = yes", "tcp_keepalive_time = 0"))
case("object-keepalive-zero-interval", "keepalives on with interval 0",
     client("c", "enable_tcp_keepalives = yes", "tcp_keepalive_interval = 0"))
case("object-keepalive-zero-probes", "keepalives on with probes 0",
     client("c", "enable_tcp_keepalives = yes", "tcp_keepalive_probes = 0"))
case("object-keepalive-zero-off", "zeros are fine while keepalives are off",
     client("c", "enable_tcp_keepalives = no", "tcp_keepalive_time = 0",
            "tcp_keepalive_interval = 0", "tcp_keepalive_probes = 0"))
case("object-keepalive-zero-typo", "a typo in enable_tcp_keepalives is off: zeros fine",
     client("c", "enable_tcp_keepalives = yse", "tcp_keepalive_time = 0"))
case("object-pingpong-zero-interval", "PING/PONG on with interval 0",
     client("c", "enable_pingpongs = yes", "pingpong_interval = 0"))
case("object-pingpong-zero-probes", "PING/PONG on with probes 0",
     client("c", "enable_pingpongs = yes", "pingpong_probes = 0"))
case("object-pingpong-zero-off", "zeros are fine while PING/PONG is off",
     client("c", "pingpong_interval = 0", "pingpong_probes = 0"))
case("object-pingpong-zero-hex", "'0x0' is zero too",
     client("c", "enable_pingpongs = on", "pingpong_probes = 0x0"))
case("object-every-apply-error", "missing uri, proxy without port, zero keepalive and PING/PONG "
     "values in one object", client("c", "proxy_host = h", "enable_tcp_keepalives = yes",
                                    "tcp_keepalive_probes = 0", "enable_pingpongs = yes",
                                    "pingpong_interval = 0", uri=None))
case("object-proxy-no-port", "proxy_host without a port",
     client("c", "proxy_host = proxy.example"))
case("object-reconnect-negative", "negative reconnect values load",
     client("c", "reconnect_interval = -5", "reconnect_attempts = -1", "connection_timeout = -1"))
case("object-reconnect-zero", "zero reconnect values load",
     client("c", "reconnect_interval = 0", "reconnect_attempts = 0", "connection_timeout = 0"))
case("object-per-call-attempts", "reconnect_attempts stays as written for both connection types",
     client("a", "connection_type = persistent") + client("b", "connection_type = per_call_config"))
case("object-not-client-anything-goes", "sections that are not clients are not checked",
     "[general]\nfoo = bar\n\\x = y\nconnection_timeout = x\n[other]\ntype = something\n"
     "uri =\n" + client("c"))
case("object-many-errors-many-objects", "a mix of valid and invalid objects",
     "".join(client("ok%d" % i) + client("bad%d" % i, "connection_timeout = %d.5" % i)
             for i in range(5)))


# ---------------------------------------------------------------------------------------
# Sections judged as they are read (wscm check frees a section's variables once the next one
# begins, unless a later header may name it)
case("stream-inherit-from-judged-client",
     "a later section inherits from client sections already complete, by name and without case",
     "[first]\nx = 1\n" + client("a", "bogus = 1") + "[b](a)\nuri = ws://127.0.0.1:8081/b\n" +
     client("c", "connection_type = persistent") + "[d](c,A)\n")
case("stream-empty-base-names-first",
     "'()' inherits from the first section of all, long after it was complete",
     client("z", "connection_type = persistent") + client("y") + "[x]()\nprotocols = p\n")
case("stream-duplicate-after-many",
     "a duplicate named by no header, many sections after its first",
     "[t](!)\ntype = websocket_client\nuri = %s\n" % URI +
     "".join("[s%d](t)\n" % i for i in range(40)) + "[s3](t)\n")
case("stream-indented-headers",
     "indented headers (not counted ahead) with a duplicate at the end",
     "".join("  " + client("c%d" % i) for i in range(40)) + "  " + client("c7"))


def write_case(name, description, files, check):
    folder = os.path.join(CONFIG_DIR, name)
    expected_path = os.path.join(folder, "expected.json")
    expected = {}
    if os.path.exists(expected_path):
        with open(expected_path, encoding="utf-8") as f:
            expected = json.load(f)
    present = set()
    if os.path.isdir(folder):
        for root, _, names in os.walk(folder):
            for n in names:
                present.add(os.path.relpath(os.path.join(root, n), folder))
    present.discard("expected.json")
    changed = present != set(files)
    for rel, data in files.items():
        path = os.path.join(folder, rel)
        old = None
        if os.path.exists(path):
            with open(path, "rb") as f:
                old = f.read()
        if old != data:
            changed = True
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(data)
    if check:
        return changed or expected.get("description") != description
    for rel in present - set(files):
        os.remove(os.path.join(folder, rel))
    if changed:
        # What Asterisk made of the old files no longer holds.
        expected = {}
    expected["description"] = description
    with open(expected_path, "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write("\n")
    return changed


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="only report case folders that differ from this file")
    args = parser.parse_args()
    stale = [n for n, (d, files) in CASES.items() if write_case(n, d, files, args.check)]
    known = set(CASES)
    extra = sorted(n for n in os.listdir(CONFIG_DIR) if n not in known) \
        if os.path.isdir(CONFIG_DIR) else []
    for name in stale:
        print(("differs: " if args.check else "written, record again: ") + name)
    for name in extra:
        print("not in cases.py: " + name)
    print("%d cases" % len(CASES))
    return 1 if args.check and (stale or extra) else 0


if __name__ == "__main__":
    sys.exit(main())
