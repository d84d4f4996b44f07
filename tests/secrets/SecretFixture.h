// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// A websocket_client.conf with secrets written every way Asterisk reads them (escaped ';',
// += continuation, => objects, inherited from a template, in a URI's userinfo, split over
// += lines, around a block comment, holding a stray '--;', CRLF line ends), and every
// string that must therefore never be shown.
namespace SecretFixture {

// Every client connects to 127.0.0.1:`port` (through it as a proxy for one of them).
QByteArray config(quint16 port);
QStringList sections();
// What must never be shown: the fragments as written, each secret as Asterisk reads it
// (taken from the file by wscm's own reader, and checked against what the file means), and
// the Basic credentials sent for it. Empty, with *error set, when the file does not read as
// it should.
QStringList secrets(const QString &path, QString *error);
// The first secret `output` shows, or an empty string.
QString leak(const QByteArray &output, const QStringList &secrets);

} // namespace SecretFixture
