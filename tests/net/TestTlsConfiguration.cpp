// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "config/ClientSettings.h"
#include "net/TlsConfiguration.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using wscm::TlsConfiguration;

// Asterisk's TLS rules on certificates made by tests/parity/tls/make-certs.sh, the script the
// real Asterisk's TLS recordings were made with.
class TestTlsConfiguration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesAreTextAgainstCnAndDnsOnly_data();
    void namesAreTextAgainstCnAndDnsOnly();
    void hashedFolderNeedsTheRightConsecutiveHashLinks();
    void caComesOnlyFromTheSection();
    void unusableFilesAreNotedAndSkipped();
    void chainFailureIsTheFirstNonNameError();

private:
    QSslCertificate certificate(const QString &name) const;
    QTemporaryDir m_dir;
};

void TestTlsConfiguration::initTestCase() {
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral(WSCM_SOURCE_DIR "/tests/parity/tls/make-certs.sh"), {m_dir.path()});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
}

QSslCertificate TestTlsConfiguration::certificate(const QString &name) const {
    const auto list = QSslCertificate::fromPath(m_dir.filePath(name + u".crt"_s));
    return list.isEmpty() ? QSslCertificate() : list.first();
}

void TestTlsConfiguration::namesAreTextAgainstCnAndDnsOnly_data() {
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("matches");
    QTest::newRow("DNS name") << u"dnsonly"_s << QByteArray("localhost") << true;
    QTest::newRow("without case") << u"dnsonly"_s << QByteArray("LocalHost") << true;
    QTest::newRow("CN") << u"cnonly"_s << QByteArray("localhost") << true;
    QTest::newRow("IP SAN never counts") << u"good"_s << QByteArray("127.0.0.1") << false;
    QTest::newRow("IP-only certificate") << u"iponly"_s << QByteArray("127.0.0.1") << false;
    QTest::newRow("CN holding an IP as text") << u"cnip"_s << QByteArray("127.0.0.1") << true;
    QTest::newRow("IPv6 literal cut to [") << u"bracket"_s << QByteArray("[") << true;
    QTest::newRow("other name") << u"wrongname"_s << QByteArray("localhost") << false;
}

void TestTlsConfiguration::namesAreTextAgainstCnAndDnsOnly() {
    QFETCH(QString, cert);
    QFETCH(QByteArray, host);
    QFETCH(bool, matches);
    const QSslCertificate c = certificate(cert);
    QVERIFY(!c.isNull());
    QCOMPARE(TlsConfiguration::nameMatches(host, c), matches);
}

void TestTlsConfiguration::hashedFolderNeedsTheRightConsecutiveHashLinks() {
    QCOMPARE(TlsConfiguration::hashedFolderCertificates(m_dir.filePath(u"cadir-hashed"_s)).size(),
             1);
    QVERIFY(
        TlsConfiguration::hashedFolderCertificates(m_dir.filePath(u"cadir-unhashed"_s)).isEmpty());
    const QString hash =
        QDir(m_dir.filePath(u"cadir-hashed"_s)).entryList({u"*.0"_s}).value(0).section(u'.', 0, 0);
    QCOMPARE(hash.size(), 8);
    const auto folderWith = [this](const QString &name, const QString &file) {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        QFile::copy(m_dir.filePath(u"ca.crt"_s), folder + u'/' + file);
        return TlsConfiguration::hashedFolderCertificates(folder);
    };
    // HASH.1 without HASH.0: OpenSSL stops at the missing .0 and finds nothing.
    QVERIFY(folderWith(u"cadir-gap"_s, hash + u".1"_s).isEmpty());
    // A link under another hash is never opened for this CA.
    QVERIFY(folderWith(u"cadir-wrong-hash"_s, u"0badcafe.0"_s).isEmpty());
    QCOMPARE(folderWith(u"cadir-own-hash"_s, hash + u".0"_s).size(), 1);
}

void TestTlsConfiguration::caComesOnlyFromTheSection() {
    wscm::ClientSettings s;
    QStringList notes;
    // Nothing named: an empty list, which keeps Qt from loading the system store.
    QVERIFY(TlsConfiguration::build(s, &notes).caCertificates().isEmpty());
    s.caListFile = m_dir.filePath(u"otherca.crt"_s);
    s.caListPath = m_dir.filePath(u"cadir-hashed"_s);
    QCOMPARE(TlsConfiguration::build(s, &notes).caCertificates().size(), 2);
    QVERIFY(notes.isEmpty());
}

void TestTlsConfiguration::unusableFilesAreNotedAndSkipped() {
    wscm::ClientSettings s;
    s.caListFile = m_dir.filePath(u"no-such.crt"_s);
    s.caListPath = m_dir.filePath(u"cadir-hashed"_s);
    s.certFile = m_dir.filePath(u"client.crt"_s);
    s.privKeyFile = m_dir.filePath(u"no-such.key"_s);
    QStringList notes;
    const QSslConfiguration conf = TlsConfiguration::build(s, &notes);
    // OpenSSL stops at the failed ca_list_file, so the folder is not read either.
    QVERIFY(conf.caCertificates().isEmpty());
    QVERIFY(conf.localCertificate().isNull());
    QCOMPARE(notes.size(), 3);
    // The key from cert_file when priv_key_file is unset.
    wscm::ClientSettings combined;
    combined.certFile = m_dir.filePath(u"client-with-key.pem"_s);
    notes.clear();
    QVERIFY(!TlsConfiguration::build(combined, &notes).privateKey().isNull());
    QVERIFY(notes.isEmpty());
}

void TestTlsConfiguration::chainFailureIsTheFirstNonNameError() {
    QCOMPARE(TlsConfiguration::chainFailure({QSslError(QSslError::HostNameMismatch)}), QString());
    QCOMPARE(
        TlsConfiguration::chainFailure({QSslError(QSslError::HostNameMismatch),
                                        QSslError(QSslError::UnableToGetLocalIssuerCertificate),
                                        QSslError(QSslError::UnableToVerifyFirstCertificate)}),
        u"unable to get local issuer certificate"_s);
    QCOMPARE(TlsConfiguration::chainFailure({QSslError(QSslError::CertificateExpired)}),
             u"certificate has expired"_s);
}

QTEST_GUILESS_MAIN(TestTlsConfiguration)
#include "TestTlsConfiguration.moc"
