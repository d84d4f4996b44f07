// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The wscm developers

#pragma once

#include "net/EpollEventDispatcher.h"

#include <QCoreApplication>
#include <QTest>

// The engine's tests run on the dispatcher that `wscm probe` and the app's engine thread use:
// wscm's epoll one, or Qt's own when WSCM_EVENT_DISPATCHER=qt asks for the fallback a user may
// switch to. CTest runs each such test once more that way (wscm_also_on_qt_dispatcher).
#define WSCM_ENGINE_TEST_MAIN(TestObject)                                                          \
    QTEST_MAIN_WRAPPER(TestObject, if (QAbstractEventDispatcher *dispatcher =                      \
                                           wscm::EpollEventDispatcher::createForManySockets())     \
                                       QCoreApplication::setEventDispatcher(dispatcher);           \
                       QTEST_QAPP_SETUP(QCoreApplication))
