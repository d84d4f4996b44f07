// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace wscm;

ConfigFixture::ConfigFixture() {
    Q_ASSERT(m_dir.isValid());
}

QString ConfigFixture::write(const QString &name, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(m_dir.filePath(name)).absolutePath());
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

ConfigSet ConfigFixture::load(const QByteArray &main) {
    ConfigSet set;
    QString error;
    if (!set.load(write(QStringLiteral("websocket_client.conf"), main), 1 << 20, &error))
        qFatal("%s", qPrintable(error));
    return set;
}

CheckResult ConfigFixture::check(const QByteArray &main) {
    return Validator::check(resolve(main));
}

ResolvedConfig ConfigFixture::resolve(const QByteArray &main) {
    return ResolvedConfig::resolve(load(main));
}

QStringList ConfigFixture::lines(const CheckResult &result) {
    QStringList out;
    for (const Diagnostic &d : result.diagnostics) {
        out.append(QStringLiteral("%1: %2: [%3] %4")
                       .arg(d.line)
                       .arg(d.severityName(), d.section, d.message));
    }
    return out;
}

bool ConfigFixture::has(const CheckResult &result, int line, const QString &severity,
                        const QString &fragment) {
    for (const Diagnostic &d : result.diagnostics) {
        if (d.line == line && d.severityName() == severity && d.message.contains(fragment))
            return true;
    }
    return false;
}
