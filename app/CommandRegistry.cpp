#include "CommandRegistry.h"

#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "GetCommand.h"
#include "GuiCommand.h"
#include "ProbeCommand.h"
#include "SetCommand.h"
#include "UnsetCommand.h"

namespace wscm {

CommandRegistry::CommandRegistry() {
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<UnsetCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ProbeCommand>());
    m_commands.push_back(std::make_unique<GuiCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
}
CommandRegistry::~CommandRegistry() = default;

Command *CommandRegistry::find(const QString &name) const {
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

} // namespace wscm
