// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AriObjects.h"

#include "config/ResolvedConfig.h"
#include "schema/ValueParser.h"

#include <QHash>

namespace wscm {

namespace {

using Category = ResolvedConfig::Category;
using Variable = ResolvedConfig::Variable;

const QByteArray userType = QByteArrayLiteral("user");
const QByteArray owcType = QByteArrayLiteral("outbound_websocket");

struct User {
    QByteArray id;
    bool plain = true;
};

struct Owc {
    OutboundWebsocket object;
    int clientLine = 0, appsLine = 0, userLine = 0; // 1-based, 0 when not set
    int appsFile = 0, userFile = 0;
};

QList<QByteArray> appNames(const QByteArray &apps) {
    QList<QByteArray> names;
    for (const QByteArray &a : apps.split(','))
        names.append(a.trimmed());
    return names;
}

class Judge {
public:
    Judge(const ResolvedConfig &ari, const QSet<QByteArray> &clients, ConsumerResult &out)
        : m_ari(ari)
        , m_clients(clients)
        , m_out(out) {}

    void run() {
        for (qsizetype i = 0; i < m_ari.categories().size(); ++i)
            lint(m_ari.categories().at(i));
        const QList<User> users =
            loadType<User>(userType, [&](const Category &c, User &u) { return parseUser(c, u); });
        QList<Owc> owcs =
            loadType<Owc>(owcType, [&](const Category &c, Owc &o) { return parseOwc(c, o); });
        validate(owcs, users);
        for (const Owc &o : owcs)
            m_out.outboundWebsockets.append(o.object);
    }

private:
    Diagnostic &add(Diagnostic::Severity severity, int file, int line, const QByteArray &section,
                    const QString &option, const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.fileIndex = file;
        d.file = m_ari.file(file);
        d.line = line;
        d.section = QString::fromUtf8(section);
        d.option = option;
        d.message = message;
        m_out.diagnostics.append(d);
        return m_out.diagnostics.last();
    }
    Diagnostic &add(Diagnostic::Severity severity, const Variable &v, const QByteArray &section,
                    const QString &message) {
        return add(severity, v.file, v.line + 1, section,
                   QString::fromUtf8(m_ari.name(v)).toLower(), message);
    }
    QByteArray typeOf(const Category &c) const {
        const Variable *type = m_ari.firstVariable(c, "type");
        return type ? m_ari.value(*type).toByteArray() : QByteArray();
    }

    // Sections res_ari silently ignores although they look meant for it.
    void lint(const Category &c) {
        if (c.isTemplate)
            return;
        const Variable *type = m_ari.firstVariable(c, "type");
        const QByteArray value = type ? m_ari.value(*type).toByteArray() : QByteArray();
        if (type && value != userType && value != owcType) {
            for (const QByteArray &known : {owcType, userType}) {
                if (value.compare(known, Qt::CaseInsensitive) == 0)
                    add(Diagnostic::Severity::Warning, *type, c.name,
                        QStringLiteral("type = %1 is not exactly '%2' (Asterisk compares the type "
                                       "with case): Asterisk silently ignores this section")
                            .arg(QString::fromUtf8(value), QString::fromLatin1(known)));
            }
            if (value.compare("websocket_client", Qt::CaseInsensitive) == 0)
                add(Diagnostic::Severity::Warning, *type, c.name,
                    QStringLiteral("a websocket_client belongs in websocket_client.conf: Asterisk "
                                   "silently ignores it in ari.conf"));
        } else if (!type && c.name != "general" && m_ari.firstVariable(c, "websocket_client_id")) {
            add(Diagnostic::Severity::Warning, c.file, static_cast<int>(c.line + 1), c.name, {},
                QStringLiteral("section has no 'type = outbound_websocket': Asterisk silently "
                               "ignores it"));
        }
    }

