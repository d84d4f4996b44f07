// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "Validator.h"

#include "AsteriskQuirks.h"

#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"
#include "io/ConfigLocation.h"
#include "schema/OptionSchema.h"
#include "schema/ValueParser.h"

#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace wscm {

namespace {

using Category = ResolvedConfig::Category;
using Variable = ResolvedConfig::Variable;

// `value` is one of the comma-separated words of `choices` but for the case of its ASCII
// letters; compared in place, as every section's connection_type is.
bool isChoice(QByteArrayView choices, QByteArrayView value) {
    for (qsizetype from = 0; from <= choices.size();) {
        qsizetype to = choices.indexOf(',', from);
        if (to < 0)
            to = choices.size();
        const QByteArrayView word = choices.sliced(from, to - from);
        if (word.size() == value.size() &&
            std::equal(word.begin(), word.end(), value.begin(),
                       [](char c, char v) { return c == (v >= 'A' && v <= 'Z' ? v + 32 : v); }))
            return true;
        from = to + 1;
    }
    return false;
}

class ObjectChecker {
public:
    ObjectChecker(const ResolvedConfig &resolved, const QString &baseDir, bool localFiles,
                  const Category &category, QList<Diagnostic> &out)
        : m_resolved(resolved)
        , m_baseDir(baseDir)
        , m_localFiles(localFiles)
        , m_category(category)
        , m_section(QString::fromUtf8(category.name))
        , m_out(out) {}

    // Verdict leaves object.settings unset: only its uri is read, for the advice.
    ClientObject run(Validator::Detail detail) {
        ClientObject object;
        object.id = m_category.name;
        object.name = m_section;
        object.file = m_resolved.file(m_category.file);
        object.line = static_cast<int>(m_category.line + 1);
        // A verdict drops the object before the config goes: its values need not be copied.
        object.effective = m_resolved.effectiveOptions(
            m_category, detail == Validator::Detail::Full ? ResolvedConfig::Values::Copied
                                                          : ResolvedConfig::Values::Borrowed);
        for (const Variable &v : m_category.variables)
            checkVariable(v, object);
        checkRules(object);
        QUrl uri;
        if (detail == Validator::Detail::Full) {
            object.settings =
                ClientSettings::fromEffective(object.name, object.effective, m_baseDir);
            uri = object.settings.uri;
        } else {
            uri = ClientSettings::parseUri(
                QString::fromUtf8(object.effective.valueOrDefault(OptionSchema::index("uri"))));
        }
        adviseOn(object, uri);
        return object;
    }

private:
    QString fileOf(int file) const { return m_resolved.file(file); }

    void add(Diagnostic::Severity severity, int file, qsizetype line0, const QString &option,
             const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.file = fileOf(file);
        d.fileIndex = file;
        d.line = static_cast<int>(line0 + 1);
        d.section = m_section;
        d.option = option;
        d.message = message;
        m_out.append(d);
    }
    void error(ClientObject &object, int file, qsizetype line0, const QString &option,
               const QString &message) {
        object.objectValid = false;
        add(Diagnostic::Severity::Error, file, line0, option, message);
    }
    void warnAt(int optionIndex, const ClientObject &object, const QString &message) {
        const EffectiveValue &v = object.effective.at(optionIndex);
        const QString option = OptionSchema::at(optionIndex).nameString();
        if (v.isSet)
            add(Diagnostic::Severity::Warning, fileIndexOf(v.file), v.line - 1, option, message);
        else
            add(Diagnostic::Severity::Warning, m_category.file, m_category.line, option, message);
    }
    void errorAt(int optionIndex, ClientObject &object, const QString &message) {
        object.objectValid = false;
        warnAt(optionIndex, object, message);
        m_out.last().severity = Diagnostic::Severity::Error;
    }
    int fileIndexOf(const QString &path) const {
        return std::max(0, static_cast<int>(m_resolved.files().indexOf(path)));
    }

