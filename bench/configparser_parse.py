# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""The Python peer of `wscm check` in the parse benchmark: configparser set up to read an
Asterisk-style file (repeated keys allowed, no interpolation, ';' comments after values).
Prints the section count so the work cannot be skipped."""
import configparser
import sys

parser = configparser.ConfigParser(strict=False, interpolation=None,
                                   inline_comment_prefixes=(';',))
with open(sys.argv[1], encoding='utf-8') as f:
    parser.read_file(f)
print(len(parser.sections()))