    // res_sorcery_config: the sections of one type become objects; one that fails is not
    // created; a second section named like a created object rejects every object of the type.
    template <typename T, typename Parse> QList<T> loadType(const QByteArray &type, Parse parse) {
        QList<T> objects;
        QHash<QByteArray, const Category *> created;
        for (const Category &c : m_ari.categories()) {
            if (c.isTemplate || typeOf(c) != type)
                continue;
            T object;
            const bool ok = parse(c, object);
            if (const Category *earlier = created.value(c.name)) {
                add(Diagnostic::Severity::Error, c.file, static_cast<int>(c.line + 1), c.name, {},
                    QStringLiteral("Config file 'ari.conf' could not be loaded; configuration "
                                   "contains a duplicate object: '%1' of type '%2' (also at "
                                   "%3:%4): Asterisk creates no %2 at all")
                        .arg(QString::fromUtf8(c.name), QString::fromLatin1(type),
                             m_ari.file(earlier->file))
                        .arg(earlier->line + 1));
                return {};
            }
            if (!ok) {
                add(Diagnostic::Severity::Error, c.file, static_cast<int>(c.line + 1), c.name, {},
                    QStringLiteral("Could not create an object of type '%1' with id '%2': "
                                   "Asterisk does not create it")
                        .arg(QString::fromLatin1(type), QString::fromUtf8(c.name)));
                continue;
            }
            created.insert(c.name, &c);
            objects.append(std::move(object));
        }
        return objects;
    }

    // The options of one object in order, as config_options.c applies them: the first that
    // is unknown or does not parse ends the object.
    template <typename Handle>
    bool parseOptions(const Category &c, const QList<QByteArray> &known, Handle handle) {
        for (const Variable &v : c.variables) {
            const QByteArray name = m_ari.name(v).toByteArray().toLower();
            if (name == "type")
                continue;
            if (!known.contains(name)) {
                add(Diagnostic::Severity::Error, v, c.name,
                    QStringLiteral("Could not find option suitable for category '%1' named '%2' "
                                   "at line %3")
                        .arg(QString::fromUtf8(c.name), QString::fromUtf8(m_ari.name(v)))
                        .arg(v.line + 1));
                return false;
            }
            if (!handle(name, v))
                return false;
        }
        return true;
    }

    bool parseUser(const Category &c, User &user) {
        user.id = c.name;
        QByteArray password;
        const bool parsed = parseOptions(
            c, {"password", "read_only", "password_format", "permit", "deny", "acl"},
            [&](const QByteArray &name, const Variable &v) {
                const QByteArray value = m_ari.value(v).toByteArray();
                if (name == "password") {
                    password = value;
                } else if (name == "password_format") {
                    if (value.compare("plain", Qt::CaseInsensitive) == 0) {
                        user.plain = true;
                    } else if (value.compare("crypt", Qt::CaseInsensitive) == 0) {
                        user.plain = false;
                    } else {
                        add(Diagnostic::Severity::Error, v, c.name,
                            QStringLiteral("Error parsing password_format=%1 at line %2 (plain or "
                                           "crypt)")
                                .arg(QString::fromUtf8(value))
                                .arg(v.line + 1));
                        return false;
                    }
                }
                return true;
            });
        if (!parsed)
            return false;
        if (password.isEmpty()) {
            add(Diagnostic::Severity::Error, c.file, static_cast<int>(c.line + 1), c.name,
                QStringLiteral("password"), QStringLiteral("User missing password"));
            return false;
        }
        return true;
    }