    void checkVariable(const Variable &v, ClientObject &object) {
        const QByteArrayView name = m_resolved.name(v);
        const QByteArrayView value = m_resolved.value(v);
        const auto where = [&] {
            return QStringLiteral("at line %1 of %2").arg(v.line + 1).arg(fileOf(v.file));
        };
        if (v.option < 0) {
            const QString nameText = QString::fromUtf8(name);
            error(object, v.file, v.line, nameText,
                  QStringLiteral("Could not find option suitable for category '%1' named '%2' %3")
                      .arg(object.name, nameText, where()));
            return;
        }
        const OptionSpec &spec = OptionSchema::at(v.option);
        const auto parseError = [&] {
            return QStringLiteral("Error parsing %1=%2 %3")
                .arg(QString::fromUtf8(name), SecretRedaction::display(spec, value, false),
                     where());
        };
        switch (spec.kind) {
        case OptionKind::Int:
            if (!ValueParser::parseInt(value))
                error(object, v.file, v.line, spec.nameString(),
                      parseError() + QStringLiteral(" (not a 32-bit integer)"));
            break;
        case OptionKind::UInt:
            if (!ValueParser::parseUInt(value))
                error(object, v.file, v.line, spec.nameString(),
                      parseError() + QStringLiteral(" (not an unsigned 32-bit integer)"));
            break;
        case OptionKind::Choice:
            if (!isChoice(spec.choices, value))
                error(object, v.file, v.line, spec.nameString(),
                      parseError() +
                          QStringLiteral(" (use %1)")
                              .arg(QString::fromLatin1(spec.choices)
                                       .replace(QLatin1Char(','), QStringLiteral(" or "))));
            break;
        case OptionKind::Bool:
            if (!ValueParser::isTrue(value) && !ValueParser::isFalseWord(value))
                add(Diagnostic::Severity::Warning, v.file, v.line, spec.nameString(),
                    QStringLiteral("%1 = '%2' is neither a yes nor a no word; Asterisk silently "
                                   "reads it as no")
                        .arg(spec.nameString(), SecretRedaction::display(spec, value, false)));
            break;
        default:
            break;
        }
    }

    // A value quoted in a message, as every output shows values: without its secrets.
    static QString shown(int option, const QByteArray &value) {
        return SecretRedaction::display(OptionSchema::at(option), value, false);
    }

    static bool isOn(const ClientObject &o, int option) {
        return ValueParser::isTrue(o.effective.valueOrDefault(option));
    }

    // Asterisk's apply step.
    void checkRules(ClientObject &object) {
        if (object.effective.valueOrDefault(OptionSchema::index("uri")).isEmpty()) {
            error(object, m_category.file, m_category.line, QStringLiteral("uri"),
                  QStringLiteral("Websocket client missing uri"));
        }
        const QByteArray proxy = object.effective.valueOrDefault(OptionSchema::index("proxy_host"));
        if (!proxy.isEmpty() && !ValueParser::hasPort(proxy)) {
            errorAt(OptionSchema::index("proxy_host"), object,
                    QStringLiteral("proxy_host '%1' is missing a port")
                        .arg(shown(OptionSchema::index("proxy_host"), proxy)));
        }
        const auto requirePositive = [&](int switchOption, std::initializer_list<int> options) {
            if (!isOn(object, switchOption))
                return;
            for (int option : options) {
                const auto value = ValueParser::parseUInt(object.effective.valueOrDefault(option));
                if (value && *value == 0) {
                    errorAt(option, object,
                            QStringLiteral("%1 must be greater than 0 when %2 is on")
                                .arg(OptionSchema::at(option).nameString(),
                                     OptionSchema::at(switchOption).nameString()));
                }
            }
        };
        requirePositive(OptionSchema::index("enable_tcp_keepalives"),
                        {OptionSchema::index("tcp_keepalive_time"),
                         OptionSchema::index("tcp_keepalive_interval"),
                         OptionSchema::index("tcp_keepalive_probes")});
        requirePositive(
            OptionSchema::index("enable_pingpongs"),
            {OptionSchema::index("pingpong_interval"), OptionSchema::index("pingpong_probes")});
    }

