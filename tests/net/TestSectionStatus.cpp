// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#include "EventTimeline.h"
#include "config/Diagnostic.h"
#include "net/FailureHint.h"
#include "net/SectionStatus.h"

#include <QTest>

using namespace wscm;
using Kind = SectionStatus::Kind;
using Stage = ConnectionHealth::Stage;

// Every client section's state in one sentence, with its cause and how long: what the rows,
// tooltips, accessible names and the status bar of the app say. The health and stability
// come from event timelines through the real HealthTracker and ConnectionStability.
class TestSectionStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aFlappingSectionIsUnstableNeverConnected();
    void unstableBecauseNothingHeld();
    void retryingSaysSinceWhenWhyAndHowOften();
    void connectedSaysForHowLongAndTheLastPong();
    void connectingThenGaveUp();
    void invalidQuotesAsterisk();
    void notConnected();
    void unsavedEditsAreSaidWithEveryLiveState();
    void kindNamesAreFixed();
    void noDetailTextReachesTheSentence();
};

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;

SectionStatus statusAt(const EventTimeline &timeline, qint64 ms, qint64 holdMs = second) {
    return SectionStatus::ofConnection(timeline.health(), timeline.stability(), holdMs,
                                       EventTimeline::at(ms));
}
} // namespace

void TestSectionStatus::aFlappingSectionIsUnstableNeverConnected() {
    EventTimeline timeline(QStringLiteral("media-silent"));
    timeline.connecting(0);
    for (int i = 0; i < 9; ++i) {
        timeline.connected(i * 6 * second + 50);
        timeline.pong(i * 6 * second + 60, 120);
        timeline.drop(i * 6 * second + 3 * second, Stage::PingTimeout, FailureCause::PingTimeout);
    }
    // Connected at this moment, and still unstable: in every state the engine passes through.
    timeline.connected(54 * second + 50);
    QCOMPARE(timeline.health().state, ConnectionHealth::State::Connected);
    SectionStatus status = statusAt(timeline, 63 * second);
    QCOMPARE(status.kind, Kind::Unstable);
    QCOMPARE(status.drops, 9);
    QCOMPARE(status.since, EventTimeline::at(3 * second));
    QCOMPARE(status.cause, FailureCause::PingTimeout);
    QCOMPARE(status.sentence(QStringLiteral("media-silent"), EventTimeline::at(63 * second),
                             QLocale::c()),
             QStringLiteral("media-silent — unstable: dropped 9× in 1 min (ping-timeout)"));
    QCOMPARE(status.shortText(), QStringLiteral("unstable: ping-timeout, dropped 9×"));
    QCOMPARE(status.hint(), FailureHint::forCause(FailureCause::PingTimeout));
    timeline.drop(57 * second, Stage::PingTimeout, FailureCause::PingTimeout);
    QCOMPARE(timeline.health().state, ConnectionHealth::State::Connecting);
    QCOMPARE(statusAt(timeline, 57 * second).kind, Kind::Unstable);
    QCOMPARE(statusAt(timeline, 57 * second).drops, 10);
}

void TestSectionStatus::unstableBecauseNothingHeld() {
    EventTimeline timeline(QStringLiteral("quick-close"));
    timeline.connecting(0);
    timeline.connected(100);
    timeline.drop(400, Stage::Closed, FailureCause::ClosedByServer);
    // The reconnect fails for another reason: the drop stays the reason it is unstable.
    timeline.fail(450, Stage::Tcp, FailureCause::Refused);
    const SectionStatus status = statusAt(timeline, 20 * second, 20 * second);
    QCOMPARE(status.kind, Kind::Unstable);
    QVERIFY(status.neverHeld);
    QCOMPARE(status.cause, FailureCause::ClosedByServer);
    QCOMPARE(status.sentence(QStringLiteral("quick-close"), EventTimeline::at(20 * second),
                             QLocale::c()),
             QStringLiteral("quick-close — unstable: dropped 1× in 19 s (closed-by-server), "
                            "never up longer than 20 s"));
}

