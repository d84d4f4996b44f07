// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>
#include <QTemporaryDir>

// Certificates made by openssl at test time: a CA, a server certificate for 127.0.0.1 and
// localhost, one for a wrong name, an expired one, and a client certificate.
class TestCertificates {
public:
    // Returns false with *error set when openssl fails.
    bool create(QString *error);

    QString dir() const { return m_dir.path(); }
    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QString serverCert() const { return path(QStringLiteral("server.crt")); }
    QString serverKey() const { return path(QStringLiteral("server.key")); }
    QString wrongNameCert() const { return path(QStringLiteral("wrongname.crt")); }
    QString wrongNameKey() const { return path(QStringLiteral("wrongname.key")); }
    QString expiredCert() const { return path(QStringLiteral("expired.crt")); }
    QString expiredKey() const { return path(QStringLiteral("expired.key")); }
    QString clientCert() const { return path(QStringLiteral("client.crt")); }
    QString clientKey() const { return path(QStringLiteral("client.key")); }
    // Directories holding only the CA certificate, for ca_list_path: one with OpenSSL's hash
    // links (`openssl rehash`), which Asterisk needs, and one without.
    QString caDir() const { return path(QStringLiteral("cadir")); }
    QString caUnhashedDir() const { return path(QStringLiteral("cadir-unhashed")); }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool run(const QStringList &arguments, QString *error);
    bool makeLeaf(const QString &name, const QString &extensions, QString *error);

    QTemporaryDir m_dir;
};
