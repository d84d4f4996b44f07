// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace wscm {

namespace {

// Where ui/CMakeLists.txt puts the compiled .qm files.
const QString resourceFolder = QStringLiteral(":/i18n");

// The translators now installed, owned by the application so that they live as long as it.
QPointer<QTranslator> &installed(int which) {
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

QTranslator *loaded(const QLocale &locale, const QString &name, const QString &folder) {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return translator;
    delete translator;
    return nullptr;
}

void replace(int which, QTranslator *translator) {
    QPointer<QTranslator> &slot = installed(which);
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QList<AppLanguage::Choice> AppLanguage::choices() {
    return {
        {QString(), QCoreApplication::translate("wscm::AppLanguage", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    };
}

QLocale AppLanguage::locale(const QString &code) {
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool AppLanguage::install(const QString &code) {
    const QLocale wanted = locale(code);
    QTranslator *own = loaded(wanted, QStringLiteral("wscm"), resourceFolder);
    const bool translated = own != nullptr;
    // A language wscm has no translation for shows the English source texts, with the
    // English plurals ("1 error", "2 errors") from wscm_en.
    if (!own)
        own = loaded(QLocale(QLocale::English), QStringLiteral("wscm"), resourceFolder);
    replace(0, own);
    replace(1, loaded(wanted, QStringLiteral("qtbase"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    QLocale::setDefault(translated ? wanted : QLocale::system());
    return translated;
}

} // namespace wscm
