// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "TlsConfiguration.h"

#include "config/ClientSettings.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>

namespace wscm {

namespace {

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;
using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

Bio memoryBio(const QByteArray &bytes) {
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())), &BIO_free);
}

// OpenSSL's name hash of a certificate's subject: the name `openssl rehash` gives its link,
// and the only name under which OpenSSL looks for it in a CA folder.
unsigned long subjectHash(const QSslCertificate &certificate) {
    const QByteArray der = certificate.toDer();
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    const X509Ptr x509(d2i_X509(nullptr, &data, long(der.size())), &X509_free);
    return x509 ? X509_subject_name_hash(x509.get()) : 0;
}

// SSL_CTX_use_PrivateKey_file's test: the first key in the PEM text belongs to the first
// certificate. When it does not, OpenSSL drops the certificate and Asterisk goes on without.
bool keyFitsCertificate(const QByteArray &certificatePem, const QByteArray &keyPem) {
    const Bio certBio = memoryBio(certificatePem);
    const Bio keyBio = memoryBio(keyPem);
    const X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    // An empty passphrase: Asterisk has no way to give one.
    const KeyPtr key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char *>("")),
        &EVP_PKEY_free);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

QSslKey readKey(const QByteArray &pem) {
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

// strcasecmp in the C locale: only ASCII letters fold.
bool equalAsciiNoCase(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a.at(i);
        char y = b.at(i);
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

QString opensslText(QSslError::SslError error) {
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
        return QStringLiteral("unable to get issuer certificate");
    case QSslError::UnableToDecryptCertificateSignature:
        return QStringLiteral("unable to decrypt certificate's signature");
    case QSslError::UnableToDecodeIssuerPublicKey:
        return QStringLiteral("unable to decode issuer public key");
    case QSslError::CertificateSignatureFailed:
        return QStringLiteral("certificate signature failure");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("certificate is not yet valid");
    case QSslError::CertificateExpired:
        return QStringLiteral("certificate has expired");
    case QSslError::InvalidNotBeforeField:
        return QStringLiteral("format error in certificate's notBefore field");
    case QSslError::InvalidNotAfterField:
        return QStringLiteral("format error in certificate's notAfter field");
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("self-signed certificate");
    case QSslError::SelfSignedCertificateInChain:
        return QStringLiteral("self-signed certificate in certificate chain");
    case QSslError::UnableToGetLocalIssuerCertificate:
        return QStringLiteral("unable to get local issuer certificate");
    case QSslError::UnableToVerifyFirstCertificate:
        return QStringLiteral("unable to verify the first certificate");
    case QSslError::CertificateRevoked:
        return QStringLiteral("certificate revoked");
    case QSslError::InvalidCaCertificate:
        return QStringLiteral("invalid CA certificate");
    case QSslError::PathLengthExceeded:
        return QStringLiteral("path length constraint exceeded");
    case QSslError::InvalidPurpose:
        return QStringLiteral("unsupported certificate purpose");
    case QSslError::CertificateUntrusted:
        return QStringLiteral("certificate not trusted");
    case QSslError::CertificateRejected:
        return QStringLiteral("certificate rejected");
    case QSslError::SubjectIssuerMismatch:
        return QStringLiteral("subject issuer mismatch");
    case QSslError::AuthorityIssuerSerialNumberMismatch:
        return QStringLiteral("authority and issuer serial number mismatch");
    case QSslError::NoPeerCertificate:
        return QStringLiteral("no certificate from the server");
    default:
        break;
    }
    return QSslError(error).errorString();
}

} // namespace

