// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "FailureCauseReference.h"
#include "OptionReference.h"

#include <QFile>
#include <QTextStream>

// wscm_docgen [--causes] [OUT]: writes docs/options.md (or with --causes
// docs/failure-causes.md) to OUT, or to standard output.
int main(int argc, char *argv[]) {
    int next = 1;
    const bool causes = argc > next && qstrcmp(argv[next], "--causes") == 0;
    if (causes)
        ++next;
    const QByteArray text =
        (causes ? wscm::FailureCauseReference::markdown() : wscm::OptionReference::markdown())
            .toUtf8();
    QFile out;
    bool opened = false;
    if (argc <= next) {
        opened = out.open(stdout, QIODevice::WriteOnly);
    } else {
        out.setFileName(QString::fromLocal8Bit(argv[next]));
        opened = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    if (!opened || out.write(text) != text.size()) {
        QTextStream(stderr) << "wscm_docgen: cannot write " << out.fileName() << ": "
                            << out.errorString() << '\n';
        return 2;
    }
    return 0;
}
