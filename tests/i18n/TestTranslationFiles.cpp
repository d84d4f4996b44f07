// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every text of the app is translated into every language, the way lupdate sees the sources
// now: a text added without a translation, one left unfinished, or a %1 that a translation
// loses or adds (its argument would vanish or show as "%2") fails here.
class TestTranslationFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translationsAreFinished_data();
    void translationsAreFinished();
    void lupdateFindsNoNewText();
};

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = Message();
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

// %1 … %99 and %L1 as often as they occur; %n only counts in a plural's forms.
QStringList markers(const QString &text) {
    static const QRegularExpression marker(QStringLiteral("%L?[1-9][0-9]?"));
    QStringList found;
    for (const auto &match : marker.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

QStringList languages() {
    return QStringLiteral(WSCM_TRANSLATED_LANGUAGES).split(QLatin1Char(','));
}

QString tsFile(const QString &folder, const QString &language) {
    return QDir(folder).filePath(QStringLiteral("wscm_%1.ts").arg(language));
}

QString describe(const Message &m) {
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// What is wrong with the file's messages; English holds only the plurals, whose forms say
// "1 error" and "2 errors" for the source's "%n error(s)".
QStringList problemsOf(const QList<Message> &messages, const QString &language) {
    QStringList problems;
    for (const Message &m : messages) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(describe(m), m.type);
            continue;
        }
        if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2)) {
            problems << QStringLiteral("%1 has %2 forms").arg(describe(m)).arg(m.forms.size());
            continue;
        }
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(describe(m));
            } else if (markers(form) != markers(m.source)) {
                problems << QStringLiteral("%1: \"%2\" has %3 for %4")
                                .arg(describe(m), form, markers(form).join(QLatin1Char(' ')),
                                     markers(m.source).join(QLatin1Char(' ')));
            }
        }
        if (m.numerus && !m.forms.constLast().contains(QLatin1StringView("%n")))
            problems << QStringLiteral("%1: the plural \"%2\" lost %n")
                            .arg(describe(m), m.forms.constLast());
    }
    if (language == QLatin1StringView("en")) {
        for (const Message &m : messages) {
            if (!m.numerus)
                problems << QStringLiteral("%1 is no plural: wscm_en.ts holds only plurals")
                                .arg(describe(m));
        }
    }
    return problems;
}

} // namespace

void TestTranslationFiles::translationsAreFinished_data() {
    QTest::addColumn<QString>("language");
    QStringList all = languages();
    all << QStringLiteral("en");
    for (const QString &language : std::as_const(all))
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationFiles::translationsAreFinished() {
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsFile(QStringLiteral(WSCM_TS_DIR), language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The app has some 500 texts, 20 of them plurals: a file that lost them is no translation.
    QVERIFY(messages.size() >= (language == QLatin1StringView("en") ? 10 : 300));
    const QStringList problems = problemsOf(messages, language);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// lupdate over the sources, as `cmake --build build --target update_translations` runs it,
// into copies of the .ts files: any text it adds (a new tr() nobody translated) is unfinished.
void TestTranslationFiles::lupdateFindsNoNewText() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList copies;
    for (const QString &language : languages()) {
        copies << tsFile(dir.path(), language);
        QVERIFY(QFile::copy(tsFile(QStringLiteral(WSCM_TS_DIR), language), copies.constLast()));
    }
    const QString english = tsFile(dir.path(), QStringLiteral("en"));
    QVERIFY(QFile::copy(tsFile(QStringLiteral(WSCM_TS_DIR), QStringLiteral("en")), english));
    const QStringList sources = QStringLiteral(WSCM_TRANSLATED_DIRS).split(QLatin1Char(','));
    const auto lupdate = [&](const QStringList &options, const QStringList &files) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(WSCM_LUPDATE),
                      QStringList{QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-no-obsolete"), QStringLiteral("-recursive")}
                          << options << sources << QStringLiteral("-ts") << files);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(process.readAll());
        return QString();
    };
    QString failure = lupdate({}, copies);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = lupdate({QStringLiteral("-pluralonly")}, {english});
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QStringList missing;
    for (const QString &copy : copies << english) {
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            if (m.type == QLatin1StringView("unfinished"))
                missing << QFileInfo(copy).fileName() + QStringLiteral(": ") + describe(m);
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 texts have no translation yet; run `cmake --build "
                                       "build --target update_translations` and translate them:\n")
                            .arg(missing.size()) +
                        missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "TestTranslationFiles.moc"
