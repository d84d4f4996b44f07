// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A real HTTP proxy program (a Debian package) run by a test on 127.0.0.1: its own folder,
// a free port, started in the foreground and stopped with the test. Subclasses write the
// configuration.
class ProxyProcess {
public:
    virtual ~ProxyProcess();
    quint16 port() const { return m_port; }

protected:
    // Writes `config` to the folder as `configName`, runs `program` with `arguments` (where
    // "%CONFIG%" stands for the configuration's path) and waits until the port listens.
    bool run(const QString &program, const QString &package, const QString &configName,
             const QByteArray &config, const QStringList &arguments, QString *error);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString readFile(const QString &name) const;
    // Proxies drop root for an unprivileged user that must still write its logs here.
    void openFolderToEveryone();

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
