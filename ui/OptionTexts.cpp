// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "OptionTexts.h"

#include <QCoreApplication>

namespace wscm {

namespace {
// The context core/schema marks its texts with (QT_TRANSLATE_NOOP).
constexpr const char *context = "wscm::OptionSchema";
} // namespace

QString OptionTexts::help(const OptionSpec &spec) {
    return QCoreApplication::translate(context, spec.help);
}

QString OptionTexts::groupTitle(OptionGroup group) {
    return QCoreApplication::translate(context, OptionSchema::groupTitle(group).toLatin1());
}

} // namespace wscm
