// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "FailureCause.h"

#include <QCoreApplication>
#include <QString>

namespace wscm {

struct ConnectionHealth;

// What to look at when a connection fails, in plain words and naming the options involved:
// "The proxy answered 407: check proxy_username and proxy_password." Chosen by the cause
// alone (and the HTTP status beside it), never by the wording of an error message.
class FailureHint {
public:
    // Empty for FailureCause::None.
    static QString forCause(FailureCause cause, int httpStatus = 0);
    static QString forHealth(const ConnectionHealth &health);

    Q_DECLARE_TR_FUNCTIONS(wscm::FailureHint)
};

} // namespace wscm
