#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The recorded consumer cases: websocket_client.conf with the files that use its clients
(ari.conf's outbound websockets, extensions.conf's dial strings), one folder each under
tests/parity/consumers/<case>/.

This script writes the three .conf files (and any file they include) of every case and the
case's "description" and "dials" into expected.json; record.py fills in what a real Asterisk
made of them (see docs/ASTERISK-PARITY.md, "Consumers"). Run it after changing a case here,
then record again:

    tests/parity/consumers/cases.py            # (re)writes every case folder
    tests/parity/consumers/cases.py --check    # fails when a folder differs from this file
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}

# A persistent client whose server never answers (the discard port): Asterisk tries it once
# at start-up and then waits a minute, so a recording sees one attempt.
ARI_CLIENT = """[ari1]
type = websocket_client
connection_type = persistent
uri = ws://127.0.0.1:9/ari
protocols = ari
reconnect_interval = 60000
"""
MEDIA_CLIENT = """[media]
type = websocket_client
connection_type = per_call_config
uri = ws://127.0.0.1:9/media
"""
CLIENTS = ARI_CLIENT + "\n" + MEDIA_CLIENT

USER = """[asterisk]
type = user
password = ari-pass
password_format = plain
"""
GENERAL = "[general]\nenabled = yes\n"


def owc(name, client="ari1", apps=None, user="asterisk", extra="", type_line=None):
    lines = ["[%s]" % name, type_line or "type = outbound_websocket"]
    if client is not None:
        lines.append("websocket_client_id = %s" % client)
    if apps is not False:  # False: no apps line at all
        lines.append("apps = %s" % (name if apps is None else apps))
    if user is not None:
        lines.append("local_ari_user = %s" % user)
    return "\n".join(lines) + "\n" + extra


def ari(*sections, general=GENERAL, user=USER):
    return "\n".join([general, user] + list(sections))


EXT_HEAD = "[general]\nstatic = yes\nwriteprotect = yes\n\n[calls]\n"


def extensions(*dials):
    """extensions.conf with context [calls]: extension 1, 2, ... dials each string."""
    body = "".join("exten => %d,1,Dial(%s)\n same => n,Hangup()\n" % (i + 1, d)
                   for i, d in enumerate(dials))
    return EXT_HEAD + body


def case(name, description, wsc=CLIENTS, ari_conf=None, ext=None, files=None, dials=None):
    """dials: the extensions of [calls] the recorder originates a call to (default: all)."""
    assert name not in CASES, name
    if ari_conf is None:
        ari_conf = ari(owc("voicebot"))
    if ext is None:
        ext = extensions()
    all_files = {"websocket_client.conf": wsc, "ari.conf": ari_conf, "extensions.conf": ext}
    all_files.update(files or {})
    if dials is None:
        dials = [line.split(",")[0].split("=>")[1].strip() for line in ext.splitlines()
                 if line.startswith("exten =>") and ",1," in line and "[calls]" in ext]
    CASES[name] = (description, all_files, dials)


# --- ari.conf: outbound websockets -----------------------------------------------------------
case("ari-valid", "a valid outbound websocket on a persistent client: listed valid, connects",
     ext=extensions("WebSocket/media"))
case("ari-valid-per-call", "an outbound websocket on a per_call_config client: listed valid",
     ari_conf=ari(owc("voicebot", client="media")))
case("ari-unknown-client-id", "websocket_client_id names no client: the outbound websocket "
     "is refused and not listed", ari_conf=ari(owc("voicebot", client="nosuch")))
case("ari-client-id-case", "websocket_client_id in another case than the client's name: "
     "ids are case-sensitive", ari_conf=ari(owc("voicebot", client="ARI1")))
case("ari-failed-client-option", "websocket_client_id names a client with an unparsable "
     "option: refused like an unknown id",
     wsc=CLIENTS + "\n[bad]\ntype = websocket_client\nuri = ws://127.0.0.1:9/\n"
     "reconnect_attempts = 4x\n", ari_conf=ari(owc("voicebot", client="bad")))
case("ari-failed-client-apply", "websocket_client_id names a client without uri (fails "
     "Asterisk's apply step): refused like an unknown id",
     wsc=CLIENTS + "\n[bad]\ntype = websocket_client\nconnection_type = persistent\n",
     ari_conf=ari(owc("voicebot", client="bad")))
case("ari-missing-client-id", "no websocket_client_id", ari_conf=ari(owc("voicebot", client=None)))
case("ari-empty-client-id", "websocket_client_id with an empty value",
     ari_conf=ari(owc("voicebot", client="")))
case("ari-unknown-user", "local_ari_user names no ARI user",
     ari_conf=ari(owc("voicebot", user="nobody")))
case("ari-user-crypt", "local_ari_user has password_format = crypt",
     ari_conf=ari(owc("voicebot"), user="[asterisk]\ntype = user\npassword = $6$abc$def\n"
                  "password_format = crypt\n"))
