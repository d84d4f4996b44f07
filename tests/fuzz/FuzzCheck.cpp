#include "FuzzCheck.h"

#include "check/Validator.h"
#include "config/ConfigDocument.h"
#include "config/ConfigSet.h"
#include "config/ResolvedConfig.h"
#include "config/SecretRedaction.h"

QString FuzzCheck::run(const QByteArray &input) {
    wscm::ConfigDocument document(input);
    if (document.bytes() != input)
        return QStringLiteral("serialize(parse(bytes)) differs from bytes");

    // A folder that does not exist: relative #includes are reported, never read.
    wscm::ConfigSet set;
    set.setMainDocument(document, QStringLiteral("/nonexistent-wscm-fuzz/fuzz.conf"), 1 << 20);
    wscm::Validator::check(wscm::ResolvedConfig::resolve(set));
    wscm::SecretRedaction::redacted(document);

    const QList<QByteArray> sections = document.sectionNames();
    if (sections.isEmpty() || sections.count(sections.first()) != 1)
        return {};
    const QByteArray section = sections.first();
    if (!document.setValue(section, "uri", "ws://fuzz;x"))
        return {};
    const wscm::ConfigDocument reread(document.bytes());
    if (reread.bytes() != document.bytes())
        return QStringLiteral("the edited document does not round-trip");
    // The section's last uri assignment must now read back as written. The section is its
    // definition and the (+) blocks after it, as setValue() and Asterisk see it.
    QByteArray found;
    bool defined = false;
    for (qsizetype header : reread.sectionBlocks(section)) {
        defined = defined || !reread.isAppendHeader(header);
        if (!defined)
            continue;
        const qsizetype end = reread.blockEnd(header);
        for (qsizetype i = header + 1; i < end; ++i) {
            if (reread.line(i).kind == wscm::ConfigLine::Kind::Variable &&
                reread.name(i).compare("uri", Qt::CaseInsensitive) == 0)
                found = reread.value(i);
        }
    }
    if (found != "ws://fuzz;x")
        return QStringLiteral("after setValue, uri reads back as '%1'")
            .arg(QString::fromUtf8(found));
    return {};
}