QList<QSslCertificate> TlsConfiguration::hashedFolderCertificates(const QString &folder) {
    static const QRegularExpression hashName(QStringLiteral("^([0-9a-f]{8})\\.([0-9]+)$"));
    QDir dir(folder);
    QHash<QString, QList<int>> byHash;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Readable)) {
        const auto match = hashName.match(name);
        if (match.hasMatch())
            byHash[match.captured(1)].append(match.captured(2).toInt());
    }
    QList<QSslCertificate> all;
    for (auto it = byHash.cbegin(); it != byHash.cend(); ++it) {
        const unsigned long hash = it.key().toULong(nullptr, 16);
        // OpenSSL looks for a CA by the hash of its name: it opens HASH.0, HASH.1, ... (and
        // stops at the first that is missing) and loads what they hold. A file under another
        // hash than its certificate's is never opened for it.
        for (int n = 0; it.value().contains(n); ++n) {
            const QList<QSslCertificate> inFile = QSslCertificate::fromPath(
                dir.filePath(QStringLiteral("%1.%2").arg(it.key()).arg(n)), QSsl::Pem);
            const bool named = std::any_of(inFile.cbegin(), inFile.cend(), [hash](const auto &c) {
                return subjectHash(c) == hash;
            });
            if (named)
                all += inFile;
        }
    }
    return all;
}

QSslConfiguration TlsConfiguration::build(const ClientSettings &s, QStringList *notes) {
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> authorities;
    bool caFileLoaded = true;
    if (!s.caListFile.isEmpty()) {
        authorities = QSslCertificate::fromPath(s.caListFile, QSsl::Pem);
        caFileLoaded = !authorities.isEmpty();
        if (!caFileLoaded)
            *notes << QStringLiteral("no CA certificate could be read from ca_list_file %1")
                          .arg(s.caListFile);
    }
    if (!s.caListPath.isEmpty()) {
        if (!caFileLoaded)
            *notes << QStringLiteral("ca_list_path is not read either (OpenSSL stops at the "
                                     "failed ca_list_file)");
        else
            authorities += hashedFolderCertificates(s.caListPath);
    }
    // Also when empty: an explicit list switches off Qt's loading of the system store.
    conf.setCaCertificates(authorities);

    if (!s.certFile.isEmpty()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(s.certFile, QSsl::Pem);
        const QString keyPath = s.privKeyFile.isEmpty() ? s.certFile : s.privKeyFile;
        QFile keyFile(keyPath);
        const QByteArray keyPem =
            keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll() : QByteArray();
        const QSslKey key = readKey(keyPem);
        bool fits = false;
        if (chain.isEmpty())
            *notes << QStringLiteral("cert_file %1 holds no PEM certificate: no client "
                                     "certificate is sent")
                          .arg(s.certFile);
        else if (key.isNull())
            *notes << QStringLiteral("no usable private key in %1: no client certificate is sent")
                          .arg(keyPath);
        else if (!(fits = keyFitsCertificate(chain.first().toPem(), keyPem)))
            *notes << QStringLiteral("the key in %1 does not belong to the certificate in %2: no "
                                     "client certificate is sent")
                          .arg(keyPath, s.certFile);
        if (fits) {
            conf.setLocalCertificateChain(chain);
            conf.setPrivateKey(key);
        }
    }
    // Asterisk never aborts the handshake for the certificate; it judges it afterwards. Qt
    // does the same with VerifyPeer: errors are reported once the handshake is done.
    conf.setPeerVerifyMode(s.verifyServerCert ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return conf;
}

QString TlsConfiguration::chainFailure(const QList<QSslError> &errors) {
    for (const QSslError &error : errors) {
        if (error.error() != QSslError::HostNameMismatch)
            return opensslText(error.error());
    }
    return QString();
}

bool TlsConfiguration::nameMatches(const QByteArray &host, const QSslCertificate &certificate) {
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    names += certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString &name : std::as_const(names)) {
        const QByteArray bytes = name.toUtf8();
        // A name holding a NUL never matches (Asterisk refuses it).
        if (!bytes.contains('\0') && equalAsciiNoCase(bytes, host))
            return true;
    }
    return false;
}

QString TlsConfiguration::namesOf(const QSslCertificate &certificate) {
    QStringList parts;
    for (const QString &cn : certificate.subjectInfo(QSslCertificate::CommonName))
        parts << QStringLiteral("CN=") + cn;
    for (const QString &dns : certificate.subjectAlternativeNames().values(QSsl::DnsEntry))
        parts << QStringLiteral("DNS=") + dns;
    return parts.isEmpty() ? QStringLiteral("no CN or DNS name")
                           : parts.join(QLatin1StringView(", "));
}

} // namespace wscm
