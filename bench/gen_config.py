#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
"""Writes a websocket_client.conf with N client sections (about 300 bytes each), the
kind of file an admin with many ARI/media connections would have: a template, comments,
TLS, PING/PONG and reconnect settings. Usage: gen_config.py SECTIONS OUT"""
import sys

def main():
    sections = int(sys.argv[1])
    out = sys.argv[2]
    with open(out, "w", newline="\n") as f:
        f.write("; generated for wscm's benchmark\n[tls-common](!)\ntype = websocket_client\n"
                "tls_enabled = yes\nverify_server_cert = yes\nconnection_type = persistent\n\n")
        for i in range(sections):
            f.write(f"; media server {i} in rack {i % 40}\n"
                    f"[media-{i:06d}](tls-common)\n"
                    f"uri = wss://media{i % 250}.example.net:{8000 + i % 1000}/ws/{i}?tenant=t{i % 17}\n"
                    f"protocols = media, ari\n"
                    f"connection_timeout = {500 + i % 500} ; ms\n"
                    f"reconnect_interval = 1000\n"
                    f"reconnect_attempts = 0x{(i % 15) + 1:x}\n"
                    f"enable_pingpongs = yes\npingpong_interval = 5\npingpong_probes = 3\n\n")

if __name__ == "__main__":
    main()
