#pragma once

#include <QString>

namespace wscm {

struct ConnectionHealth;

// What to look at when a connection fails, in plain words and naming the options involved:
// "The proxy answered 407: check proxy_username and proxy_password."
class FailureHint {
public:
    static QString forHealth(const ConnectionHealth &health);
};

} // namespace wscm