    // What Asterisk accepts but an admin would want to hear about.
    void adviseOn(const ClientObject &object, const QUrl &uri) {
        const QByteArray uriText = object.effective.valueOrDefault(OptionSchema::index("uri"));
        const bool tls = isOn(object, OptionSchema::index("tls_enabled"));
        if (!uriText.isEmpty()) {
            const QString scheme = uri.scheme().toLower();
            if (!uri.isValid() || uri.host().isEmpty()) {
                warnAt(OptionSchema::index("uri"), object,
                       QStringLiteral("uri '%1' is not a valid ws:// or wss:// address; connecting "
                                      "will fail")
                           .arg(shown(OptionSchema::index("uri"), uriText)));
            } else if (scheme != QLatin1StringView("ws") && scheme != QLatin1StringView("wss")) {
                warnAt(OptionSchema::index("uri"), object,
                       QStringLiteral("uri scheme '%1' is neither ws nor wss; connecting will fail")
                           .arg(scheme));
            } else if (scheme == QLatin1StringView("wss") && !tls) {
                warnAt(OptionSchema::index("uri"), object,
                       QStringLiteral("uri is wss:// but tls_enabled is no: Asterisk talks clear "
                                      "text to port %1")
                           .arg(uri.port(443)));
            } else if (scheme == QLatin1StringView("ws") && tls) {
                warnAt(OptionSchema::index("tls_enabled"), object,
                       QStringLiteral("tls_enabled is yes but uri is ws://: Asterisk starts TLS on "
                                      "port %1")
                           .arg(uri.port(443)));
            }
        }
        for (const AsteriskQuirks::Finding &f :
             AsteriskQuirks::find(object.effective, uri, m_baseDir, m_localFiles))
            warnAt(f.option, object, f.message);
        const std::pair<int, QString> verifications[] = {
            {OptionSchema::index("verify_server_cert"),
             QStringLiteral("any server certificate is accepted")},
            {OptionSchema::index("verify_server_hostname"),
             QStringLiteral("a certificate for another host is accepted")}};
        for (const auto &[option, consequence] : verifications) {
            if (object.effective.isSet(option) && !isOn(object, option)) {
                warnAt(option, object,
                       QStringLiteral("%1 is off: %2")
                           .arg(OptionSchema::at(option).nameString(), consequence));
            }
        }
        const bool hasCredentials = object.effective.isSet(OptionSchema::index("password")) ||
                                    object.effective.isSet(OptionSchema::index("username")) ||
                                    !uri.userName().isEmpty();
        if (hasCredentials && !tls) {
            const int at = object.effective.isSet(OptionSchema::index("password"))
                               ? OptionSchema::index("password")
                               : OptionSchema::index("username");
            warnAt(at, object,
                   QStringLiteral("username/password go over a connection without TLS: Basic "
                                  "authorization is readable by anyone on the path"));
        }
        const bool proxyUser = object.effective.isSet(OptionSchema::index("proxy_username"));
        const bool proxyPassword = object.effective.isSet(OptionSchema::index("proxy_password"));
        if (proxyUser || proxyPassword) {
            if (proxyUser != proxyPassword) {
                warnAt(proxyUser ? OptionSchema::index("proxy_username")
                                 : OptionSchema::index("proxy_password"),
                       object,
                       QStringLiteral("proxy credentials are sent only when both proxy_username "
                                      "and proxy_password are set"));
            } else {
                warnAt(OptionSchema::index("proxy_password"), object,
                       QStringLiteral("proxy credentials are always sent to the proxy in clear "
                                      "text, even when tls_enabled is yes"));
            }
        }
        if (isOn(object, OptionSchema::index("enable_tcp_keepalives")) &&
            !object.effective.valueOrDefault(OptionSchema::index("proxy_host")).isEmpty()) {
            warnAt(OptionSchema::index("enable_tcp_keepalives"), object,
                   QStringLiteral("through a proxy, TCP keepalives only test the hop to the proxy; "
                                  "enable_pingpongs tests the server itself"));
        }
        if (!object.effective.isSet(OptionSchema::index("connection_type"))) {
            add(Diagnostic::Severity::Warning, m_category.file, m_category.line,
                QStringLiteral("connection_type"),
                QStringLiteral("connection_type is not set; set persistent or per_call_config so "
                               "that the retry rules are known"));
        }
    }

