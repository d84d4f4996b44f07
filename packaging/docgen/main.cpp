#include "OptionReference.h"

#include <QFile>
#include <QTextStream>

// wscm_docgen [OUT]: writes docs/options.md to OUT, or to standard output.
int main(int argc, char *argv[]) {
    const QByteArray text = wscm::OptionReference::markdown().toUtf8();
    QFile out;
    bool opened = false;
    if (argc < 2) {
        opened = out.open(stdout, QIODevice::WriteOnly);
    } else {
        out.setFileName(QString::fromLocal8Bit(argv[1]));
        opened = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }
    if (!opened || out.write(text) != text.size()) {
        QTextStream(stderr) << "wscm_docgen: cannot write " << out.fileName() << ": "
                            << out.errorString() << '\n';
        return 2;
    }
    return 0;
}
