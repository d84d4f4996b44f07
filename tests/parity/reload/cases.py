# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The wscm developers
"""The reload cases: what websocket_client.conf holds when Asterisk starts (`before`), which
files change before `module reload res_websocket_client` (`after`: file name -> new text,
None deletes it; `after=None` touches nothing), and which client ARI's outbound websocket
`wscm_out` uses (`ari_client`, None for no outbound websocket). record.py records them;
TestReloadParity replays them. Port 18091 is the recorder's own WebSocket listener."""

MAIN = 'websocket_client.conf'

ARI_CLIENT = """[ari_client]
type = websocket_client
connection_type = persistent
uri = ws://127.0.0.1:18091/ari-a
protocols = ari
connection_timeout = 500
reconnect_interval = 1000
reconnect_attempts = 4
"""

MEDIA_A = """[media-a]
type = websocket_client
connection_type = per_call_config
uri = ws://127.0.0.1:18091/media-a
"""

MEDIA_B = """[media-b]
type = websocket_client
connection_type = per_call_config
uri = ws://127.0.0.1:18091/media-b
"""

MEDIA_C = """[media-c]
type = websocket_client
uri = ws://127.0.0.1:18091/media-c
reconnect_attempts = 2
"""

BASE = ARI_CLIENT + '\n' + MEDIA_A + '\n' + MEDIA_B

CASES = []


def case(name, description, before, after, ari_client='ari_client'):
    if isinstance(before, str):
        before = {MAIN: before}
    if isinstance(after, str):
        after = {MAIN: after}
    CASES.append({'name': name, 'description': description, 'before': before,
                  'after': after, 'ari_client': ari_client})


def ari_with(*lines):
    """ARI's client with `lines` appended (a later assignment wins)."""
    return ARI_CLIENT + ''.join(line + '\n' for line in lines) + '\n' + MEDIA_A + '\n' + MEDIA_B


case('untouched', 'the file is not written at all: the reload changes nothing', BASE, None)
case('rewritten-same-bytes', 'the same bytes written again: every object stays as it was',
     BASE, BASE)
case('comment-only-change', 'only comments and blank lines change: no object changes',
     BASE, '; edited by hand\n\n' + ARI_CLIENT + '\n; media\n' + MEDIA_A + '\n\n' + MEDIA_B)
case('add-section', 'a new valid section is added', BASE, BASE + '\n' + MEDIA_C)
case('change-field', 'a field of one section changes',
     BASE, BASE.replace('/media-b\n', '/media-b2\n'))
case('change-through-template', 'a template changes: both sections that use it change',
     '[t](!)\ntype = websocket_client\nreconnect_attempts = 3\n\n'
     '[m1](t)\nuri = ws://127.0.0.1:18091/m1\n\n[m2](t)\nuri = ws://127.0.0.1:18091/m2\n',
     '[t](!)\ntype = websocket_client\nreconnect_attempts = 7\n\n'
     '[m1](t)\nuri = ws://127.0.0.1:18091/m1\n\n[m2](t)\nuri = ws://127.0.0.1:18091/m2\n',
     ari_client=None)
case('invalid-value-retained', 'a section that now has a value Asterisk cannot parse keeps its '
     'previous object', BASE, BASE.replace('/media-b\n', '/media-b2\nreconnect_attempts = 4x\n'))
case('invalid-apply-rule-retained', "a section that now breaks an object rule (empty uri) keeps "
     "its previous object", BASE, BASE.replace('uri = ws://127.0.0.1:18091/media-b\n', 'uri =\n'))
case('invalid-unknown-option-retained', 'a section with an unknown option keeps its previous '
     'object', BASE, BASE.replace('/media-a\n', '/media-a\nreconect_attempts = 2\n'))
case('new-invalid-section', 'a new section that is invalid is not created (nothing to keep)',
     BASE, BASE + '\n' + MEDIA_C.replace('= 2', '= two'))
case('removed-section', 'a removed section disappears', BASE, ARI_CLIENT + '\n' + MEDIA_A)
case('renamed-section', 'a renamed section: the old name is removed, the new one added',
     BASE, BASE.replace('[media-b]', '[media-b-new]'))
case('file-emptied', 'every section removed: every object disappears', BASE, '')
case('removed-ari-client', "the client of ARI's outbound websocket is removed: the client "
     "disappears, the outbound websocket keeps its old configuration", BASE,
     MEDIA_A + '\n' + MEDIA_B)
