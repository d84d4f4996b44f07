// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QString>

namespace wscm {

// Where a config file is: a path on this computer, or a path on a host reached with SSH,
// written ssh://[user@]host[:port]/path (the form every FILE argument and the app accept).
// A value: comparing, copying and printing it never touches the file.
class ConfigLocation {
public:
    ConfigLocation() = default;

    // A path on this computer, made absolute.
    static ConfigLocation local(const QString &path);
    // A FILE as the user wrote it. An invalid location, with *error, when an ssh:// form is
    // malformed or carries a password (SSH passwords are never taken: keys and the agent are).
    static ConfigLocation parse(const QString &text, QString *error = nullptr);
    static bool looksRemote(const QString &text);

    bool isValid() const { return !m_path.isEmpty(); }
    bool isRemote() const { return !m_host.isEmpty(); }
    // The path on its host: absolute, cleaned.
    const QString &path() const { return m_path; }
    const QString &user() const { return m_user; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; } // -1: the SSH default (or the admin's ssh config)
    QString fileName() const;
    // "user@host:port" as SSH is given it; empty for this computer.
    QString hostLabel() const;
    // The form that parse() reads back: the path, or ssh://[user@]host[:port]/path.
    QString toString() const;

    // The same host, another path: `path` relative to this file's folder, or absolute.
    ConfigLocation resolved(const QString &path) const;
    bool sameHost(const ConfigLocation &other) const;

    bool operator==(const ConfigLocation &other) const = default;

private:
    QString m_user;
    QString m_host;
    int m_port = -1;
    QString m_path;
};

} // namespace wscm