void TestSectionStatus::retryingSaysSinceWhenWhyAndHowOften() {
    EventTimeline timeline(QStringLiteral("media-wrong-password"));
    for (int i = 0; i < 14; ++i) {
        timeline.connecting(i * 3 * second);
        timeline.fail(i * 3 * second + 10, Stage::Upgrade, FailureCause::Unauthorized, 401);
    }
    SectionStatus status = statusAt(timeline, 40 * second + 10);
    QCOMPARE(status.kind, Kind::Retrying);
    QCOMPARE(status.tries, 14);
    QCOMPARE(status.sentence(QStringLiteral("media-wrong-password"),
                             EventTimeline::at(40 * second + 10), QLocale::c()),
             QStringLiteral("media-wrong-password — retrying for 40 s: HTTP 401 at upgrade, "
                            "failed 14×"));
    QCOMPARE(status.shortText(), QStringLiteral("retrying: HTTP 401 at upgrade"));
    QCOMPARE(status.hint(), FailureHint::forCause(FailureCause::Unauthorized, 401));
    // While the next attempt runs it is still retrying, not "connecting".
    timeline.connecting(42 * second);
    QCOMPARE(timeline.health().state, ConnectionHealth::State::Connecting);
    QCOMPARE(statusAt(timeline, 42 * second).kind, Kind::Retrying);
    // A cause without an HTTP status is named with its stage.
    EventTimeline refused;
    refused.connecting(0);
    refused.fail(5, Stage::Tcp, FailureCause::Refused);
    QCOMPARE(statusAt(refused, 2 * minute + 5)
                 .sentence(QStringLiteral("r"), EventTimeline::at(2 * minute + 5), QLocale::c()),
             QStringLiteral("r — retrying for 2 min: refused at tcp, failed 1×"));
}

void TestSectionStatus::connectedSaysForHowLongAndTheLastPong() {
    EventTimeline timeline(QStringLiteral("media-plain"));
    timeline.connecting(0);
    timeline.connected(10);
    QCOMPARE(
        statusAt(timeline, 5 * second)
            .sentence(QStringLiteral("media-plain"), EventTimeline::at(5 * second), QLocale::c()),
        QStringLiteral("media-plain — connected for 4 s"));
    timeline.pong(2 * minute, 300);
    const SectionStatus status = statusAt(timeline, 2 * minute + 30 * second);
    QCOMPARE(status.kind, Kind::Connected);
    QCOMPARE(status.sentence(QStringLiteral("media-plain"),
                             EventTimeline::at(2 * minute + 30 * second), QLocale::c()),
             QStringLiteral("media-plain — connected for 2 min, last PONG 0.300 ms"));
    QCOMPARE(status.shortText(), QStringLiteral("connected"));
    QVERIFY(status.hint().isEmpty());
    // One drop after a spell that held is an incident, not a pattern.
    timeline.drop(3 * minute, Stage::PingTimeout, FailureCause::PingTimeout);
    timeline.connected(3 * minute + 10);
    QCOMPARE(statusAt(timeline, 3 * minute + 20).kind, Kind::Connected);
}

void TestSectionStatus::connectingThenGaveUp() {
    EventTimeline timeline(QStringLiteral("per-call"));
    timeline.connecting(0);
    QCOMPARE(statusAt(timeline, 1).kind, Kind::Connecting);
    QCOMPARE(statusAt(timeline, 1).sentence(QStringLiteral("per-call"), EventTimeline::at(1)),
             QStringLiteral("per-call — connecting"));
    timeline.fail(10, Stage::Tls, FailureCause::TlsUntrusted);
    timeline.connecting(510);
    timeline.gaveUp(520, Stage::Tls, FailureCause::TlsUntrusted);
    const SectionStatus status = statusAt(timeline, 600);
    QCOMPARE(status.kind, Kind::GaveUp);
    QCOMPARE(status.sentence(QStringLiteral("per-call"), EventTimeline::at(600)),
             QStringLiteral("per-call — gave up: tls-untrusted at tls, failed 2×"));
    QCOMPARE(status.shortText(), QStringLiteral("gave up: tls-untrusted at tls"));
}

