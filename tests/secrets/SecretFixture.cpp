// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "SecretFixture.h"
#include "config/AsteriskUri.h"
#include "net/HandshakeRequest.h"

#include "check/Validator.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"

namespace SecretFixture {

namespace {

// The pieces each secret is written in: none of them may show, alone or joined.
const QStringList fragments = {
    QStringLiteral("Esc4pe"),     QStringLiteral("Sec7ret"),     QStringLiteral("Cont1nued"),
    QStringLiteral("T4ilSecret"), QStringLiteral("Arr0wSecret"), QStringLiteral("Inh3ritedS3cret"),
    QStringLiteral("Ur1nfo"),     QStringLiteral("Pa55w0rd"),    QStringLiteral("Spl1tAa"),
    QStringLiteral("Spl1tBb"),    QStringLiteral("Bl0ckA1"),     QStringLiteral("Bl0ckB2"),
    QStringLiteral("Pr0xyP"),     QStringLiteral("S3cretX"),     QStringLiteral("Zq7"),
    QStringLiteral("--;kX")};

// What Asterisk reads as each client's secrets (the file is built to mean exactly this).
struct Expected {
    const char *section;
    const char *password;
    const char *proxyPassword;
};
const Expected expected[] = {
    {"escaped", "Esc4pe;Sec7ret", ""},   {"continued", "Cont1nued T4ilSecret", ""},
    {"arrow", "Arr0wSecret", ""},        {"inherited", "Inh3ritedS3cret", ""},
    {"userinfo", "Ur1nfo;Pa55w0rd", ""}, {"split", "Spl1tAaSpl1tBb", ""},
    {"blockc", "Bl0ckA1Bl0ckB2", ""},    {"proxied", "Inh3ritedS3cret", "Pr0xyP;S3cretX"},
    {"stray", "Zq7--;kX", ""},
};

} // namespace

QByteArray config(quint16 port) {
    QByteArray text = "; secrets written every way Asterisk reads them\n"
                      "[tpl](!)\n"
                      "type = websocket_client\n"
                      "connection_type = per_call_config\n"
                      "reconnect_attempts = 1\n"
                      "reconnect_interval = 100\n"
                      "\n"
                      "[creds](!)\n"
                      "username = bob\n"
                      "password = Inh3ritedS3cret\n"
                      "\n"
                      "[escaped](tpl)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "username = bob\n"
                      "password = Esc4pe\\;Sec7ret\n"
                      "\n"
                      "[continued](tpl)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "username = bob\n"
                      "password = Cont1nued\n"
                      "password += T4ilSecret\n"
                      "\n"
                      "[arrow](tpl)\n"
                      "uri => ws://127.0.0.1:PORT/\n"
                      "username => bob\n"
                      "password => Arr0wSecret\n"
                      "\n"
                      "[inherited](tpl,creds)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "\n"
                      "[userinfo](tpl)\n"
                      "uri = ws://alice:Ur1nfo\\;Pa55w0rd@127.0.0.1:PORT/\n"
                      "\n"
                      "[split](tpl)\n"
                      "uri = ws://carol:Spl1tAa\n"
                      "uri +=Spl1tBb@127.0.0.1:PORT/\n"
                      "\n"
                      "[blockc](tpl)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "username = bob\n"
                      "password = Bl0ckA1;-- a note --;Bl0ckB2\n"
                      "\n"
                      "[proxied](tpl,creds)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "proxy_host = 127.0.0.1:PORT\n"
                      "proxy_username = pu\n"
                      "proxy_password = Pr0xyP\\;S3cretX\n"
                      "\n"
                      "; last: after its stray '--;' Asterisk reads the rest as a comment\n"
                      "[stray](tpl)\n"
                      "uri = ws://127.0.0.1:PORT/\n"
                      "username = bob\n"
                      "password = Zq7--;kX\n";
    return text.replace("PORT", QByteArray::number(port)).replace("\n", "\r\n");
}

QStringList sections() {
    QStringList names;
    for (const Expected &e : expected)
        names << QString::fromLatin1(e.section);
    return names;
}

QStringList secrets(const QString &path, QString *error) {
    wscm::ConfigSet set;
    if (!set.load(path, 1 << 20, error))
        return {};
    const wscm::CheckResult result = wscm::Validator::check(wscm::ResolvedConfig::resolve(set));
    QStringList all = fragments;
    for (const Expected &e : expected) {
        const wscm::ClientObject *object = result.object(QString::fromLatin1(e.section));
        if (!object || !object->valid) {
            *error = QStringLiteral("[%1] is not a valid client").arg(QLatin1StringView(e.section));
            return {};
        }
        const wscm::ClientSettings &s = object->settings;
        // The credentials Asterisk sends: the uri's userinfo when it has one, else the options.
        const QByteArray sent =
            wscm::HandshakeRequest::userInfo(wscm::AsteriskUri::parse(s.uriText.toUtf8()),
                                             s.username.toUtf8(), s.password.toUtf8())
                .value_or(QByteArray());
        const qsizetype colon = sent.indexOf(':');
        const QString password = colon < 0 ? QString() : QString::fromUtf8(sent.mid(colon + 1));
        if (password != QLatin1StringView(e.password) ||
            s.proxyPassword != QLatin1StringView(e.proxyPassword)) {
            *error = QStringLiteral("[%1] reads password '%2', proxy_password '%3'")
                         .arg(QLatin1StringView(e.section), password, s.proxyPassword);
            return {};
        }
        all << password << QString::fromLatin1(sent.toBase64());
        if (!s.proxyPassword.isEmpty())
            all << s.proxyPassword
                << QString::fromLatin1(
                       (s.proxyUsername + QLatin1Char(':') + s.proxyPassword).toUtf8().toBase64());
    }
    return all;
}

QString leak(const QByteArray &output, const QStringList &secrets) {
    const QString text = QString::fromUtf8(output);
    for (const QString &secret : secrets) {
        if (text.contains(secret))
            return secret;
    }
    return {};
}

} // namespace SecretFixture
