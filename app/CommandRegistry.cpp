#include "CommandRegistry.h"

namespace wscm {

CommandRegistry::CommandRegistry() = default;
CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace wscm