void TestSectionStatus::invalidQuotesAsterisk() {
    Diagnostic error;
    error.section = QStringLiteral("media-typo");
    error.option = QStringLiteral("pingpong_interval");
    error.line = 48;
    error.message = QStringLiteral("Error parsing pingpong_interval=1s at line 48 of /etc/x.conf "
                                   "(not an unsigned 32-bit integer)");
    SectionStatus status = SectionStatus::ofInvalid(&error, 1);
    QCOMPARE(status.kind, Kind::Invalid);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The line is named once: Asterisk's message names it already.
    QCOMPARE(status.sentence(QStringLiteral("media-typo"), now),
             QStringLiteral("media-typo — invalid: ") + error.message);
    QCOMPARE(status.shortText(), QStringLiteral("invalid: pingpong_interval (line 48)"));
    QVERIFY(status.hint().isEmpty());
    // A rule of the object as a whole points at the header and says no line itself.
    error.option = QString();
    error.line = 12;
    error.message = QStringLiteral("uri is required");
    status = SectionStatus::ofInvalid(&error, 3);
    QCOMPARE(status.sentence(QStringLiteral("x"), now),
             QStringLiteral("x — invalid: uri is required (line 12), and 2 more error(s)"));
    QCOMPARE(status.shortText(), QStringLiteral("invalid (line 12)"));
    QCOMPARE(SectionStatus::ofInvalid(nullptr, 0).sentence(QStringLiteral("y"), now),
             QStringLiteral("y — invalid: Asterisk would not load it"));
}

void TestSectionStatus::notConnected() {
    const SectionStatus none;
    QCOMPARE(none.kind, Kind::NotConnected);
    QCOMPARE(none.sentence(QStringLiteral("idle"), QDateTime::currentDateTimeUtc()),
             QStringLiteral("idle — not connected"));
    EventTimeline timeline;
    timeline.connecting(0);
    timeline.connected(1);
    timeline.stop(2);
    QCOMPARE(statusAt(timeline, 3).kind, Kind::NotConnected);
}

void TestSectionStatus::unsavedEditsAreSaidWithEveryLiveState() {
    EventTimeline timeline(QStringLiteral("trial"));
    timeline.connecting(0);
    timeline.connected(10);
    SectionStatus status = statusAt(timeline, 3 * second);
    status.runsUnsaved = true;
    QCOMPARE(status.sentence(QStringLiteral("trial"), EventTimeline::at(3 * second), QLocale::c()),
             QStringLiteral("trial — connected for 2 s (trying unsaved changes)"));
    QCOMPARE(status.shortText(), QStringLiteral("connected (trying unsaved changes)"));
    timeline.drop(4 * second, Stage::Closed, FailureCause::ClosedByServer);
    timeline.fail(4 * second + 10, Stage::Upgrade, FailureCause::NotFound, 404);
    status = statusAt(timeline, 5 * second);
    status.runsUnsaved = true;
    QCOMPARE(status.shortText(), QStringLiteral("retrying: HTTP 404 at upgrade (trying unsaved "
                                                "changes)"));
}

void TestSectionStatus::kindNamesAreFixed() {
    QCOMPARE(SectionStatus::kindName(Kind::NotConnected), QStringLiteral("not-connected"));
    QCOMPARE(SectionStatus::kindName(Kind::Connected), QStringLiteral("connected"));
    QCOMPARE(SectionStatus::kindName(Kind::Connecting), QStringLiteral("connecting"));
    QCOMPARE(SectionStatus::kindName(Kind::Retrying), QStringLiteral("retrying"));
    QCOMPARE(SectionStatus::kindName(Kind::Unstable), QStringLiteral("unstable"));
    QCOMPARE(SectionStatus::kindName(Kind::GaveUp), QStringLiteral("gave-up"));
    QCOMPARE(SectionStatus::kindName(Kind::Invalid), QStringLiteral("invalid"));
}

void TestSectionStatus::noDetailTextReachesTheSentence() {
    // Details come from servers and proxies; causes are names. A password that leaked into a
    // detail (it never should) still never reaches what the rows say.
    EventTimeline timeline(QStringLiteral("s"));
    timeline.connecting(0);
    timeline.fail(5, Stage::Upgrade, FailureCause::Unauthorized, 401);
    ConnectionHealth health = timeline.health();
    health.lastFailureDetail = QStringLiteral("401 for password=hunter2");
    const SectionStatus status =
        SectionStatus::ofConnection(health, timeline.stability(), second, EventTimeline::at(10));
    const QString text = status.sentence(QStringLiteral("s"), EventTimeline::at(10)) +
                         status.shortText() + status.hint();
    QVERIFY2(!text.contains(QStringLiteral("hunter2")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestSectionStatus)
#include "TestSectionStatus.moc"