case("ari-user-no-password", "local_ari_user has no password",
     ari_conf=ari(owc("voicebot"), user="[asterisk]\ntype = user\n"))
case("ari-user-empty-password", "local_ari_user has an empty password",
     ari_conf=ari(owc("voicebot"), user="[asterisk]\ntype = user\npassword =\n"))
case("ari-user-bad-format", "local_ari_user has password_format = md5 (not a format)",
     ari_conf=ari(owc("voicebot"), user="[asterisk]\ntype = user\npassword = p\n"
                  "password_format = md5\n"))
case("ari-missing-apps", "no apps", ari_conf=ari(owc("voicebot", apps=False)))
case("ari-empty-apps", "apps with an empty value", ari_conf=ari(owc("voicebot", apps="")))
case("ari-missing-user", "no local_ari_user", ari_conf=ari(owc("voicebot", user=None)))
case("ari-empty-app", "apps with an empty item", ari_conf=ari(owc("voicebot", apps="a,,b")))
case("ari-app-too-long", "an app name of 80 characters",
     ari_conf=ari(owc("voicebot", apps="a" * 80)))
case("ari-app-73", "an app name of 73 characters",
     ari_conf=ari(owc("voicebot", apps="b" * 73)))
case("ari-app-74", "an app name of 74 characters",
     ari_conf=ari(owc("voicebot", apps="c" * 74)))
case("ari-app-twice", "two outbound websockets claim the same app",
     ari_conf=ari(owc("bot1", apps="voicebot"), owc("bot2", apps="voicebot")))
case("ari-app-overlap", "two outbound websockets whose app lists overlap on one app",
     ari_conf=ari(owc("bot1", apps="a,b"), owc("bot2", apps="b,c")))
case("ari-app-spaces", "apps with blanks around the names, one shared with another",
     ari_conf=ari(owc("bot1", apps="a, b"), owc("bot2", apps="b")))
case("ari-app-distinct", "two outbound websockets on one client, different apps",
     ari_conf=ari(owc("bot1", apps="a"), owc("bot2", apps="b")))
case("ari-two-errors", "unknown client id and no apps",
     ari_conf=ari(owc("voicebot", client="nosuch", apps=False)))
case("ari-unknown-option", "an option outbound_websocket does not know",
     ari_conf=ari(owc("voicebot", extra="colour = blue\n")))
case("ari-key-case", "option names in another case",
     ari_conf=ari("[voicebot]\ntype = outbound_websocket\nWebSocket_Client_Id = ari1\n"
                  "APPS = voicebot\nLocal_ARI_User = asterisk\n"))
case("ari-duplicate-owc", "one outbound_websocket section twice: ari.conf is not loaded",
     ari_conf=ari(owc("voicebot"), owc("voicebot")))
case("ari-duplicate-user", "one user section twice: ari.conf is not loaded",
     ari_conf=ari(owc("voicebot"), user=USER + "\n" + USER))
case("ari-type-case-owc", "type = Outbound_Websocket: silently not an outbound websocket",
     ari_conf=ari(owc("voicebot", type_line="type = Outbound_Websocket")))
case("ari-type-case-user", "type = USER: silently not a user",
     ari_conf=ari(owc("voicebot"), user="[asterisk]\ntype = USER\npassword = p\n"))
case("ari-type-key-case", "TYPE = outbound_websocket (the key in capitals)",
     ari_conf=ari(owc("voicebot", type_line="TYPE = outbound_websocket")))
case("ari-no-type", "a section without type in ari.conf",
     ari_conf=ari(owc("voicebot"), "[stray]\nwebsocket_client_id = nosuch\n"))
case("ari-subscribe-all-yes", "subscribe_all = yes",
     ari_conf=ari(owc("voicebot", extra="subscribe_all = yes\n")))
case("ari-subscribe-all-maybe", "subscribe_all = maybe: read as no",
     ari_conf=ari(owc("voicebot", extra="subscribe_all = maybe\n")))
case("ari-subscribe-all-empty", "subscribe_all empty: read as no",
     ari_conf=ari(owc("voicebot", extra="subscribe_all =\n")))
case("ari-general-disabled", "[general] enabled = no",
     ari_conf=ari(owc("voicebot"), general="[general]\nenabled = no\n"))
case("ari-no-general", "ari.conf without [general]",
     ari_conf=ari(owc("voicebot"), general=""))
case("ari-template", "an outbound websocket built from a template",
     ari_conf=ari("[owc-t](!)\ntype = outbound_websocket\nwebsocket_client_id = ari1\n"
                  "local_ari_user = asterisk\n\n[voicebot](owc-t)\napps = voicebot\n"))
case("ari-include", "an outbound websocket in a file ari.conf includes",
     ari_conf=ari("#include ari_owc.conf\n"),
     files={"ari_owc.conf": owc("voicebot", client="nosuch")})
case("ari-owc-in-wsc-file", "an outbound_websocket section in websocket_client.conf is "
     "silently ignored", wsc=CLIENTS + "\n" + owc("voicebot"), ari_conf=ari())
