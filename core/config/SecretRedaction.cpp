#include "SecretRedaction.h"

#include "ConfigDocument.h"
#include "schema/OptionSchema.h"

#include <QUrl>

namespace wscm {

QString SecretRedaction::display(const char *optionName, const QByteArray &value,
                                 bool showSecrets) {
    const QString text = QString::fromUtf8(value);
    if (showSecrets || value.isEmpty())
        return text;
    const OptionSpec *spec =
        OptionSchema::find(optionName, static_cast<qsizetype>(qstrlen(optionName)));
    if (spec && spec->isSecret())
        return QLatin1StringView(placeholder);
    if (spec && spec->kind == OptionKind::Uri)
        return redactUri(text);
    return text;
}

QString SecretRedaction::redactUri(const QString &uri) {
    QUrl url(uri, QUrl::TolerantMode);
    if (!url.isValid() || url.password().isEmpty())
        return uri;
    // Replace only the password's bytes, so the rest of the URI reads as written.
    const qsizetype schemeEnd = uri.indexOf(QStringLiteral("://"));
    const qsizetype at = uri.indexOf(QLatin1Char('@'), schemeEnd + 3);
    const qsizetype colon = uri.indexOf(QLatin1Char(':'), schemeEnd + 3);
    if (schemeEnd < 0 || at < 0 || colon < 0 || colon > at)
        return uri;
    return uri.left(colon + 1) + QLatin1StringView(placeholder) + uri.mid(at);
}

ConfigDocument SecretRedaction::redacted(const ConfigDocument &document) {
    ConfigDocument copy = document;
    for (qsizetype i = 0; i < copy.lineCount(); ++i) {
        if (copy.line(i).kind != ConfigLine::Kind::Variable)
            continue;
        const QByteArray name = copy.name(i);
        const OptionSpec *spec = OptionSchema::find(name.constData(), name.size());
        if (!spec || copy.value(i).isEmpty())
            continue;
        if (spec->isSecret()) {
            copy.setLineValue(i, placeholder);
        } else if (spec->kind == OptionKind::Uri) {
            const QString uri = QString::fromUtf8(copy.value(i));
            const QString safe = redactUri(uri);
            if (safe != uri)
                copy.setLineValue(i, safe.toUtf8());
        }
    }
    return copy;
}

} // namespace wscm
