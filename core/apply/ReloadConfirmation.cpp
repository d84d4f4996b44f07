// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ReloadConfirmation.h"

#include "schema/OptionSchema.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace wscm {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("wscm::ReloadConfirmation", text);
}

} // namespace

QByteArray ReloadConfirmation::secretDigest(const QByteArray &value) {
    return QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex();
}

QList<QByteArray> ReloadConfirmation::idsToRead(const ReloadPrediction &prediction) {
    QList<QByteArray> ids = prediction.objects.keys();
    for (const QString &name : prediction.removed)
        ids << name.toUtf8();
    return ids;
}

ReloadConfirmation ReloadConfirmation::compare(const ReloadPrediction &prediction,
                                               const QMap<QByteArray, Loaded> &loaded) {
    ReloadConfirmation c;
    for (auto it = prediction.objects.cbegin(); it != prediction.objects.cend(); ++it) {
        const QString id = QString::fromUtf8(it.key());
        const Loaded object = loaded.value(it.key());
        if (!object) {
            c.m_contradictions << tr("[%1]: predicted loaded, Asterisk has no such object").arg(id);
            continue;
        }
        for (const AsteriskFields::Field &field : it.value()) {
            const QString name = QString::fromUtf8(field.name);
            const bool secret = OptionSchema::isSecret(name);
            const auto has = object->constFind(field.name);
            if (has != object->cend() && *has == (secret ? secretDigest(field.value) : field.value))
                continue;
            if (secret)
                c.m_contradictions << tr("[%1] %2: Asterisk has another value than predicted "
                                         "(secret: values not shown)")
                                          .arg(id, name);
            else if (has == object->cend())
                c.m_contradictions << tr("[%1] %2: predicted '%3', Asterisk shows no such field")
                                          .arg(id, name, QString::fromUtf8(field.value));
            else
                c.m_contradictions
                    << tr("[%1] %2: predicted '%3', Asterisk has '%4'")
                           .arg(id, name, QString::fromUtf8(field.value), QString::fromUtf8(*has));
        }
    }
    for (const QString &name : prediction.removed) {
        if (loaded.value(name.toUtf8()))
            c.m_contradictions << tr("[%1]: predicted removed, Asterisk still has it").arg(name);
    }

    c.m_summary = tr("Asterisk loaded %1 client%2 as predicted")
                      .arg(prediction.objects.size())
                      .arg(prediction.objects.size() == 1 ? QString() : QStringLiteral("s"));
    if (prediction.refused)
        c.m_summary += tr("; it refused the file (line %1) and kept every old object")
                           .arg(prediction.refusal.line);
    for (const ReloadPrediction::Retained &r : prediction.retained)
        c.m_summary += tr("; kept the old [%1] (line %2)").arg(r.name).arg(r.reason.line);
    for (const QString &name : prediction.removed)
        c.m_summary += tr("; [%1] is gone").arg(name);
    return c;
}

} // namespace wscm
