# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers

"""Cases recorded through real proxies (record.py cases_proxies OUTDIR), started by hand
first, on these fixed ports (the recorded files then had their ports replaced by
@PORT@/@PROXYPORT@ and their listeners described as "squid" / "tinyproxy"):

tinyproxy 1.11.1 (Debian 12), `tinyproxy -d -c tp.conf` with
    Port 18888 / Listen 127.0.0.1 / Timeout 60 / MaxClients 10 / ConnectPort 18999
squid 5.7 (Debian 12), `squid -N -f squid.conf` with a passwd file made by
`openssl passwd -apr1 ppass` for user puser, and
    http_port 127.0.0.1:18777 / cache deny all / cache_mem 1 MB
    auth_param basic program /usr/lib/squid/basic_ncsa_auth passwd
    acl authed proxy_auth REQUIRED
    acl hasauth req_header Proxy-Authorization .
    http_access deny !hasauth / http_access allow authed / http_access deny all
"""
CASES = {'tinyproxy-http10-answer': {'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\nuri = ws://127.0.0.1:18999/via\nproxy_host = 127.0.0.1:18888\n",
  'listeners': {'server': {'port': 18999, 'placeholder': '@PORT@'}},
  'note': 'A real tinyproxy 1.11.1 (Debian 12) on 127.0.0.1 as the proxy: it answers the CONNECT with "HTTP/1.0 200 Connection established", and Asterisk only accepts a status line starting with "HTTP/1.1 ".'}}

_T = CASES
N = 'A real squid 5.7 (Debian 12) on 127.0.0.1 as the proxy, requiring Basic credentials and answering 403 (not 407) to a CONNECT without any: '
CASES = {
 'squid-403-unless-credentials-with-credentials': {'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\nuri = ws://127.0.0.1:18999/via\nproxy_host = 127.0.0.1:18777\nproxy_username = puser\nproxy_password = ppass\n",
  'listeners': {'server': {'port': 18999, 'placeholder': '@PORT@'}}, 'note': N + 'Asterisk sends the credentials in its first CONNECT and gets through.'},
 'squid-403-unless-credentials-without-credentials': {'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\nuri = ws://127.0.0.1:18999/via\nproxy_host = 127.0.0.1:18777\n",
  'listeners': {'server': {'port': 18999, 'placeholder': '@PORT@'}}, 'note': N + 'without proxy credentials Asterisk fails on the 403.'},
 'squid-403-unless-credentials-wrong-password': {'conf': "[c]\ntype = websocket_client\nconnection_type = per_call_config\nreconnect_attempts = 1\nuri = ws://127.0.0.1:18999/via\nproxy_host = 127.0.0.1:18777\nproxy_username = puser\nproxy_password = wrong\n",
  'listeners': {'server': {'port': 18999, 'placeholder': '@PORT@'}}, 'note': N + 'a wrong password gets 407, which Asterisk treats as any other non-200 answer.'},
}

CASES.update(_T)