case("ari-client-in-ari-file", "a websocket_client section in ari.conf is silently ignored",
     wsc=MEDIA_CLIENT, ari_conf=ari(ARI_CLIENT, owc("voicebot")))
case("wsc-duplicate-client", "a duplicated websocket_client section at start-up: every "
     "client is lost", wsc=CLIENTS + "\n" + MEDIA_CLIENT,
     ari_conf=ari(owc("voicebot")), ext=extensions("WebSocket/media"))
case("wsc-type-case", "type = WebSocket_Client: silently no client, so the outbound "
     "websocket is refused", wsc=ARI_CLIENT.replace("websocket_client", "WebSocket_Client"))
case("wsc-missing", "no websocket_client.conf at all", wsc=None)
case("wsc-unused-client", "clients nothing uses", ari_conf=ari(),
     wsc=CLIENTS + "\n[spare]\ntype = websocket_client\nuri = ws://127.0.0.1:9/spare\n")

# --- extensions.conf: dial strings ---------------------------------------------------------
case("dial-valid", "Dial(WebSocket/media) of a per_call_config client whose server is down",
     ext=extensions("WebSocket/media"))
case("dial-valid-options", "Dial(WebSocket/media/c(ulaw)n)",
     ext=extensions("WebSocket/media/c(ulaw)n"))
case("dial-unknown-id", "Dial(WebSocket/nosuch)", ext=extensions("WebSocket/nosuch"))
case("dial-id-case", "Dial(WebSocket/MEDIA): ids are case-sensitive",
     ext=extensions("WebSocket/MEDIA"))
case("dial-failed-client", "Dial() of a client that failed to load",
     wsc=CLIENTS + "\n[bad]\ntype = websocket_client\nuri = ws://127.0.0.1:9/\n"
     "reconnect_attempts = 4x\n", ext=extensions("WebSocket/bad"))
case("dial-slash-id", "a client whose id holds '/': defined, never dialled",
     wsc=CLIENTS + "\n[a/b]\ntype = websocket_client\nconnection_type = per_call_config\n"
     "uri = ws://127.0.0.1:9/ab\n", ext=extensions("WebSocket/a/b"))
case("dial-persistent", "Dial() of a persistent client whose server is down",
     ext=extensions("WebSocket/ari1"))
case("dial-empty-id", "Dial(WebSocket/) and Dial(WebSocket//n)",
     ext=extensions("WebSocket/", "WebSocket//n"))
case("dial-bad-option", "an option letter chan_websocket does not know",
     ext=extensions("WebSocket/media/x"))
case("dial-invalid-v", "v() with a blank in a parameter",
     ext=extensions("WebSocket/media/v(a b=1)"))
case("dial-v-valid", "v() with two parameters", ext=extensions("WebSocket/media/v(a=1,b=2)"))
case("dial-bad-direction", "d() with a direction that does not exist",
     ext=extensions("WebSocket/media/d(sideways)"))
case("dial-incoming", "WebSocket/INCOMING is chan_websocket's own id, not a client",
     ext=extensions("WebSocket/INCOMING"))
case("dial-parallel", "Dial(WebSocket/media&WebSocket/nosuch)",
     ext=extensions("WebSocket/media&WebSocket/nosuch"))
case("dial-duplicate-client", "Dial() when websocket_client.conf has a duplicated section",
     wsc=CLIENTS + "\n" + MEDIA_CLIENT, ext=extensions("WebSocket/media"))
case("dial-include", "a dial string in a file extensions.conf includes",
     ext=EXT_HEAD + "#include ext_dials.conf\n",
     files={"ext_dials.conf": "exten => 1,1,Dial(WebSocket/nosuch)\n same => n,Hangup()\n"},
     dials=["1"])
case("dial-lowercase-tech", "Dial(websocket/nosuch): the technology name in lower case",
     ext=extensions("websocket/nosuch"))


def expected_stub(description, dials):
    return {"description": description, "dials": dials}


def write_case(name, description, files, dials, check):
    folder = os.path.join(HERE, name)
    differs = []
    os.makedirs(folder, exist_ok=True)
    for rel, text in files.items():
        path = os.path.join(folder, rel)
        if text is None:
            if os.path.exists(path):
                differs.append(path) if check else os.remove(path)
            continue
        data = text.encode("latin-1")
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != data:
            if check:
                differs.append(path)
            else:
                with open(path, "wb") as f:
                    f.write(data)
    exp_path = os.path.join(folder, "expected.json")
    expected = json.load(open(exp_path)) if os.path.exists(exp_path) else {}
    if expected.get("description") != description or expected.get("dials") != dials:
        if check:
            differs.append(exp_path)
        else:
            expected.update(expected_stub(description, dials))
            with open(exp_path, "w") as f:
                json.dump(expected, f, indent=1, sort_keys=True)
                f.write("\n")
    return differs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    differs = []
    for name, (description, files, dials) in CASES.items():
        differs += write_case(name, description, files, dials, args.check)
    for path in differs:
        print("differs:", path)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