    bool parseOwc(const Category &c, Owc &owc) {
        OutboundWebsocket &o = owc.object;
        o.id = c.name;
        o.file = m_ari.file(c.file);
        o.line = static_cast<int>(c.line + 1);
        bool hasClient = false;
        const bool parsed = parseOptions(
            c, {"websocket_client_id", "apps", "local_ari_user", "subscribe_all"},
            [&](const QByteArray &name, const Variable &v) {
                const QByteArray value = m_ari.value(v).toByteArray();
                if (name == "websocket_client_id") {
                    use(c, v, value);
                    if (value.isEmpty()) {
                        add(Diagnostic::Severity::Error, v, c.name,
                            QStringLiteral("Outbound websocket missing websocket client id"));
                        return false;
                    }
                    if (!m_clients.contains(value)) {
                        add(Diagnostic::Severity::Error, v, c.name,
                            QStringLiteral("Outbound websocket invalid websocket client id '%1': "
                                           "no websocket_client of that id loads")
                                .arg(QString::fromUtf8(value)));
                        return false;
                    }
                    hasClient = true;
                    o.client = value;
                    owc.clientLine = v.line + 1;
                } else if (name == "apps") {
                    o.apps = value;
                    owc.appsLine = v.line + 1;
                    owc.appsFile = v.file;
                } else if (name == "local_ari_user") {
                    o.localAriUser = value;
                    owc.userLine = v.line + 1;
                    owc.userFile = v.file;
                } else if (name == "subscribe_all") {
                    o.subscribeAll = ValueParser::isTrue(value);
                    if (!ValueParser::isTrue(value) && !ValueParser::isFalseWord(value))
                        add(Diagnostic::Severity::Warning, v, c.name,
                            QStringLiteral("subscribe_all = '%1' is neither a yes nor a no word; "
                                           "Asterisk silently reads it as no")
                                .arg(QString::fromUtf8(value)));
                }
                return true;
            });
        if (!parsed)
            return false;
        // The apply step: every problem is logged, then the object is not created.
        bool ok = true;
        const auto refuse = [&](int file, int line, const QString &option, const QString &text) {
            add(Diagnostic::Severity::Error, file, line, c.name, option, text);
            ok = false;
        };
        const int header = static_cast<int>(c.line + 1);
        if (!hasClient)
            refuse(c.file, header, QStringLiteral("websocket_client_id"),
                   QStringLiteral("Outbound websocket missing websocket_client_id"));
        if (o.apps.isEmpty()) {
            refuse(c.file, header, QStringLiteral("apps"),
                   QStringLiteral("Outbound websocket missing apps"));
        } else {
            for (const QByteArray &app : appNames(o.apps)) {
                if (app.isEmpty())
                    refuse(owc.appsFile, owc.appsLine, QStringLiteral("apps"),
                           QStringLiteral("Outbound websocket has empty app"));
                else if (app.size() > AriObjects::maxAppName)
                    refuse(owc.appsFile, owc.appsLine, QStringLiteral("apps"),
                           QStringLiteral("Outbound websocket app '%1' > %2 characters")
                               .arg(QString::fromUtf8(app))
                               .arg(AriObjects::maxAppName));
            }
        }
        if (o.localAriUser.isEmpty())
            refuse(c.file, header, QStringLiteral("local_ari_user"),
                   QStringLiteral("Outbound websocket missing local_ari_user"));
        return ok;
    }

    void use(const Category &c, const Variable &v, const QByteArray &client) {
        ClientUse u;
        u.kind = ClientUse::Kind::Ari;
        u.file = m_ari.file(v.file);
        u.line = v.line + 1;
        u.name = QString::fromUtf8(c.name);
        u.text = QStringLiteral("websocket_client_id = ") + QString::fromUtf8(client);
        u.client = client;
        m_out.uses.append(u);
    }

    // After loading: apps claimed twice and the local ARI user; the object stays, INVALID.
    void validate(QList<Owc> &owcs, const QList<User> &users) {
        for (Owc &owc : owcs) {
            OutboundWebsocket &o = owc.object;
            const QList<QByteArray> apps = appNames(o.apps);
            for (const Owc &other : owcs) {
                if (other.object.id == o.id)
                    continue;
                const QList<QByteArray> theirs = appNames(other.object.apps);
                for (const QByteArray &app : apps) {
                    if (!theirs.contains(app))
                        continue;
                    o.status = OutboundWebsocket::Status::Invalid;
                    add(Diagnostic::Severity::Error, owc.appsFile, owc.appsLine, o.id,
                        QStringLiteral("apps"),
                        QStringLiteral("Outbound websocket '%1' (%2:%3) is also trying to "
                                       "register app '%4': both are INVALID and never connect")
                            .arg(QString::fromUtf8(other.object.id), m_ari.file(other.appsFile))
                            .arg(other.appsLine)
                            .arg(QString::fromUtf8(app)));
                }
            }
            const auto user = std::find_if(users.cbegin(), users.cend(),
                                           [&](const User &u) { return u.id == o.localAriUser; });
            QString problem;
            if (user == users.cend())
                problem = QStringLiteral("Outbound websocket ARI user '%1' not found");
            else if (!user->plain)
                problem = QStringLiteral("Outbound websocket ARI user '%1' password MUST be plain "
                                         "text");
            if (!problem.isEmpty()) {
                o.status = OutboundWebsocket::Status::Invalid;
                add(Diagnostic::Severity::Error, owc.userFile, owc.userLine, o.id,
                    QStringLiteral("local_ari_user"),
                    problem.arg(QString::fromUtf8(o.localAriUser)) +
                        QStringLiteral(": INVALID, it never connects"));
            }
        }
    }

    const ResolvedConfig &m_ari;
    const QSet<QByteArray> &m_clients;
    ConsumerResult &m_out;
};

} // namespace

void AriObjects::judge(const ResolvedConfig &ari, const QSet<QByteArray> &loadedClients,
                       ConsumerResult &out) {
    Judge(ari, loadedClients, out).run();
}

} // namespace wscm
