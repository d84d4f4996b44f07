#include "ProbeCommand.h"

#include "ConfigInput.h"
#include "Console.h"
#include "net/Connection.h"
#include "net/ConnectionManager.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace wscm {

namespace {

int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int) {
    const char byte = 1;
    // Only async-signal-safe work here; the event loop reads the pipe.
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

QString eventLine(const ConnectionEvent &event) {
    QString line = QStringLiteral("%1 %2 %3")
                       .arg(event.timestamp.toUTC().toString(Qt::ISODateWithMs), event.section,
                            ConnectionEvent::kindName(event.kind));
    if (const QString stage = ConnectionHealth::stageName(event.stage); !stage.isEmpty())
        line += QStringLiteral(" [%1]").arg(stage);
    if (!event.detail.isEmpty())
        line += QStringLiteral(" ") + event.detail;
    if (event.rttMs >= 0)
        line += QStringLiteral(" rtt=%1ms").arg(event.rttMs);
    line += QStringLiteral(" attempt=%1").arg(event.attempt);
    return line;
}

QString table(const ConnectionManager &manager) {
    QString text = QStringLiteral("\x1b[H\x1b[2J");
    text +=
        QStringLiteral("%1 %2 %3 %4 %5 %6\n")
            .arg(QStringLiteral("SECTION").leftJustified(20),
                 QStringLiteral("STATE").leftJustified(11), QStringLiteral("RTT").leftJustified(8),
                 QStringLiteral("UNANSW").leftJustified(7),
                 QStringLiteral("ATTEMPTS").leftJustified(9), QStringLiteral("LAST ERROR"));
    for (const QString &name : manager.names()) {
        const ConnectionHealth h = manager.connection(name)->health();
        QString error;
        if (h.lastFailureStage != ConnectionHealth::Stage::None)
            error = QStringLiteral("[%1] %2").arg(ConnectionHealth::stageName(h.lastFailureStage),
                                                  h.lastFailureDetail);
        text +=
            QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                .arg(name.leftJustified(20), ConnectionHealth::stateName(h.state).leftJustified(11),
                     (h.lastRttMs >= 0 ? QStringLiteral("%1ms").arg(h.lastRttMs)
                                       : QStringLiteral("-"))
                         .leftJustified(8),
                     QString::number(h.unansweredPings).leftJustified(7),
                     QString::number(h.attempts).leftJustified(9), error);
    }
    return text;
}

} // namespace

int ProbeCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Config file."));
    parser.addPositionalArgument(QStringLiteral("SECTION"),
                                 QStringLiteral("Client sections to probe (default: all)."),
                                 QStringLiteral("[SECTION...]"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("Stop after SECONDS (default: until Ctrl-C)."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption once(
        QStringLiteral("once"), QStringLiteral("Stop each section once it has connected (and had "
                                               "one PONG when PINGs are on) or failed for good."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object per line per event."));
    parser.addOption(duration);
    parser.addOption(once);
    parser.addOption(json);
    parser.addOption(ConfigInput::maxSizeOption());
    // Events are built without secrets, so there is nothing to reveal; accepted like every
    // file-reading command accepts it.
    parser.addOption(ConfigInput::showSecretsOption());
    int exitCode = ExitOk;
    if (!parse(parser, arguments, &exitCode))
        return exitCode;
    QStringList positional;
    double seconds = -1;
    if (!requireFiles(parser, &positional) || !positiveSeconds(parser, duration, &seconds))
        return ExitUsage;
    const qint64 maxBytes = ConfigInput::maxBytes(parser);
    if (maxBytes < 0)
        return ExitUsage;
    ConfigInput input;
    if (!input.load(positional.first(), maxBytes))
        return ExitUsage;

    QStringList wanted = positional.mid(1);
    if (wanted.isEmpty()) {
        for (const ClientObject &o : input.result.objects)
            wanted << o.name;
    }
    QList<ClientSettings> probed;
    bool anyInvalid = false;
    for (const QString &name : std::as_const(wanted)) {
        const ClientObject *object = input.result.object(name);
        if (!object) {
            Console::error(QStringLiteral("wscm probe: no client section '%1' in %2")
                               .arg(name, positional.first()));
            return ExitUsage;
        }
        if (object->valid) {
            probed << object->settings;
            continue;
        }
        anyInvalid = true;
        for (const Diagnostic &d : input.result.diagnostics) {
            if (d.isError() && (d.section == name || d.rejectsFile))
                Console::error(d.toText());
        }
        Console::error(QStringLiteral("wscm probe: [%1] is not valid and is not probed").arg(name));
    }
    if (probed.isEmpty()) {
        Console::error(QStringLiteral("wscm probe: no valid client section to probe"));
        return ExitInvalid;
    }

    const bool jsonOutput = parser.isSet(json);
    const bool liveTable = !jsonOutput && Console::stdoutIsTerminal();
    const bool stopWhenDone = parser.isSet(once);
    QEventLoop loop;
    ConnectionManager manager;
    manager.update(probed);
    QSet<QString> everConnected;
    QSet<QString> finished;

    const auto finish = [&](const QString &section) {
        if (finished.contains(section))
            return;
        finished.insert(section);
        manager.stop(section);
        if (finished.size() == probed.size())
            loop.quit();
    };
    QObject::connect(
        &manager, &ConnectionManager::eventOccurred, &loop, [&](const ConnectionEvent &event) {
            if (finished.contains(event.section))
                return;
            if (jsonOutput)
                Console::line(QString::fromUtf8(
                    QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact)));
            else if (!liveTable)
                Console::line(eventLine(event));
            const Connection *c = manager.connection(event.section);
            using Kind = ConnectionEvent::Kind;
            if (event.kind == Kind::Connected)
                everConnected.insert(event.section);
            if (!stopWhenDone)
                return;
            const bool pings = c->settings().enablePingPongs;
            const int limit = qMax(1, c->settings().reconnectAttempts);
            if ((event.kind == Kind::Connected && !pings) || event.kind == Kind::Pong ||
                event.kind == Kind::GaveUp ||
                (event.kind == Kind::Retrying && c->health().consecutiveFailures >= limit))
                QTimer::singleShot(0, &loop, [&finish, s = event.section] { finish(s); });
        });

    QTimer refresh;
    if (liveTable) {
        QObject::connect(&refresh, &QTimer::timeout, &loop, [&] { Console::out(table(manager)); });
        refresh.start(1000);
    }
    if (seconds > 0)
        QTimer::singleShot(qint64(seconds * 1000), &loop, &QEventLoop::quit);

    // Ctrl-C ends the probe through the event loop, so connections close cleanly.
    std::unique_ptr<QSocketNotifier> interrupt;
    if (::pipe(g_interruptPipe) == 0) {
        interrupt = std::make_unique<QSocketNotifier>(g_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupt.get(), &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    QTimer::singleShot(0, &manager, &ConnectionManager::startAll);
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (const QString &name : manager.names()) {
        if (!finished.contains(name))
            finished.insert(name);
    }
    manager.stopAll();
    interrupt.reset();
    for (int &fd : g_interruptPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    if (liveTable)
        Console::out(table(manager));
    if (!jsonOutput)
        Console::line(QStringLiteral("%1 of %2 section(s) connected at least once")
                          .arg(everConnected.size())
                          .arg(probed.size()));
    return everConnected.size() == probed.size() && !anyInvalid ? ExitOk : ExitInvalid;
}

} // namespace wscm
