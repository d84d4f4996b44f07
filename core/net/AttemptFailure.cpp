// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "AttemptFailure.h"

namespace wscm {

QString AttemptFailure::resultText(Result result) {
    switch (result) {
    case Result::Ok:
        return QStringLiteral("OK");
    case Result::AllocateError:
        return QStringLiteral("Allocation error");
    case Result::KeyError:
        return QStringLiteral("Key error");
    case Result::UriParseError:
        return QStringLiteral("URI parse error");
    case Result::UriResolveError:
        return QStringLiteral("URI resolve error");
    case Result::BadStatus:
        return QStringLiteral("Bad status line");
    case Result::InvalidResponse:
        return QStringLiteral("Invalid response code");
    case Result::BadRequest:
        return QStringLiteral("Bad request");
    case Result::UrlNotFound:
        return QStringLiteral("URL not found");
    case Result::HeaderMismatch:
        return QStringLiteral("Header mismatch");
    case Result::HeaderMissing:
        return QStringLiteral("Header missing");
    case Result::NotSupported:
        return QStringLiteral("Not supported");
    case Result::WriteError:
        return QStringLiteral("Write error");
    case Result::ClientStartError:
        return QStringLiteral("Client start error");
    case Result::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Result::TlsError:
        break;
    }
    return QStringLiteral("(null)");
}

QString AttemptFailure::asteriskText() const {
    const QString text = resultText(result);
    return osError.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, osError);
}

} // namespace wscm