    const ResolvedConfig &m_resolved;
    const QString &m_baseDir; // relative certificate paths are taken from here
    const bool m_localFiles;  // the config is on this computer: its folders may be looked into
    const Category &m_category;
    const QString m_section; // the category's name, as every diagnostic about it shows it
    QList<Diagnostic> &m_out;
};

// res_sorcery_config's criteria "type=websocket_client": the first variable whose name is
// "type" without case decides, and its value must be exactly websocket_client.
const Variable *typeVariable(const ResolvedConfig &resolved, const Category &category) {
    const auto type = std::find_if(
        category.variables.cbegin(), category.variables.cend(), [&](const Variable &v) {
            return resolved.name(v).compare("type", Qt::CaseInsensitive) == 0;
        });
    return type == category.variables.cend() ? nullptr : &*type;
}

// Sections that are not client objects but look as if they were meant to be.
void lintNonClient(const ResolvedConfig &resolved, const Category &category,
                   QList<Diagnostic> &out) {
    const Variable *firstType = typeVariable(resolved, category);
    const Variable *clientTypeElsewhere = nullptr;
    int optionNames = 0;
    bool hasUri = false;
    for (const Variable &v : category.variables) {
        const bool isType = resolved.name(v).compare("type", Qt::CaseInsensitive) == 0;
        if (isType && resolved.value(v).compare(OptionSchema::clientType, Qt::CaseInsensitive) == 0)
            clientTypeElsewhere = &v;
        if (!isType && v.option >= 0)
            ++optionNames;
        hasUri = hasUri || resolved.name(v).compare("uri", Qt::CaseInsensitive) == 0;
    }
    QString message;
    const Variable *at = nullptr;
    if (clientTypeElsewhere) {
        at = clientTypeElsewhere;
        message =
            firstType != clientTypeElsewhere
                ? QStringLiteral("Asterisk looks only at the first 'type' line, which says "
                                 "'%1': this section is not a websocket_client")
                      .arg(QString::fromUtf8(resolved.value(*firstType)))
                : QStringLiteral("'%1' is not exactly 'websocket_client' (Asterisk compares the "
                                 "type's value with case): this section is ignored")
                      .arg(QString::fromUtf8(resolved.value(*clientTypeElsewhere)));
    } else if (!firstType && (hasUri || optionNames >= 2)) {
        message = QStringLiteral("section has websocket_client options but no 'type = "
                                 "websocket_client'; Asterisk ignores it");
    }
    if (message.isEmpty())
        return;
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.fileIndex = at ? at->file : category.file;
    d.file = resolved.file(d.fileIndex);
    d.line = static_cast<int>((at ? at->line : category.line) + 1);
    d.section = QString::fromUtf8(category.name);
    d.option = QStringLiteral("type");
    d.message = message;
    out.append(d);
}

} // namespace

CheckResult Validator::check(const ResolvedConfig &resolved, Detail detail) {
    CheckResult result;
    result.files = resolved.files();
    result.diagnostics = resolved.diagnostics();
    result.fileRejected = resolved.isRejected();

    const QString baseDir = QFileInfo(resolved.files().value(0)).absolutePath();
    const bool localFiles = !ConfigLocation::looksRemote(resolved.files().value(0));
    // Name -> the section of the first valid object of that name, for duplicate objects;
    // sized at once, not rehashed as it grows. The names are views of the categories' own
    // (resolved outlives the map), hashed with the standard library's unseeded hash: no copy
    // and no seeded qHash per section.
    std::unordered_map<std::string_view, const Category *> loaded;
    loaded.reserve(resolved.categories().size());
    if (detail == Detail::Full)
        result.objects.reserve(resolved.categories().size());
    int validObjects = 0;
    for (const Category &category : resolved.categories()) {
        if (category.isTemplate)
            continue;
        const Variable *type = typeVariable(resolved, category);
        if (!type || resolved.value(*type) != QByteArrayView(OptionSchema::clientType)) {
            lintNonClient(resolved, category, result.diagnostics);
            continue;
        }
        ClientObject object =
            ObjectChecker(resolved, baseDir, localFiles, category, result.diagnostics).run(detail);
        // Asterisk checks each section against the objects it has built so far: a second
        // section named like a valid one is a duplicate, whatever it holds; one named like
        // an invalid one is not. Sections without a name get random ids: never duplicates.
        const std::string_view name(category.name.constData(),
                                    static_cast<size_t>(category.name.size()));
        if (const auto first = loaded.find(name);
            first != loaded.cend() && !category.name.isEmpty()) {
            const Category &earlier = *first->second;
            Diagnostic d;
            d.severity = Diagnostic::Severity::Error;
            d.fileIndex = category.file;
            d.file = object.file;
            d.line = object.line;
            d.section = object.name;
            d.message = QStringLiteral("configuration contains a duplicate object: '%1' (also "
                                       "at %2:%3); Asterisk loads nothing from this file")
                            .arg(object.name, resolved.file(earlier.file))
                            .arg(earlier.line + 1);
            d.rejectsFile = true;
            result.diagnostics.append(d);
            result.fileRejected = true;
        } else if (object.objectValid) {
            loaded.emplace(name, &category);
        }
        ++result.objectCount;
        validObjects += object.objectValid ? 1 : 0;
        if (detail == Detail::Full)
            result.objects.append(std::move(object));
    }
    for (ClientObject &object : result.objects)
        object.valid = object.objectValid && !result.fileRejected;
    result.loadingCount = result.fileRejected ? 0 : validObjects;
    const auto byPlace = [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.fileIndex, a.line) < std::tie(b.fileIndex, b.line);
    };
    // Found in file order but for a few: a pass to see it costs less than sorting 20,000.
    if (!std::is_sorted(result.diagnostics.cbegin(), result.diagnostics.cend(), byPlace))
        std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), byPlace);
    return result;
}

} // namespace wscm
