#pragma once

#include "CheckResult.h"

namespace wscm {

class ConfigSet;

// Judges a config exactly as Asterisk's res_websocket_client would (sorcery with
// criteria type=websocket_client, the option parsers, the apply step, duplicate objects),
// and adds warnings for what Asterisk accepts silently but an admin would want to know.
class Validator {
public:
    static CheckResult check(const ConfigSet &set);
};

} // namespace wscm
