// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "ConfigSource.h"

#include "LocalConfigSource.h"
#include "SshConfigSource.h"

namespace wscm {

std::shared_ptr<ConfigSource> ConfigSource::create(const ConfigLocation &location) {
    if (location.isRemote())
        return std::make_shared<SshConfigSource>(location);
    return std::make_shared<LocalConfigSource>();
}

std::shared_ptr<ConfigSource>
ConfigSource::forLocation(const std::shared_ptr<ConfigSource> &current,
                          const ConfigLocation &location) {
    return current && current->serves(location) ? current : create(location);
}

} // namespace wscm