case('ari-client-invalid-retained', "ARI's client gets a new uri and an invalid value: the old "
     "object stays, ARI stays on the old uri", BASE,
     ari_with('uri = ws://127.0.0.1:18091/ari-b', 'pingpong_interval = 1s'))
case('missing-include', 'an #include of a missing file: the file cannot be parsed, every old '
     'object stays', BASE, '#include wsc-missing.conf\n' + BASE.replace('/media-b\n', '/media-b2\n')
     + '\n' + MEDIA_C)
case('duplicate-section', 'two valid sections with one name: the file is refused, every old '
     'object stays', BASE, BASE.replace('/media-a\n', '/media-a2\n') + '\n' + MEDIA_B)
case('header-without-bracket', 'a section header without ]: the file cannot be parsed',
     BASE, BASE.replace('/media-a\n', '/media-a2\n') + '\n[media-c\ntype = websocket_client\n'
     'uri = ws://127.0.0.1:18091/media-c\n')
case('unterminated-block-comment', 'an unterminated ;-- hides every section after it',
     BASE, ARI_CLIENT + '\n;-- media-a is off for now\n' + MEDIA_A + '\n' + MEDIA_B + '\n'
     + MEDIA_C)
case('type-typo', 'a typo in type: the section is no client any more and disappears silently',
     BASE, BASE.replace('[media-b]\ntype = websocket_client', '[media-b]\ntype = websocket_clinet'))
case('ari-timing-only', "only ARI's client's three timing fields change: no reconnect", BASE,
     ari_with('connection_timeout = 800', 'reconnect_interval = 2000', 'reconnect_attempts = 6'))
case('ari-uri-change', "ARI's client's uri changes: the outbound websocket reconnects to it",
     BASE, BASE.replace('/ari-a\n', '/ari-b\n'))
case('ari-protocols-change', "ARI's client's protocols change", BASE,
     ari_with('protocols = ari,wscm'))
case('ari-credentials-change', "ARI's client gets a username and password", BASE,
     ari_with('username = wscm-user', 'password = not-a-real-secret'))
case('ari-keepalive-change', "ARI's client turns TCP keepalives on", BASE,
     ari_with('enable_tcp_keepalives = yes'))
case('ari-keepalive-time-change', "ARI's client's tcp_keepalive_time changes (keepalives off)",
     BASE, ari_with('tcp_keepalive_time = 30'))
case('ari-pingpong-change', "ARI's client turns PING/PONG on", BASE,
     ari_with('enable_pingpongs = yes', 'pingpong_interval = 5'))
case('ari-tls-field-change', "ARI's client changes verify_server_cert (TLS off)", BASE,
     ari_with('verify_server_cert = no'))
case('ari-persistent-to-per-call', "ARI's client changes from persistent to per_call_config",
     BASE, ari_with('connection_type = per_call_config'))
case('mixed', 'one reload adds, changes, keeps an old object and removes',
     BASE + '\n' + MEDIA_C,
     ARI_CLIENT + '\n' + MEDIA_A.replace('/media-a\n', '/media-a2\n') + '\n'
     + MEDIA_B.replace('/media-b\n', '/media-b\nreconnect_interval = soon\n') + '\n'
     + '[media-d]\ntype = websocket_client\nuri = ws://127.0.0.1:18091/media-d\n')
case('include-changed', 'only an included file changes; the main file is not written',
     {MAIN: ARI_CLIENT + '\n#include wsc-media.conf\n', 'wsc-media.conf': MEDIA_A},
     {'wsc-media.conf': MEDIA_A.replace('/media-a\n', '/media-a2\n')})
case('included-file-error', 'a parse error in an included file ends only that file',
     {MAIN: ARI_CLIENT + '\n#include wsc-media.conf\n' + MEDIA_B, 'wsc-media.conf': MEDIA_A},
     {'wsc-media.conf': MEDIA_A + '\n[media-c\n'})
case('variable-before-section', 'a variable before the first section: the file is refused',
     BASE, 'type = websocket_client\n' + BASE.replace('/media-a\n', '/media-a2\n'))
case('no-ari-websocket', 'no ARI outbound websocket: a plain change', BASE,
     BASE.replace('/media-a\n', '/media-a2\n'), ari_client=None)
