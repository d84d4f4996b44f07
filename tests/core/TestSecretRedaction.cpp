#include "config/ConfigDocument.h"
#include "config/SecretRedaction.h"

#include <QTest>

using namespace wscm;

class TestSecretRedaction : public QObject {
    Q_OBJECT
private slots:
    void display() {
        QCOMPARE(SecretRedaction::display("password", "hunter2", false), QString("********"));
        QCOMPARE(SecretRedaction::display("PROXY_PASSWORD", "x", false), QString("********"));
        QCOMPARE(SecretRedaction::display("password", "hunter2", true), QString("hunter2"));
        QCOMPARE(SecretRedaction::display("password", "", false), QString());
        QCOMPARE(SecretRedaction::display("username", "bob", false), QString("bob"));
        QCOMPARE(SecretRedaction::display("uri", "ws://u:pw@h:1/p", false),
                 QString("ws://u:********@h:1/p"));
        QCOMPARE(SecretRedaction::display("uri", "ws://u@h/p", false), QString("ws://u@h/p"));
    }
    void documentKeepsEveryOtherByte() {
        const QByteArray in(
            "; password = commented stays\r\n[a]\r\npassword = hunter2 ; c\r\n"
            "Proxy_Password=p\\;w\r\nusername = bob\r\nuri = wss://u:x@h/\r\npassword =\r\n");
        const QByteArray out("; password = commented stays\r\n[a]\r\npassword = ******** ; c\r\n"
                             "Proxy_Password=********\r\nusername = bob\r\nuri = "
                             "wss://u:********@h/\r\npassword =\r\n");
        QCOMPARE(SecretRedaction::redacted(ConfigDocument(in)).bytes(), out);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "TestSecretRedaction.moc"
