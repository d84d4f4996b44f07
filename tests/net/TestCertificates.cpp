// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace {

bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

bool TestCertificates::run(const QStringList &arguments, QString *error) {
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')),
                          QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::makeLeaf(const QString &name, const QString &extensions, QString *error) {
    const QString ext = name + QStringLiteral(".ext");
    if (!writeFile(path(ext), extensions.toUtf8()))
        return false;
    return run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=") + name + QStringLiteral("/O=wscm tests")},
               error) &&
           run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                name + QStringLiteral(".crt")},
               error);
}

bool TestCertificates::create(QString *error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString serverExt =
        QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
              QStringLiteral("ca.crt"), QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-subj"), QStringLiteral("/CN=wscm test CA/O=wscm tests")},
             error) ||
        !makeLeaf(QStringLiteral("server"), serverExt, error) ||
        !makeLeaf(QStringLiteral("wrongname"), QStringLiteral("subjectAltName=DNS:wrong.example\n"),
                  error) ||
        !makeLeaf(QStringLiteral("client"), QStringLiteral("extendedKeyUsage=clientAuth\n"), error))
        return false;

    // openssl 3.0's x509 cannot backdate, `openssl ca` can: a minimal CA database for it.
    QDir(m_dir.path()).mkpath(QStringLiteral("newcerts"));
    const QByteArray caConfig = "[ca]\ndefault_ca=test\n[test]\ndir=.\ndatabase=index.txt\n"
                                "new_certs_dir=newcerts\nserial=serial\ndefault_md=sha256\n"
                                "policy=any\ncopy_extensions=copy\n[any]\ncommonName=supplied\n";
    if (!writeFile(path(QStringLiteral("ca.cnf")), caConfig) ||
        !writeFile(path(QStringLiteral("index.txt")), QByteArray()) ||
        !writeFile(path(QStringLiteral("serial")), "1000\n") ||
        !writeFile(path(QStringLiteral("expired.ext")), serverExt.toUtf8()))
        return false;
    if (!run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), QStringLiteral("expired.key"), QStringLiteral("-out"),
              QStringLiteral("expired.csr"), QStringLiteral("-subj"),
              QStringLiteral("/CN=expired")},
             error) ||
        !run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
              QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
              QStringLiteral("ca.crt"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
              QStringLiteral("-in"), QStringLiteral("expired.csr"), QStringLiteral("-out"),
              QStringLiteral("expired.crt"), QStringLiteral("-extfile"),
              QStringLiteral("expired.ext"), QStringLiteral("-startdate"),
              QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
              QStringLiteral("20200102000000Z")},
             error))
        return false;

    QDir(m_dir.path()).mkpath(QStringLiteral("cadir"));
    QDir(m_dir.path()).mkpath(QStringLiteral("cadir-unhashed"));
    return QFile::copy(caFile(), caDir() + QStringLiteral("/ca.pem")) &&
           QFile::copy(caFile(), caUnhashedDir() + QStringLiteral("/ca.pem")) &&
           run({QStringLiteral("rehash"), caDir()}, error);
}
