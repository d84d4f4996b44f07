#include "TlsConfiguration.h"

#include "config/ClientSettings.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace wscm {

namespace {

QList<QSslCertificate> certificatesIn(const QString &directory) {
    QList<QSslCertificate> all;
    // Asterisk's directory is OpenSSL's hashed CA path; reading every file finds the same
    // certificates without requiring the c_rehash links.
    const QFileInfoList files = QDir(directory).entryInfoList(QDir::Files | QDir::Readable);
    for (const QFileInfo &file : files) {
        QList<QSslCertificate> certificates = QSslCertificate::fromPath(file.filePath(), QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromPath(file.filePath(), QSsl::Der);
        all += certificates;
    }
    return all;
}

QSslKey readKey(const QByteArray &pem) {
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

bool fail(QString *error, const QString &text) {
    if (error)
        *error = text;
    return false;
}

} // namespace

bool TlsConfiguration::build(const ClientSettings &s, QSslConfiguration *configuration,
                             QString *error) {
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities;
    if (!s.caListFile.isEmpty()) {
        authorities = QSslCertificate::fromPath(s.caListFile, QSsl::Pem);
        if (authorities.isEmpty())
            return fail(error,
                        QStringLiteral("no CA certificate could be read from ca_list_file %1")
                            .arg(s.caListFile));
    }
    if (!s.caListPath.isEmpty()) {
        if (!QDir(s.caListPath).exists())
            return fail(error,
                        QStringLiteral("ca_list_path %1 is not a directory").arg(s.caListPath));
        authorities += certificatesIn(s.caListPath);
    }
    // With CAs named in the section only those are trusted, as OpenSSL does when Asterisk
    // loads them; without, the system store stands in.
    if (!s.caListFile.isEmpty() || !s.caListPath.isEmpty())
        conf.setCaCertificates(authorities);

    if (!s.certFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(s.certFile, QSsl::Pem);
        if (chain.isEmpty())
            return fail(error, QStringLiteral("cannot read cert_file %1 as PEM").arg(s.certFile));
        conf.setLocalCertificateChain(chain);
        // Asterisk reads the key from the certificate file when priv_key_file is not set.
        const QString keyPath = s.privKeyFile.isEmpty() ? s.certFile : s.privKeyFile;
        QFile keyFile(keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(error, QStringLiteral("cannot read priv_key_file %1").arg(keyPath));
        const QSslKey key = readKey(keyFile.readAll());
        if (key.isNull())
            return fail(error, QStringLiteral("no usable private key in %1").arg(keyPath));
        conf.setPrivateKey(key);
    }
    conf.setPeerVerifyMode(s.verifyServerCert ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    *configuration = conf;
    return true;
}

bool TlsConfiguration::forgivable(const ClientSettings &settings, const QList<QSslError> &errors) {
    if (!settings.verifyServerCert)
        return true;
    if (settings.verifyServerHostname || errors.isEmpty())
        return false;
    for (const QSslError &e : errors) {
        if (e.error() != QSslError::HostNameMismatch)
            return false;
    }
    return true;
}

} // namespace wscm
